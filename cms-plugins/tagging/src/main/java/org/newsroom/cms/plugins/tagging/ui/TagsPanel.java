package org.newsroom.cms.plugins.tagging.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugin.api.ui.Fragment;
import org.newsroom.cms.plugin.api.ui.FragmentRequest;
import org.newsroom.cms.plugin.api.ui.NewsroomPanel;
import org.newsroom.cms.plugin.api.ui.Panel;
import org.newsroom.cms.plugin.api.ui.PanelRequest;
import org.newsroom.cms.plugin.api.ui.PanelRoutes;
import org.newsroom.cms.plugin.api.ui.Templates;
import org.newsroom.cms.plugin.api.ui.UiMessages;
import org.newsroom.cms.plugins.tagging.Settings;
import org.newsroom.cms.plugins.tagging.rest.ArticleTagging;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagMatch;
import org.newsroom.cms.plugins.tagging.store.TagStore;

/**
 * The tags panel. Every change answers the re-rendered panel body, so what the user sees is what is stored;
 * changes go through {@link ArticleTagging}, the same rules as {@code PUT /api/articles/{id}/tagging/tags}.
 * <p>
 * Routes under {@code /newsroom/plugins/tagging/articles/{id}/}: {@code GET search?q=}, and {@code POST}
 * {@code add} (tag id, or name for a new free tag; accepting a suggestion is this), {@code remove} (tag id),
 * {@code dismiss} (a suggestion's name).
 */
public final class TagsPanel implements NewsroomPanel {

    private static final int FOUND_LIMIT = 8;

    private final PluginContext context;
    private final TagStore tags;
    private final ArticleTagStore articleTags;
    private final ArticleTagging tagging;
    private final Templates templates = new Templates(TagsPanel.class, "org.newsroom.cms.plugins.tagging.jte");
    private final UiMessages messages = new UiMessages(TagsPanel.class, "org.newsroom.cms.plugins.tagging.ui.messages");

    public TagsPanel(PluginContext context, TagStore tags, ArticleTagStore articleTags, ArticleTagging tagging) {
        this.context = context;
        this.tags = tags;
        this.articleTags = articleTags;
        this.tagging = tagging;
    }

    @Override
    public Optional<Panel> panel(PanelRequest request) {
        UiMessages.Texts t = messages.in(request.locale());
        return Optional.of(new Panel(t.t("panel.title"),
                body(t, request.routes(), request.article(), request.locale(), request.editable(), null)));
    }

    @Override
    public Fragment handle(FragmentRequest request) {
        if (request.article().isEmpty()) {
            return Fragment.notFound();
        }
        ArticleSnapshot article = request.article().get();
        UiMessages.Texts t = messages.in(request.locale());
        if (request.is("GET", "search")) {
            String q = request.param("q");
            List<TagMatch> found = q == null ? List.of() : tags.search(q, request.locale(), FOUND_LIMIT);
            return Fragment.html(templates.render("found", new TagsPanelView(t, request.routes(), List.of(), List.of(),
                    null, true, found, q, !Settings.of(context.config()).controlledOnly(), null)));
        }
        if (!"POST".equals(request.method())) {
            return Fragment.notFound();
        }
        String error = null;
        try {
            switch (request.path()) {
                case "add" -> tagging.accept(article.id(), request.caller(), request.param("name"),
                        request.param("tag") == null && request.param("name") != null ? null : tagId(request, t));
                case "remove" -> {
                    List<Object> rest = new ArrayList<>();
                    long removed = tagId(request, t);
                    articleTags.tagsOf(article.id()).stream().filter(tag -> tag.id() != removed)
                            .forEach(tag -> rest.add(tag.id()));
                    tagging.assign(article.id(), request.caller(), rest);
                }
                case "dismiss" -> tagging.dismiss(article.id(), request.caller(), request.param("name"));
                default -> {
                    return Fragment.notFound();
                }
            }
        } catch (PluginException e) {
            if (e.status() == 403) {
                throw e;
            }
            error = e.detail();
        }
        return Fragment.status(error == null ? 200 : 422, body(t, request.routes(), article, request.locale(), true, error));
    }

    private static long tagId(FragmentRequest request, UiMessages.Texts t) {
        try {
            return Long.parseLong(request.param("tag"));
        } catch (NumberFormatException | NullPointerException e) {
            throw PluginException.badRequest(t.t("error.noTag"));
        }
    }

    private String body(UiMessages.Texts t, PanelRoutes routes, ArticleSnapshot article, Locale locale, boolean editable,
                        String error) {
        UUID id = article.id();
        List<Tag> current = tagging.tags(id, locale);
        Settings settings = Settings.of(context.config());
        String veto = current.size() < settings.minTagsToPublish()
                ? t.t("veto.minTags", settings.minTagsToPublish(), current.size()) : null;
        return templates.render("panel", new TagsPanelView(t, routes, current, editable ? tagging.suggestions(id, locale) : List.of(),
                veto, editable, List.of(), null, !settings.controlledOnly(), error));
    }
}
