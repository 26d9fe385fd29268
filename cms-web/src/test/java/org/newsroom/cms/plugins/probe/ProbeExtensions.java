package org.newsroom.cms.plugins.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.newsroom.cms.plugin.api.ArticleListener;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Audience;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.DeliveryContributor;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.RestExtension;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WireCopyParser;
import org.newsroom.cms.plugin.api.WireDraft;
import org.newsroom.cms.plugin.api.WireParse;
import org.newsroom.cms.plugin.api.WorkflowState;
import org.newsroom.cms.plugin.api.ui.NewsroomPanel;
import org.newsroom.cms.plugin.api.ui.Panel;
import org.newsroom.cms.plugin.api.ui.PanelRequest;

/** Every extension point of the probe plugin in one object. */
final class ProbeExtensions implements ArticleListener, TransitionValidator, DeliveryContributor, RestExtension,
        WireCopyParser<String>, NewsroomPanel {

    /** One recorded hook call. */
    public record Event(long id, UUID article, String kind, String detail) {
    }

    private final PluginContext context;

    ProbeExtensions(PluginContext context) {
        this.context = context;
    }

    @Override
    public void articleCreated(ArticleSnapshot article) {
        record(article.id(), "created", article.headline() + " r" + article.revision());
        failIf("created");
    }

    @Override
    public void articleSaved(ArticleSnapshot article) {
        record(article.id(), "saved", article.headline() + " r" + article.revision());
        failIf("saved");
    }

    @Override
    public void articleTransitioned(TransitionEvent event) {
        record(event.article().id(), "transition", event.from() + ">" + event.to() + " by " + event.actor()
                + (event.bySystem() ? " (system)" : ""));
        failIf("transition");
    }

    /** Runs first (order 10): records how many paragraphs it was given, before any other parser took some. */
    @Override
    public int order() {
        return 10;
    }

    @Override
    public WireParse<String> parse(WireDraft draft) {
        return WireParse.found(draft, draft.paragraphs().size() + " paragraphs, headline " + draft.headline());
    }

    @Override
    public void imported(ArticleSnapshot article, String finding) {
        record(article.id(), "wire", finding);
    }

    @Override
    public List<String> validate(TransitionEvent proposed) {
        if (proposed.to() == WorkflowState.PUBLISHED && context.config().bool("vetoPublish")) {
            return List.of("Probe says no: the headline needs a second look",
                    "Probe says no: photo 2 has no credit line");
        }
        return List.of();
    }

    @Override
    public Map<String, Object> contribute(ArticleSnapshot article, Audience audience) {
        String label = context.config().string("label");
        return audience == Audience.PUBLIC ? Map.of("label", label)
                : Map.of("label", label, "events", events(article.id()).size());
    }

    @Override
    public Object pluginResource() {
        return new AllEvents();
    }

    @Override
    public Object articleResource(UUID articleId) {
        return new ArticleEvents(articleId);
    }

    @Override
    public Map<String, Object> publicResources() {
        return Map.of("probe-events", new PublicEvents());
    }

    /** {@code /api/public/probe-events/…}: published articles only, through the CMS's visibility rule. */
    public final class PublicEvents {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public List<String> publishedHeadlines() {
            List<UUID> ids = new ArrayList<>();
            events(null).forEach(e -> {
                if (!ids.contains(e.article())) {
                    ids.add(e.article());
                }
            });
            return context.articles().published(ids).stream().map(ArticleSnapshot::headline).toList();
        }

        @GET
        @Path("{slug}")
        @Produces(MediaType.APPLICATION_JSON)
        public List<String> eventsOf(@jakarta.ws.rs.PathParam("slug") String slug) {
            List<UUID> ids = events(null).stream().map(Event::article).distinct().toList();
            UUID id = context.articles().published(ids).stream().filter(a -> a.slug().equals(slug))
                    .map(ArticleSnapshot::id).findFirst().orElse(null);
            return id == null ? List.of() : events(id).stream().map(Event::kind).toList();
        }
    }

    /** {@code /api/plugins/probe/…} */
    public final class AllEvents {
        @GET
        @Path("events")
        @Produces(MediaType.APPLICATION_JSON)
        public List<Event> list() {
            return events(null);
        }
    }

    /** {@code /api/articles/{id}/probe/…} */
    public final class ArticleEvents {
        private final UUID articleId;

        ArticleEvents(UUID articleId) {
            this.articleId = articleId;
        }

        @GET
        @Path("events")
        @Produces(MediaType.APPLICATION_JSON)
        public List<Event> list() {
            return events(articleId);
        }

        @POST
        @Path("notes")
        @Produces(MediaType.APPLICATION_JSON)
        public Event note() {
            Caller caller = context.caller().orElseThrow(() -> new ForbiddenException("no caller"));
            if (!context.articles().mayEdit(articleId, caller)) {
                throw new ForbiddenException("You cannot edit this article, so you cannot add a note.");
            }
            record(articleId, "note", "by " + caller.username());
            List<Event> all = events(articleId);
            return all.get(all.size() - 1);
        }
    }

    private void record(UUID article, String kind, String detail) {
        context.jdbi().useHandle(h -> h.createUpdate(
                        "insert into plg_probe_event (article_id, kind, detail) values (:article, :kind, :detail)")
                .bind("article", article).bind("kind", kind).bind("detail", detail).execute());
    }

    private List<Event> events(UUID article) {
        String sql = "select id, article_id, kind, detail from plg_probe_event"
                + (article == null ? "" : " where article_id = :article") + " order by id limit :max";
        return context.jdbi().withHandle(h -> {
            var query = h.createQuery(sql).bind("max", context.config().integer("maxEvents"));
            if (article != null) {
                query.bind("article", article);
            }
            return query.map((rs, ctx) -> new Event(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                    rs.getString(4))).list();
        });
    }

    /** A panel naming the caller and the UI language (so a test sees what the host passed); can be told to throw. */
    @Override
    public Optional<Panel> panel(PanelRequest request) {
        failIf("panel");
        String who = request.caller().displayName().replace("&", "&amp;").replace("<", "&lt;");
        return Optional.of(new Panel("Probe", "<p id=\"probe-panel\">" + who + " · " + request.locale().getLanguage()
                + " · " + request.screen() + "</p>"));
    }

    private void failIf(String hook) {
        if (hook.equals(context.config().string("failOn"))) {
            throw new IllegalStateException("probe was told to fail on " + hook);
        }
    }
}
