package org.newsroom.cms.core.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.application.PluginFailureException;
import org.newsroom.cms.core.application.TransitionVetoedException;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.plugin.api.ArticleListener;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Audience;
import org.newsroom.cms.plugin.api.DeliveryContributor;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WireCopyParser;
import org.newsroom.cms.plugin.api.WireDraft;
import org.newsroom.cms.plugin.api.WorkflowState;

/**
 * Where the core calls the extension points of enabled plugins. Listeners and validators run in the
 * caller's transaction; a listener that throws fails the whole operation with a
 * {@link PluginFailureException} naming it, so the transaction rolls back and nothing half-done stays.
 */
@ApplicationScoped
public class PluginEvents {

    private static final Logger LOG = Logger.getLogger(PluginEvents.class.getName());

    @Inject
    PluginRegistry registry;

    public void created(Article article) {
        ArticleSnapshot snapshot = ArticleSnapshots.working(article);
        notify("handling the new article", l -> l.articleCreated(snapshot));
    }

    public void saved(Article article) {
        ArticleSnapshot snapshot = ArticleSnapshots.working(article);
        notify("handling the saved article", l -> l.articleSaved(snapshot));
    }

    /** After a transition; {@code article} is in its new state. */
    public void transitioned(Article article, ArticleStatus from, ArticleStatus to, String actor, String comment,
                             boolean bySystem) {
        TransitionEvent event = new TransitionEvent(ArticleSnapshots.working(article), state(from), state(to), actor,
                comment, bySystem);
        notify("handling the move to " + to, l -> l.articleTransitioned(event));
    }

    /** Every enabled validator's reasons against a transition; {@code article} is in its old state. */
    public List<TransitionVetoedException.Veto> vetoes(Article article, ArticleStatus to, String actor, String comment,
                                                        boolean bySystem) {
        TransitionEvent proposed = new TransitionEvent(ArticleSnapshots.working(article), state(article.getStatus()),
                state(to), actor, comment, bySystem);
        List<TransitionVetoedException.Veto> vetoes = new ArrayList<>();
        for (PluginRegistry.Active<TransitionValidator> v : registry.active(TransitionValidator.class)) {
            List<String> reasons;
            try {
                reasons = v.extension().validate(proposed);
            } catch (RuntimeException e) {
                throw new PluginFailureException(v.pluginId(), "checking the move to " + to, e);
            }
            if (reasons != null) {
                reasons.forEach(r -> vetoes.add(new TransitionVetoedException.Veto(v.pluginId(), r)));
            }
        }
        return vetoes;
    }

    /** Refuses the transition with every reason if any validator objects. */
    public void check(Article article, ArticleStatus to, String actor, String comment) {
        List<TransitionVetoedException.Veto> vetoes = vetoes(article, to, actor, comment, false);
        if (!vetoes.isEmpty()) {
            throw new TransitionVetoedException(to.name(), vetoes);
        }
    }

    /**
     * What enabled plugins add to a delivered article, by plugin id. A contributor that throws is left out
     * of this response (and logged) rather than failing a read.
     */
    public Map<String, Object> contributions(ArticleSnapshot article, Audience audience) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (PluginRegistry.Active<DeliveryContributor> c : registry.active(DeliveryContributor.class)) {
            try {
                Map<String, Object> data = c.extension().contribute(article, audience);
                if (data != null && !data.isEmpty()) {
                    all.put(c.pluginId(), data);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Plugin " + c.pluginId() + " failed to contribute to article " + article.id(), e);
            }
        }
        return all;
    }

    /**
     * What enabled plugins add to an article's ninjs document: lists are concatenated across plugins, other
     * values come from the first plugin (by id) that gives them. A failing plugin is left out and logged.
     */
    public Map<String, Object> ninjs(ArticleSnapshot article, Audience audience) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (PluginRegistry.Active<DeliveryContributor> c : registry.active(DeliveryContributor.class)) {
            try {
                Map<String, Object> data = c.extension().ninjs(article, audience);
                if (data != null) {
                    data.forEach((key, value) -> merged.merge(key, value, PluginEvents::concatLists));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Plugin " + c.pluginId() + " failed to contribute ninjs for " + article.id(), e);
            }
        }
        return merged;
    }

    /** Lets every enabled plugin take its fields from an imported ninjs document; a failure fails the import. */
    public void ninjsImported(Article article, Map<String, Object> ninjs) {
        ArticleSnapshot snapshot = ArticleSnapshots.working(article);
        for (PluginRegistry.Active<DeliveryContributor> c : registry.active(DeliveryContributor.class)) {
            try {
                c.extension().importNinjs(snapshot, ninjs);
            } catch (RuntimeException e) {
                throw new PluginFailureException(c.pluginId(), "importing ninjs", e);
            }
        }
    }

    private static Object concatLists(Object first, Object second) {
        if (first instanceof List<?> a && second instanceof List<?> b) {
            List<Object> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }
        return first;
    }

    /** Runs the enabled wire-copy parsers in their order. */
    public WireDraft parseWireCopy(WireDraft draft) {
        WireDraft current = draft;
        List<PluginRegistry.Active<WireCopyParser>> parsers = new ArrayList<>(registry.active(WireCopyParser.class));
        parsers.sort(Comparator.comparingInt(p -> p.extension().order()));
        for (PluginRegistry.Active<WireCopyParser> p : parsers) {
            try {
                current = p.extension().parse(current);
            } catch (RuntimeException e) {
                throw new PluginFailureException(p.pluginId(), "parsing wire copy", e);
            }
        }
        return current;
    }

    /** Lets the parsers store what they found, once the imported article exists. */
    public void wireCopyImported(Article article, WireDraft draft) {
        ArticleSnapshot snapshot = ArticleSnapshots.working(article);
        for (PluginRegistry.Active<WireCopyParser> p : registry.active(WireCopyParser.class)) {
            try {
                p.extension().imported(snapshot, draft);
            } catch (RuntimeException e) {
                throw new PluginFailureException(p.pluginId(), "storing what it found in wire copy", e);
            }
        }
    }

    private void notify(String during, Consumer<ArticleListener> call) {
        for (PluginRegistry.Active<ArticleListener> l : registry.active(ArticleListener.class)) {
            try {
                call.accept(l.extension());
            } catch (RuntimeException e) {
                throw new PluginFailureException(l.pluginId(), during, e);
            }
        }
    }

    private static WorkflowState state(ArticleStatus status) {
        return WorkflowState.valueOf(status.name());
    }
}
