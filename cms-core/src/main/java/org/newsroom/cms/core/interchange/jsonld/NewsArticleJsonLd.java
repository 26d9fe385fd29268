package org.newsroom.cms.core.interchange.jsonld;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.application.LiveArticle;
import org.newsroom.cms.core.application.SectionService;
import org.newsroom.cms.core.application.SiteSettings;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.Correction;
import org.newsroom.cms.plugin.api.delivery.PublicParts;

/**
 * An article as a schema.org {@code NewsArticle} (the properties Google's Article rich result documents as
 * required and recommended, and those news aggregators read): headline (at most {@value #HEADLINE_LIMIT}
 * characters, cut at a word boundary with "…"), dates, authors as {@code Person}s with their pages, the
 * publisher with its logo, images with caption, credit and copyright, language, section, keywords,
 * dateline, the page it describes, free access, and each correction as a {@code CorrectionComment}.
 */
@ApplicationScoped
public class NewsArticleJsonLd {

    public static final int HEADLINE_LIMIT = 110;

    @Inject
    SiteSettings site;
    @Inject
    SectionService sections;

    /**
     * @param canonical   the article page's absolute URL
     * @param requestBase where the request came in, for absolute URLs when no public base URL is configured
     */
    public Map<String, Object> document(Article article, ArticleContent content, List<Correction> corrections,
                                        PublicParts parts, String canonical, URI requestBase) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "NewsArticle");
        doc.put("@id", canonical + "#article");
        doc.put("headline", shortHeadline(content.headline()));
        if (content.standfirst() != null && !content.standfirst().isBlank()) {
            doc.put("description", content.standfirst());
        }
        doc.put("url", canonical);
        doc.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", canonical));
        Instant published = article.getFirstPublishedAt();
        if (published != null) {
            doc.put("datePublished", iso(published));
            doc.put("dateModified", iso(modified(article, corrections)));
        }
        List<Map<String, Object>> authors = new ArrayList<>();
        for (PublicParts.Person p : parts.people()) {
            if (p.creator()) {
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("@type", "Person");
                person.put("name", p.name());
                if (p.path() != null) {
                    person.put("url", site.absolute(requestBase, p.path()));
                }
                authors.add(person);
            }
        }
        doc.put("author", authors.isEmpty() ? List.of(publisher(requestBase)) : authors);
        doc.put("publisher", publisher(requestBase));
        List<Map<String, Object>> images = new ArrayList<>();
        for (PublicParts.Picture picture : leadFirst(parts.pictures())) {
            images.add(image(picture, requestBase));
        }
        if (!images.isEmpty()) {
            doc.put("image", images);
        }
        doc.put("inLanguage", content.language());
        if (content.section() != null) {
            doc.put("articleSection", sections.nameOf(content.section()));
        }
        if (!parts.subjects().isEmpty()) {
            doc.put("keywords", parts.subjects().stream().map(PublicParts.Subject::name).distinct().toList());
        }
        String dateline = content.dateline();
        if (dateline != null) {
            doc.put("dateline", dateline);
        }
        doc.put("isAccessibleForFree", true);
        if (!corrections.isEmpty()) {
            doc.put("correction", corrections.stream().map(c -> {
                Map<String, Object> comment = new LinkedHashMap<>();
                comment.put("@type", "CorrectionComment");
                comment.put("text", c.getNote());
                comment.put("datePublished", iso(c.getCorrectedAt()));
                return comment;
            }).toList());
        }
        return doc;
    }

    /** The headline as search engines take it: at most 110 characters, cut after a whole word with "…". */
    public static String shortHeadline(String headline) {
        if (headline == null || headline.length() <= HEADLINE_LIMIT) {
            return headline;
        }
        String cut = headline.substring(0, HEADLINE_LIMIT - 1);
        int space = cut.lastIndexOf(' ');
        if (space > HEADLINE_LIMIT / 2) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
    }

    /** The last time readers' copy changed: the latest publication or correction ({@link LiveArticle#modifiedAt}). */
    public static Instant modified(Article article, List<Correction> corrections) {
        return new LiveArticle(article, null, corrections).modifiedAt();
    }

    /** The lead picture first, the others in their order. */
    public static List<PublicParts.Picture> leadFirst(List<PublicParts.Picture> pictures) {
        List<PublicParts.Picture> ordered = new ArrayList<>(pictures);
        ordered.stream().filter(PublicParts.Picture::lead).findFirst().ifPresent(lead -> {
            ordered.remove(lead);
            ordered.add(0, lead);
        });
        return ordered;
    }

    private Map<String, Object> publisher(URI requestBase) {
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", site.name());
        publisher.put("url", site.absolute(requestBase, "/"));
        publisher.put("logo", Map.of("@type", "ImageObject", "url", site.absolute(requestBase, site.logoUrl())));
        return publisher;
    }

    private Map<String, Object> image(PublicParts.Picture picture, URI requestBase) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("@type", "ImageObject");
        String url = site.absolute(requestBase, picture.path());
        image.put("url", url);
        image.put("contentUrl", url);
        if (picture.width() != null && picture.height() != null) {
            image.put("width", picture.width());
            image.put("height", picture.height());
        }
        putIfText(image, "caption", picture.caption());
        putIfText(image, "creditText", picture.credit());
        putIfText(image, "copyrightNotice", picture.copyright());
        if (picture.photographer() != null && !picture.photographer().isBlank()) {
            image.put("creator", Map.of("@type", "Person", "name", picture.photographer()));
        }
        return image;
    }

    private static void putIfText(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(site.timeZone()).withNano(0));
    }
}
