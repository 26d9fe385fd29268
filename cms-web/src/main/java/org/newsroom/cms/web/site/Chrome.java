package org.newsroom.cms.web.site;

import java.util.List;

/**
 * What every site page's head and frame need: language, title, description, canonical URL, the Open Graph /
 * Twitter card image, the JSON-LD document (already serialised and safe inside a script element), whether
 * search engines may index it, an Atom feed to announce, and the site's name, logo and sections.
 */
public record Chrome(SiteTexts t, String lang, String title, String description, String canonical, String siteName,
                     String logo, List<Link> sections, String ogType, String image, String jsonLd, boolean noindex,
                     String feed) {

    /** A link: its text and address. */
    public record Link(String text, String href) {
    }

    /** The Twitter card kind: a large image when there is one. */
    public String twitterCard() {
        return image == null ? "summary" : "summary_large_image";
    }
}
