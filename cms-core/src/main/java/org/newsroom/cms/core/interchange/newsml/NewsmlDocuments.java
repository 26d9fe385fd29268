package org.newsroom.cms.core.interchange.newsml;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.application.DeliveryService;
import org.newsroom.cms.core.application.LiveArticle;
import org.newsroom.cms.core.application.SectionService;
import org.newsroom.cms.core.application.SiteSettings;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.Correction;
import org.newsroom.cms.plugin.api.delivery.PublicParts;

/**
 * Articles as IPTC NewsML-G2 2.35 text items (XML text). The core fills what it models (identity, version,
 * dates, status, headline, standfirst, dateline, language, section, body, corrections); the plugins' public
 * parts give creators and contributors, subjects and links to each picture's own item. Absolute URLs start with
 * the public base URL ({@link SiteSettings}).
 */
@ApplicationScoped
public class NewsmlDocuments {

    /** The media type of a NewsML-G2 news item (IANA-registered by the IPTC). */
    public static final String MEDIA_TYPE = "application/vnd.iptc.g2.newsitem+xml";

    @Inject
    DeliveryService delivery;
    @Inject
    SectionService sections;
    @Inject
    SiteSettings site;

    /** What readers see: the live revision, {@code stat:usable}. */
    public String live(LiveArticle live, URI requestBase) {
        Article a = live.article();
        TextItem item = item(a, live.content(), a.getLiveRevisionNumber(), a.getLastPublishedAt(), true,
                live.corrections());
        return write(item, delivery.publicParts(live), requestBase);
    }

    /** The newsroom's working copy, whatever its state; {@code stat:withheld} until the article is live. */
    public String working(Article a, URI requestBase) {
        TextItem item = item(a, a.content(), a.getCurrentRevision(), a.getUpdatedAt(), a.isLive(), List.of());
        return write(item, delivery.previewParts(a), requestBase);
    }

    private TextItem item(Article a, ArticleContent content, Integer version, java.time.Instant versionCreated,
                          boolean usable, List<Correction> corrections) {
        String section = content.section() == null ? null : sections.nameOf(content.section());
        return new TextItem(a.getId(), a.getSlug(), version == null ? 1 : version, a.getCreatedAt(),
                versionCreated == null ? a.getUpdatedAt() : versionCreated, usable, content, section,
                corrections.stream().map(k -> new TextItem.Note(k.getCorrectedAt(), k.getNote())).toList());
    }

    private String write(TextItem item, PublicParts parts, URI requestBase) {
        return TextItemWriter.write(item, parts, path -> site.absolute(requestBase, path), site.name(),
                site.baseUrl(requestBase).toString());
    }
}
