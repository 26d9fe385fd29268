package org.newsroom.cms.plugins.tagging;

import java.util.List;

import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.ExtensionPoint;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.tagging.rest.ArticleTagging;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.TagStore;
import org.newsroom.cms.plugins.tagging.ui.TagsPanel;

/**
 * Tags for articles: free tags and IPTC Media Topics, with synonyms, merges, suggestions, a minimum to
 * publish, delivery in article JSON and ninjs, and public tag pages. Identity and wiring only; each
 * extension point is its own class.
 */
public class TaggingPlugin implements CmsPlugin {

    public static final String ID = "tagging";

    private List<ExtensionPoint> extensions = List.of();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Tagging";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String description() {
        return "Free tags and IPTC Media Topics with synonyms and merges; suggestions from the article text; "
                + "public tag pages.";
    }

    @Override
    public List<ConfigSetting> configMetadata() {
        return Settings.metadata();
    }

    @Override
    public void init(PluginContext context) {
        TagStore tags = new TagStore(context.jdbi(), context.articles());
        ArticleTagStore articleTags = new ArticleTagStore(context.jdbi(), context.articles());
        ArticleTagging tagging = new ArticleTagging(context, tags, articleTags);
        extensions = List.of(
                new TaggingValidator(context, articleTags),
                new TaggingDelivery(context, tags, articleTags),
                new TaggingCollections(context, tags, articleTags),
                new TaggingWireParser(context, tags, articleTags),
                new TaggingRoutes(context, tags, articleTags),
                new TaggingCreateFields(context, tagging),
                new TagsPanel(context, tags, articleTags, tagging));
    }

    @Override
    public void close() {
        extensions = List.of();
    }

    @Override
    public List<? extends ExtensionPoint> extensions() {
        return extensions;
    }
}
