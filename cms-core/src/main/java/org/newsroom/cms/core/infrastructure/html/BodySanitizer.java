package org.newsroom.cms.core.infrastructure.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Cleans article body HTML on the way in with the OWASP Java HTML Sanitizer: the structure a story
 * needs (paragraphs, headings, lists, quotes, tables, links, images, emphasis) stays; scripts, event
 * handlers, styles, iframes and {@code javascript:} URLs go.
 * <p>
 * Embeds ({@link Embeds}) are kept in exactly their stored form, {@code <figure data-embed="youtube"
 * data-id="…"></figure>}, when the provider is allowed and the id has its shape; anything inside such a figure
 * goes. A figure whose embed attributes do not validate loses them: dropped when that leaves it empty, kept
 * as a plain figure when it holds something else (a photo and its caption).
 */
@ApplicationScoped
public class BodySanitizer {

    private static final Pattern PROVIDER = Pattern.compile("[a-z]{1,20}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_./-]{1,64}");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowAttributes("href", "title").onElements("a")
                    .allowStandardUrlProtocols()
                    .requireRelsOnLinks("noopener")
                    .allowElements("figcaption", "hr", "br", "cite", "q", "abbr", "time")
                    .allowAttributes("datetime").onElements("time")
                    .allowAttributes("title").onElements("abbr")
                    .allowAttributes("data-embed").matching(PROVIDER).onElements("figure")
                    .allowAttributes("data-id").matching(ID).onElements("figure")
                    // the last gate: the two attributes survive only as a pair naming a valid embed
                    .allowElements((name, attrs) -> {
                        keepOnlyValidEmbed(attrs);
                        return name;
                    }, "figure")
                    .toFactory());

    public String sanitize(String html) {
        return html == null || html.isEmpty() ? "" : POLICY.sanitize(normalizeEmbeds(html));
    }

    /**
     * Before the policy runs: a valid embed figure is emptied and given its attributes in the stored order; an
     * invalid one loses them, and goes when nothing else is in it. The policy, run after, is what makes the
     * result safe; this only gives embeds their one form.
     */
    static String normalizeEmbeds(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        if (!lower.contains("data-embed") && !lower.contains("data-id")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element figure : doc.body().select("figure[data-embed], figure[data-id]")) {
            var embed = Embeds.of(figure.attr("data-embed"), figure.attr("data-id"));
            if (embed.isPresent()) {
                figure.empty();
                figure.clearAttributes().attr("data-embed", embed.get().provider().key()).attr("data-id", embed.get().id());
            } else {
                figure.removeAttr("data-embed").removeAttr("data-id");
                if (figure.children().isEmpty() && figure.text().isBlank()) {
                    figure.remove();
                }
            }
        }
        return doc.body().html();
    }

    private static void keepOnlyValidEmbed(List<String> attrs) {
        String provider = null;
        String id = null;
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).equals("data-embed")) {
                provider = attrs.get(i + 1);
            } else if (attrs.get(i).equals("data-id")) {
                id = attrs.get(i + 1);
            }
        }
        if (provider == null && id == null) {
            return;
        }
        attrs.clear();
        Embeds.of(provider, id).ifPresent(e -> attrs.addAll(List.of("data-embed", e.provider().key(), "data-id", e.id())));
    }
}
