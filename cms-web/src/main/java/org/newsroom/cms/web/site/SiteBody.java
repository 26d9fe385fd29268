package org.newsroom.cms.web.site;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.infrastructure.html.Embeds;

/**
 * The body as the page shows it: the stored (sanitised) HTML with its embeds as players or the providers'
 * post markup ({@link Embeds#render}) and the dateline opening its first paragraph in the wire's style,
 * "JAKARTA, HanTer —".
 */
final class SiteBody {

    private SiteBody() {
    }

    /** "JAKARTA, HanTer —", or null without a dateline. */
    static String dateline(ArticleContent content) {
        String place = content.datelinePlace();
        String wire = new ArticleContent(null, null, null, place == null ? null : place.toUpperCase(Locale.ROOT),
                content.datelineSource(), null, null).dateline(); // the one rule for what a dateline is
        return wire == null ? null : wire + " —";
    }

    static String render(ArticleContent content) {
        String body = Embeds.render(content.body() == null ? "" : content.body(),
                Locale.forLanguageTag(content.language() == null ? "en" : content.language()));
        Document doc = Jsoup.parseBodyFragment(body);
        doc.outputSettings().prettyPrint(false);
        String dateline = dateline(content);
        if (dateline != null) {
            Element first = doc.body().selectFirst("p");
            Element span = new Element("span").addClass("site-dateline").text(dateline);
            if (first != null && first == doc.body().firstElementChild()) {
                first.prependText(" ").prependChild(span);
            } else {
                doc.body().prependChild(new Element("p").appendChild(span));
            }
        }
        return doc.body().html();
    }
}
