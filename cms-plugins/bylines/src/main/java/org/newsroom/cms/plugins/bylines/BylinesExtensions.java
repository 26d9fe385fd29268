package org.newsroom.cms.plugins.bylines;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.newsroom.cms.plugin.api.ArticleListener;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Audience;
import org.newsroom.cms.plugin.api.DeliveryContributor;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.RestExtension;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WireCopyParser;
import org.newsroom.cms.plugin.api.WireDraft;
import org.newsroom.cms.plugins.bylines.rest.ArticleBylinesResource;
import org.newsroom.cms.plugins.bylines.rest.ContributorsResource;
import org.newsroom.cms.plugins.bylines.rest.PublicContributorsResource;

/** Every extension point of the bylines plugin, delegating to {@link BylinesService} and the resources. */
final class BylinesExtensions implements ArticleListener, TransitionValidator, DeliveryContributor, RestExtension,
        WireCopyParser {

    /** After photo captions (100), before tagging (300). */
    static final int ORDER = 200;

    private final PluginContext context;
    private final Backend backend;
    private final BylinesService service;

    BylinesExtensions(PluginContext context, Backend backend) {
        this.context = context;
        this.backend = backend;
        this.service = new BylinesService(context, backend);
    }

    @Override
    public void articleCreated(ArticleSnapshot article) {
        service.articleCreated(article);
    }

    @Override
    public List<String> validate(TransitionEvent proposed) {
        return service.validate(proposed);
    }

    @Override
    public Map<String, Object> contribute(ArticleSnapshot article, Audience audience) {
        return service.delivery(article); // bylines are public information: the same for both audiences
    }

    /** ninjs {@code by}: the rendered byline, e.g. "By Hermansyah" / "Oleh Hermansyah". */
    @Override
    public Map<String, Object> ninjs(ArticleSnapshot article, Audience audience) {
        Object text = service.delivery(article).get("text");
        return text == null || text.toString().isBlank() ? Map.of() : Map.of("by", text.toString());
    }

    /**
     * Imported ninjs {@code by} ("By A and B", "Oleh A dan B. Foto: C", "A, B") becomes bylines, resolved to
     * contributors or created as guests to confirm — the same path as wire copy.
     */
    @Override
    public void importNinjs(ArticleSnapshot article, Map<String, Object> ninjs) {
        if (ninjs.get("by") instanceof String by && !by.isBlank()) {
            List<Map<String, Object>> found = NinjsBy.parse(by);
            if (!found.isEmpty()) {
                service.imported(article, new WireDraft("", article.headline(), null, null, article.language(),
                        List.of(), Map.of(BylinesPlugin.ID, found)));
            }
        }
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public WireDraft parse(WireDraft draft) {
        return service.parse(draft);
    }

    @Override
    public void imported(ArticleSnapshot article, WireDraft draft) {
        service.imported(article, draft);
    }

    @Override
    public Object pluginResource() {
        return new ContributorsResource(context, backend);
    }

    @Override
    public Object articleResource(UUID articleId) {
        return new ArticleBylinesResource(articleId, context, backend,
                () -> new Settings(context.config(), context.logger()).defaultRole());
    }

    @Override
    public Map<String, Object> publicResources() {
        return Map.of("contributors", new PublicContributorsResource(context, backend));
    }
}
