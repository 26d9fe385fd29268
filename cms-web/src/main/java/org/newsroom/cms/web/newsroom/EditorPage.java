package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;

import org.newsroom.cms.core.application.ArticleInput;
import org.newsroom.cms.core.application.ArticleLockedException;
import org.newsroom.cms.core.application.ArticleService;
import org.newsroom.cms.core.application.ConflictException;
import org.newsroom.cms.core.application.EditLockService;
import org.newsroom.cms.core.application.LockInfo;
import org.newsroom.cms.core.application.NewsroomSettings;
import org.newsroom.cms.core.application.SectionService;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.application.VersionConflictException;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.workflow.Workflow;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.ui.PanelRequest;

/**
 * The article editor ({@code /newsroom/articles/new}, {@code /newsroom/articles/{id}}). Opening an article the
 * user may edit takes its edit lock (kept by the page's heartbeats, released when the page is left); a lock
 * held by someone else makes the page read-only with their name and, for editors, "Take over". Saving posts
 * the version the user edited: if the article was saved elsewhere meanwhile, the form comes back with the
 * user's text kept and the conflict shown, never a silent overwrite. The page's script autosaves through
 * the API ({@code PUT /api/articles/{id}?autosave=true} with {@code If-Match}) under the same rule.
 */
@ApplicationScoped
public class EditorPage {

    static final List<String> LANGUAGES = List.of("id", "en");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ArticleService articles;
    @Inject
    EditLockService locks;
    @Inject
    SectionService sections;
    @Inject
    NewsroomSettings settings;
    @Inject
    Transitions transitions;
    @Inject
    PluginPanels panels;
    @Inject
    SharePreviewPanel share;

    void showNew(Exchange x) throws IOException {
        EditorView.Fields empty = new EditorView.Fields("", "", "", "", "", settings.defaultLanguage(), "", "");
        x.render(200, "editor", view(x, null, empty, List.of(), null, false));
    }

    void create(Exchange x) throws IOException {
        EditorView.Fields typed = typed(x);
        try {
            Article created = articles.create(x.actor(), input(x, typed));
            x.seeOther("/newsroom/articles/" + created.getId() + "?notice=created");
        } catch (ValidationException e) {
            x.render(422, "editor", view(x, null, typed, e.errors(x.locale()), null, false));
        }
    }

    void show(Exchange x) throws IOException {
        Article article = articles.read(x.actor(), x.id());
        x.render(200, "editor", view(x, article, fields(x, article), List.of(), notice(x.param("notice")), false));
    }

    /** The editor with the share panel in the state a plain (non-htmx) post of it left it in. */
    void show(Exchange x, int status, ShareView shared) throws IOException {
        Article article = articles.read(x.actor(), x.id());
        x.render(status, "editor", view(x, article, fields(x, article), List.of(), null, false, shared));
    }

    void save(Exchange x) throws IOException {
        EditorView.Fields typed = typed(x);
        Article article = articles.read(x.actor(), x.id());
        try {
            articles.update(x.actor(), x.id(), x.version(), input(x, typed));
            x.seeOther(x.articlePath() + "?notice=saved");
        } catch (ValidationException e) {
            x.render(422, "editor", view(x, article, typed, e.errors(x.locale()), null, false));
        } catch (VersionConflictException e) {
            x.render(409, "editor", view(x, articles.get(x.id()), typed, List.of(), null, true));
        } catch (ArticleLockedException | ConflictException e) {
            x.render(409, "editor", view(x, article, typed, List.of(new FieldError("article", e.getMessage(x.locale()))), null, false));
        }
    }

    /**
     * The page script's autosave: the form's fields, the edited version in {@code If-Match}. Answers JSON
     * {@code {"version": n, "savedAt": "10:42"}}, 412 when the article was saved elsewhere meanwhile, 409/423
     * when someone else holds the edit lock, 422 with the first field error. Folds into the user's open revision
     * ({@link ArticleService#autosave}).
     */
    void autosave(Exchange x) throws IOException {
        String ifMatch = x.request().getHeader("If-Match");
        if (ifMatch == null || !ifMatch.matches("\"?\\d{1,18}\"?")) {
            json(x, 428, Map.of("error", "If-Match with the edited version is required"));
            return;
        }
        long version = Long.parseLong(ifMatch.replace("\"", ""));
        Texts t = x.texts();
        try {
            Article saved = articles.autosave(x.actor(), x.id(), version, input(x, typed(x)));
            x.response().setHeader("ETag", "\"" + saved.getVersion() + "\"");
            json(x, 200, Map.of("version", saved.getVersion(), "savedAt", t.clock(saved.getUpdatedAt())));
        } catch (VersionConflictException e) {
            json(x, 412, Map.of("error", "conflict"));
        } catch (ArticleLockedException e) {
            json(x, 423, Map.of("error", "locked"));
        } catch (ConflictException e) {
            json(x, 409, Map.of("error", "lock-lost"));
        } catch (ValidationException e) {
            json(x, 422, Map.of("error", e.errors(x.locale()).get(0).field() + " " + e.errors(x.locale()).get(0).message()));
        }
    }

    private static void json(Exchange x, int status, Map<String, ?> body) throws IOException {
        x.response().setStatus(status);
        x.response().setContentType("application/json");
        x.response().setCharacterEncoding("UTF-8");
        x.response().setHeader("Cache-Control", "no-store");
        JSON.writeValue(x.response().getWriter(), body);
    }

    void takeOver(Exchange x) throws IOException {
        locks.take(x.actor(), x.id(), true);
        x.seeOther(x.articlePath() + "?notice=tookOver");
    }

    private EditorView view(Exchange x, Article article, EditorView.Fields fields, List<FieldError> errors,
                            String notice, boolean conflict) {
        return view(x, article, fields, errors, notice, conflict, null);
    }

    private EditorView view(Exchange x, Article article, EditorView.Fields fields, List<FieldError> errors,
                            String notice, boolean conflict, ShareView shared) {
        if (article == null) {
            return new EditorView(null, 0, fields, null, true, List.of(), null, sections.list(), LANGUAGES, errors,
                    notice, false, List.of(), null);
        }
        boolean mayEdit = Workflow.mayEdit(x.actor().roles(), article.isAuthoredBy(x.actor().id()), article.getStatus());
        EditorView.Lock heldByOther = mayEdit ? lock(x) : null;
        boolean editable = mayEdit && heldByOther == null;
        return new EditorView(article.getId(), article.getVersion(), fields, article.getStatus(), editable,
                transitions.offered(x.actor(), article), heldByOther, sections.list(), LANGUAGES, errors, notice,
                conflict, panels.of(x, article, PanelRequest.Screen.EDITOR, editable),
                shared != null ? shared : share.view(x, article));
    }

    /** Takes (or refreshes) the user's edit lock; someone else's lock comes back instead. */
    private EditorView.Lock lock(Exchange x) {
        try {
            locks.take(x.actor(), x.id(), false);
            return null;
        } catch (ArticleLockedException e) {
            Optional<LockInfo> held = locks.current(x.id());
            return new EditorView.Lock(e.holder(), held.map(LockInfo::takenAt).orElse(null),
                    x.actor().has(Role.EDITOR) || x.actor().has(Role.ADMIN));
        }
    }

    private static String notice(String key) {
        return switch (key) {
            case "created", "saved", "tookOver", "restored" -> "notice." + key;
            default -> null;
        };
    }

    private EditorView.Fields fields(Exchange x, Article a) {
        Texts t = x.texts();
        return new EditorView.Fields(a.getHeadline(), nz(a.getStandfirst()), a.getBody(), nz(a.getDateline().getPlace()),
                nz(a.getDateline().getSource()), nz(a.getLanguage()), nz(a.getSection()), t.localInput(a.getEmbargoUntil()));
    }

    private static EditorView.Fields typed(Exchange x) {
        return new EditorView.Fields(x.param("headline"), x.param("standfirst"), x.param("body"),
                x.param("datelinePlace"), x.param("datelineSource"), x.param("language"), x.param("section"),
                x.param("embargo"));
    }

    private static ArticleInput input(Exchange x, EditorView.Fields f) {
        Texts t = x.texts();
        return new ArticleInput(f.headline(), blank(f.standfirst()), f.body(), blank(f.datelinePlace()),
                blank(f.datelineSource()), blank(f.language()), blank(f.section()), null, t.fromLocalInput("embargo", f.embargo()));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
