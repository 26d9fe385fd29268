package org.newsroom.cms.plugins.bylines.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.Contributor;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;
import org.newsroom.cms.plugins.bylines.text.BylineText;
import org.newsroom.cms.plugins.bylines.text.Role;

/**
 * The bylines panel. Every change answers the re-rendered panel body (list, preview, picker), so what the user
 * sees is always what is stored. Changes follow the article's edit rule ({@code ArticleAccess.mayEdit}); a
 * journalist may add a guest for their own article (a guest is a byline, not shared vocabulary), while editing
 * or merging contributors stays with editors (the REST API).
 * <p>
 * Routes, all under {@code /newsroom/plugins/bylines/articles/{id}/}: {@code GET search?q=}, and {@code POST}
 * {@code add} (contributor, role), {@code guest} (name, affiliation, role), {@code role} (key, role),
 * {@code move} (key, by=-1|1), {@code order} (order=key…), {@code remove} (key), {@code confirm} (slug).
 */
public final class BylinesPanel implements NewsroomPanel {

    private static final int FOUND_LIMIT = 8;
    private static final int MAX_NAME = 200;

    private final PluginContext context;
    private final ContributorStore contributors;
    private final BylineStore bylines;
    private final Supplier<Role> defaultRole;
    private final Templates templates = new Templates(BylinesPanel.class, "org.newsroom.cms.plugins.bylines.jte");
    private final UiMessages messages = new UiMessages(BylinesPanel.class,
            "org.newsroom.cms.plugins.bylines.ui.messages");

    public BylinesPanel(PluginContext context, ContributorStore contributors, BylineStore bylines,
                        Supplier<Role> defaultRole) {
        this.context = context;
        this.contributors = contributors;
        this.bylines = bylines;
        this.defaultRole = defaultRole;
    }

    @Override
    public Optional<Panel> panel(PanelRequest request) {
        UiMessages.Texts t = messages.in(request.locale());
        return Optional.of(new Panel(t.t("panel.title"),
                body(t, request.routes(), request.article(), request.editable(), null)));
    }

    @Override
    public Fragment handle(FragmentRequest request) {
        if (request.article().isEmpty()) {
            return Fragment.notFound();
        }
        ArticleSnapshot article = request.article().get();
        UiMessages.Texts t = messages.in(request.locale());
        boolean editable = context.articles().mayEdit(article.id(), request.caller());
        if (request.is("GET", "search")) {
            String q = request.param("q");
            List<Contributor> found = q == null ? List.of()
                    : contributors.list(q, null, null, FOUND_LIMIT).stream().filter(Contributor::active).toList();
            return Fragment.html(templates.render("found", new BylinesPanelView(t, request.routes(), List.of(), "",
                    editable, found, q, null)));
        }
        if (!"POST".equals(request.method())) {
            return Fragment.notFound();
        }
        if (!editable) {
            throw PluginException.forbidden(t.t("error.mayNotEdit"));
        }
        String error = change(request, article.id(), t);
        return Fragment.status(error == null ? 200 : 422, body(t, request.routes(), article, true, error));
    }

    /** Applies one change; a message for the user when it cannot be made, else null. */
    private String change(FragmentRequest request, UUID articleId, UiMessages.Texts t) {
        List<BylineStore.Byline> current = bylines.of(articleId);
        List<BylineStore.Byline> next = new ArrayList<>(current);
        Role role = Role.of(request.param("role")).orElse(defaultRole.get());
        switch (request.path()) {
            case "add" -> {
                Optional<Contributor> who = Optional.ofNullable(request.param("contributor")).flatMap(contributors::bySlug)
                        .filter(Contributor::active);
                if (who.isEmpty()) {
                    return t.t("error.noContributor");
                }
                next.add(byline(who.get(), role));
            }
            case "guest" -> {
                String name = request.param("name");
                if (name == null || name.length() > MAX_NAME) {
                    return t.t("error.guestName", MAX_NAME);
                }
                String affiliation = request.param("affiliation");
                Contributor guest = contributors.insert(new ContributorStore.Fields(null, name, null, null, true,
                        affiliation == null || affiliation.length() > MAX_NAME ? null : affiliation, false),
                        context.clock().instant());
                next.add(byline(guest, role));
            }
            case "role" -> {
                int at = indexOf(current, request.param("key"));
                if (at < 0) {
                    return t.t("error.gone");
                }
                BylineStore.Byline b = current.get(at);
                next.set(at, new BylineStore.Byline(b.contributorId(), b.slug(), b.name(), role, b.guest(),
                        b.needsConfirmation()));
            }
            case "move" -> {
                int at = indexOf(current, request.param("key"));
                int to = at + ("-1".equals(request.param("by")) ? -1 : 1);
                if (at < 0) {
                    return t.t("error.gone");
                }
                if (to >= 0 && to < next.size()) {
                    next.add(to, next.remove(at));
                }
            }
            case "order" -> {
                List<BylineStore.Byline> ordered = new ArrayList<>();
                for (String key : request.params("order")) {
                    int at = indexOf(current, key);
                    if (at >= 0 && !ordered.contains(current.get(at))) {
                        ordered.add(current.get(at));
                    }
                }
                if (ordered.size() != current.size()) {
                    return t.t("error.changedMeanwhile");
                }
                next = ordered;
            }
            case "remove" -> {
                int at = indexOf(current, request.param("key"));
                if (at >= 0) {
                    next.remove(at);
                }
            }
            case "confirm" -> {
                Optional<Contributor> flagged = Optional.ofNullable(request.param("slug")).flatMap(contributors::bySlug)
                        .filter(c -> c.needsConfirmation()
                                && current.stream().anyMatch(b -> b.slug().equals(c.slug())));
                if (flagged.isEmpty()) {
                    return t.t("error.gone");
                }
                Contributor c = flagged.get();
                contributors.update(c, new ContributorStore.Fields(c.slug(), c.displayName(), c.bio(), c.username(),
                        c.guest(), c.affiliation(), false), context.clock().instant());
                return null;
            }
            default -> throw PluginException.notFound(t.t("error.noRoute"));
        }
        store(articleId, next);
        return null;
    }

    private static BylineStore.Byline byline(Contributor c, Role role) {
        return new BylineStore.Byline(c.id(), c.slug(), c.displayName(), role, c.guest(), c.needsConfirmation());
    }

    private static int indexOf(List<BylineStore.Byline> list, String key) {
        for (int i = 0; i < list.size(); i++) {
            if (BylinesPanelView.key(list.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Stores the list, each contributor once per role (a repeated add changes nothing). */
    private void store(UUID articleId, List<BylineStore.Byline> list) {
        List<BylineStore.Entry> entries = new ArrayList<>();
        for (BylineStore.Byline b : list) {
            BylineStore.Entry entry = new BylineStore.Entry(b.contributorId(), b.role());
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
        bylines.replace(articleId, entries);
    }

    private String body(UiMessages.Texts t, PanelRoutes routes, ArticleSnapshot article, boolean editable, String error) {
        List<BylineStore.Byline> all = bylines.of(article.id());
        String preview = BylineText.render(all.stream().map(b -> new BylineText.Entry(b.name(), b.role())).toList(),
                article.language());
        return templates.render("panel", new BylinesPanelView(t, routes, all, preview, editable, List.of(), null, error));
    }
}
