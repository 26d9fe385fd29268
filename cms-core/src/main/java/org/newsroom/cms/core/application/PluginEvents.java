package org.newsroom.cms.core.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.plugin.ArticleSnapshots;
import org.newsroom.cms.core.plugin.IsolatedCalls;
import org.newsroom.cms.core.plugin.PluginRegistry;
import org.newsroom.cms.plugin.api.AccountListener;
import org.newsroom.cms.plugin.api.ArticleListener;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Audience;
import org.newsroom.cms.plugin.api.CreateFields;
import org.newsroom.cms.plugin.api.Cursor;
import org.newsroom.cms.plugin.api.DeliveryContributor;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.delivery.ArticleCollection;
import org.newsroom.cms.plugin.api.delivery.PublicCollections;
import org.newsroom.cms.plugin.api.delivery.PublicParts;
import org.newsroom.cms.plugin.api.delivery.SearchParts;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugin.api.TransitionEvent;
import org.newsroom.cms.plugin.api.TransitionValidator;
import org.newsroom.cms.plugin.api.WireCopyParser;
import org.newsroom.cms.plugin.api.WireDraft;
import org.newsroom.cms.plugin.api.WireParse;
import org.newsroom.cms.plugin.api.WorkflowState;

/**
 * Where the core calls the extension points of enabled plugins. Listeners, validators, wire parsers and
 * importers run in the caller's transaction; one that throws fails the whole operation (a
 * {@link PluginException} it throws on purpose keeps its status, anything else becomes a
 * {@link PluginFailureException} naming the plugin), so the transaction rolls back and nothing half-done
 * stays. Delivery contributors only read, each in a transaction of its own: one that throws is left out.
 */
@ApplicationScoped
public class PluginEvents {

    private static final Logger LOG = Logger.getLogger(PluginEvents.class.getName());

    @Inject
    PluginRegistry registry;
    @Inject
    IsolatedCalls isolated;

    /** What the wire parsers made of a draft, with each finding kept for the plugin that found it. */
    public static final class WireParsing {
        private final WireDraft draft;
        private final List<Found<?>> found;
        private final List<String> notes;

        private WireParsing(WireDraft draft, List<Found<?>> found, List<String> notes) {
            this.draft = draft;
            this.found = List.copyOf(found);
            this.notes = List.copyOf(notes);
        }

        /** The draft the last parser returned. */
        public WireDraft draft() {
            return draft;
        }

        /** The parsers' notes for the import report, in parsing order. */
        public List<String> notes() {
            return notes;
        }
    }

    /** One parser's finding, typed by the parser itself, so it goes back to it without a cast. */
    private record Found<F>(String pluginId, WireCopyParser<F> parser, F finding) {
        void imported(ArticleSnapshot article) {
            parser.imported(article, finding);
        }
    }

    public void created(Article article) {
        ArticleSnapshot snapshot = ArticleSnapshots.working(article);
        notify("handling the new article", l -> l.articleCreated(snapshot));
    }

    /**
     * Hands each enabled plugin its part of the create request ({@link CreateFields}), in plugin-id order, in the
     * create's transaction. {@code parts} are by plugin id, already of each plugin's {@link CreateFields#type()}.
     * A plugin's {@link PluginException} keeps its status with its fields prefixed {@code plugins.<id>.}; a part
     * no enabled plugin takes (the plugin was disabled meanwhile) fails the create too.
     */
    public void createdWith(Article article, Map<String, ?> parts) {
        if (parts.isEmpty()) {
            return;
        }
        ArticleSnapshot snapshot = ArticleSnapshots.working(article);
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (PluginRegistry.Active<CreateFields> f : registry.active(CreateFields.class)) {
            Object part = parts.get(f.pluginId());
            if (part == null) {
                continue;
            }
            try {
                give(f.extension(), snapshot, part);
            } catch (PluginException e) {
                throw prefixed(e, "plugins." + f.pluginId() + ".");
            } catch (RuntimeException e) {
                throw new PluginFailureException(f.pluginId(), "storing its fields of the new article", e);
            }
            taken.add(f.pluginId());
        }
        parts.keySet().stream().filter(id -> !taken.contains(id)).findFirst().ifPresent(id -> {
            throw new PluginDisabledException(id);
        });
    }

    private static <T> void give(CreateFields<T> fields, ArticleSnapshot article, Object part) {
        fields.articleCreated(article, fields.type().cast(part));
    }

    /** The plugin's problem with each field named from the request's root, e.g. {@code plugins.tagging.tags[1]}. */
    static PluginException prefixed(PluginException e, String prefix) {
        if (e.errors().isEmpty()) {
            return e;
        }
        return e.withErrors(e.errors().stream()
                .map(err -> new FieldError(err.field() == null || err.field().isEmpty()
                        ? prefix.substring(0, prefix.length() - 1) : prefix + err.field(), err.message()))
                .toList());
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
            Map<String, Object> data = isolatedRead(c, article, "contribute to", () -> c.extension().contribute(article, audience));
            if (data != null && !data.isEmpty()) {
                all.put(c.pluginId(), data);
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
            Map<String, Object> data = isolatedRead(c, article, "contribute ninjs to", () -> c.extension().ninjs(article, audience));
            if (data != null) {
                data.forEach((key, value) -> merged.merge(key, value, PluginEvents::concatLists));
            }
        }
        return merged;
    }

    /**
     * Every enabled plugin's public parts of an article merged (lists concatenated in plugin-id order, page
     * fragments of one slot joined in that order). A failing plugin is left out and logged.
     */
    public PublicParts publicParts(ArticleSnapshot article, Audience audience) {
        List<PublicParts.Person> people = new ArrayList<>();
        List<PublicParts.Subject> subjects = new ArrayList<>();
        List<PublicParts.Picture> pictures = new ArrayList<>();
        Map<PublicParts.Slot, String> html = new java.util.EnumMap<>(PublicParts.Slot.class);
        for (PluginRegistry.Active<DeliveryContributor> c : registry.active(DeliveryContributor.class)) {
            PublicParts parts = isolatedRead(c, article, "contribute public parts to",
                    () -> c.extension().publicParts(article, audience));
            if (parts != null) {
                people.addAll(parts.people());
                subjects.addAll(parts.subjects());
                pictures.addAll(parts.pictures());
                parts.html().forEach((slot, fragment) -> html.merge(slot, fragment, String::concat));
            }
        }
        return new PublicParts(people, subjects, pictures, html);
    }

    /**
     * Every enabled plugin's search text (joined, one plugin per line) and filter keys for the article. Runs in the
     * caller's transaction, so it sees plugin data written there; a plugin that throws fails the operation, as a
     * listener does (a search document without its tags would silently miss hits).
     */
    public SearchParts searchParts(ArticleSnapshot article) {
        StringBuilder text = new StringBuilder();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        for (PluginRegistry.Active<DeliveryContributor> c : registry.active(DeliveryContributor.class)) {
            SearchParts parts;
            try {
                parts = c.extension().searchParts(article);
            } catch (PluginException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new PluginFailureException(c.pluginId(), "indexing the article for search", e);
            }
            if (parts != null) {
                if (!parts.text().isBlank()) {
                    text.append(text.isEmpty() ? "" : "\n").append(parts.text().strip());
                }
                keys.addAll(parts.keys());
            }
        }
        return new SearchParts(text.toString(), keys);
    }

    /**
     * The collection at {@code /<segment>/<slug>} of the first enabled plugin (by id) claiming the segment:
     * empty when no plugin claims it or it has no such collection. A failing plugin is logged and counts as
     * having none.
     */
    public Optional<ArticleCollection> collection(String segment, String slug, Cursor after, int limit) {
        for (PluginRegistry.Active<PublicCollections> c : registry.active(PublicCollections.class)) {
            if (segment.equals(c.extension().segment())) {
                try {
                    return isolated.readOnly(() -> c.extension().collection(slug, after, limit));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Plugin " + c.pluginId() + " failed to read its collection /" + segment
                            + "/" + slug, e);
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private <T> T isolatedRead(PluginRegistry.Active<?> plugin, ArticleSnapshot article, String what,
                               java.util.function.Supplier<T> call) {
        try {
            return isolated.readOnly(call);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin " + plugin.pluginId() + " failed to " + what + " article " + article.id(), e);
            return null;
        }
    }

    /** Lets every enabled plugin take its fields from an imported ninjs document; a failure fails the import. */
    public void ninjsImported(Article article, Map<String, Object> ninjs) {
        ArticleSnapshot snapshot = ArticleSnapshots.working(article);
        for (PluginRegistry.Active<DeliveryContributor> c : registry.active(DeliveryContributor.class)) {
            try {
                c.extension().importNinjs(snapshot, ninjs);
            } catch (PluginException e) {
                throw e;
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

    /**
     * Runs the enabled wire-copy parsers in ascending order (ties by plugin id), each on the draft the
     * previous one returned.
     */
    public WireParsing parseWireCopy(WireDraft draft) {
        List<PluginRegistry.Active<WireCopyParser>> parsers = new ArrayList<>(registry.active(WireCopyParser.class));
        parsers.sort(Comparator.comparingInt((PluginRegistry.Active<WireCopyParser> p) -> p.extension().order())
                .thenComparing(PluginRegistry.Active::pluginId));
        WireDraft current = draft;
        List<Found<?>> found = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (PluginRegistry.Active<WireCopyParser> p : parsers) {
            current = parse(p.pluginId(), p.extension(), current, found, notes);
        }
        return new WireParsing(current, found, notes);
    }

    private static <F> WireDraft parse(String pluginId, WireCopyParser<F> parser, WireDraft draft, List<Found<?>> found,
                                       List<String> notes) {
        WireParse<F> result;
        try {
            result = parser.parse(draft);
        } catch (PluginException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PluginFailureException(pluginId, "parsing wire copy", e);
        }
        if (result == null) {
            return draft;
        }
        if (result.finding() != null) {
            found.add(new Found<>(pluginId, parser, result.finding()));
        }
        notes.addAll(result.notes());
        return result.draft() == null ? draft : result.draft();
    }

    /** Gives each parser back its own finding, in parsing order, once the imported article exists. */
    public void wireCopyImported(Article article, WireParsing parsing) {
        ArticleSnapshot snapshot = ArticleSnapshots.working(article);
        for (Found<?> f : parsing.found) {
            try {
                f.imported(snapshot);
            } catch (PluginException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new PluginFailureException(f.pluginId(), "storing what it found in wire copy", e);
            }
        }
    }

    /** An account's display name changed (inside the changing transaction): plugins that mirror it follow. */
    public void displayNameChanged(String username, String oldDisplayName, String newDisplayName) {
        for (PluginRegistry.Active<AccountListener> l : registry.active(AccountListener.class)) {
            try {
                l.extension().displayNameChanged(username, oldDisplayName, newDisplayName);
            } catch (PluginException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new PluginFailureException(l.pluginId(), "following the renamed account " + username, e);
            }
        }
    }

    private void notify(String during, Consumer<ArticleListener> call) {
        for (PluginRegistry.Active<ArticleListener> l : registry.active(ArticleListener.class)) {
            try {
                call.accept(l.extension());
            } catch (PluginException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new PluginFailureException(l.pluginId(), during, e);
            }
        }
    }

    private static WorkflowState state(ArticleStatus status) {
        return WorkflowState.valueOf(status.name());
    }
}
