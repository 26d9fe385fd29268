package org.newsroom.cms.core.infrastructure.html;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Cleans article body HTML on the way in with the OWASP Java HTML Sanitizer: the structure a story
 * needs (paragraphs, headings, lists, quotes, tables, links, images, emphasis) stays; scripts, event
 * handlers, styles, iframes and {@code javascript:} URLs go.
 */
@ApplicationScoped
public class BodySanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowAttributes("href", "title").onElements("a")
                    .allowStandardUrlProtocols()
                    .requireRelsOnLinks("noopener")
                    .allowElements("figure", "figcaption", "hr", "br", "cite", "q", "abbr", "time")
                    .allowAttributes("datetime").onElements("time")
                    .allowAttributes("title").onElements("abbr")
                    .toFactory());

    public String sanitize(String html) {
        return html == null || html.isEmpty() ? "" : POLICY.sanitize(html);
    }
}
