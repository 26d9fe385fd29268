package org.newsroom.cms.core.application;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.plugin.ArticleSnapshots;
import org.newsroom.cms.plugin.api.Audience;
import org.newsroom.cms.plugin.api.Cursor;
import org.newsroom.cms.plugin.api.delivery.ArticleCollection;
import org.newsroom.cms.plugin.api.delivery.PublicParts;

/**
 * What enabled plugins add to an article as it is delivered, for each audience: the one way the web tier
 * (and the interchange documents) ask for plugin contributions, keyed by plugin id.
 */
@ApplicationScoped
public class DeliveryService {

    @Inject
    PluginEvents plugins;

    /** For the newsroom: contributions about the working copy. */
    public Map<String, Object> newsroom(Article article) {
        return plugins.contributions(ArticleSnapshots.working(article), Audience.NEWSROOM);
    }

    /** For readers: contributions about the live revision. */
    public Map<String, Object> published(LiveArticle live) {
        return plugins.contributions(ArticleSnapshots.live(live.article(), live.content()), Audience.PUBLIC);
    }

    /** ninjs properties plugins add to the working copy's document ({@code by}, {@code subjects}…). */
    public Map<String, Object> newsroomNinjs(Article article) {
        return plugins.ninjs(ArticleSnapshots.working(article), Audience.NEWSROOM);
    }

    /** ninjs properties plugins add to the live revision's document. */
    public Map<String, Object> publishedNinjs(LiveArticle live) {
        return plugins.ninjs(ArticleSnapshots.live(live.article(), live.content()), Audience.PUBLIC);
    }

    /** What plugins show readers of the live revision: people, subjects, pictures, page fragments. */
    public PublicParts publicParts(LiveArticle live) {
        return plugins.publicParts(ArticleSnapshots.live(live.article(), live.content()), Audience.PUBLIC);
    }

    /** The same for a preview of the working copy in the site's template. */
    public PublicParts previewParts(Article article) {
        return plugins.publicParts(ArticleSnapshots.working(article), Audience.NEWSROOM);
    }

    /** A plugin's public collection at {@code /<segment>/<slug>} (a tag, an author), with a page of articles. */
    public Optional<ArticleCollection> collection(String segment, String slug, Cursor after, int limit) {
        return plugins.collection(segment, slug, after, limit);
    }
}
