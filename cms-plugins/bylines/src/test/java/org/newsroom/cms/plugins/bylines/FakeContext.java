package org.newsroom.cms.plugins.bylines;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import org.jdbi.v3.core.Jdbi;
import org.newsroom.cms.plugin.api.ArticleAccess;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.AuditTrail;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.Cursor;
import org.newsroom.cms.plugin.api.PluginConfig;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PublishedPage;
import org.newsroom.cms.plugins.bylines.text.Agencies;

/**
 * A plugin context for tests: settings from a map, a real database ({@link TestDatabase}), articles the test
 * registers (the visible ones in {@link #published}), and the caller the test sets.
 */
public final class FakeContext implements PluginContext {

    public final Map<String, Object> config = new HashMap<>(Map.of("requireAuthorToPublish", true,
            "extraPatterns", List.of(), "defaultRole", "author", "agencies", Agencies.DEFAULTS));
    public final Map<UUID, ArticleSnapshot> articles = new HashMap<>();
    /** Articles readers may see (their snapshot in {@link #articles} is the live revision). */
    public final Set<UUID> published = new HashSet<>();
    public final Set<UUID> editable = new HashSet<>();
    public Caller caller;
    /** What the plugin recorded in the host's audit trail, oldest first. */
    public final List<AuditTrail.Event> recorded = new ArrayList<>();
    private final Jdbi jdbi;

    public FakeContext(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public String pluginId() {
        return "bylines";
    }

    @Override
    public PluginConfig config() {
        return new PluginConfig() {
            @Override
            public String string(String key) {
                return (String) config.get(key);
            }

            @Override
            public int integer(String key) {
                return (Integer) config.get(key);
            }

            @Override
            public boolean bool(String key) {
                return (Boolean) config.get(key);
            }

            @SuppressWarnings("unchecked")
            @Override
            public List<String> list(String key) {
                return (List<String>) config.get(key);
            }
        };
    }

    @Override
    public Clock clock() {
        return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    }

    @Override
    public Logger logger() {
        return Logger.getLogger("test.bylines");
    }

    @Override
    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }

    /** The host's trail, in memory: actor the caller (or "system"), time the fixed clock. */
    @Override
    public AuditTrail audit() {
        return new AuditTrail() {
            @Override
            public void record(String type, String subject, Map<String, ?> details) {
                recorded.add(new AuditTrail.Event(recorded.size() + 1, clock().instant(),
                        caller == null ? "system" : caller.username(), type, subject, new HashMap<>(details)));
            }

            @Override
            public List<Event> events(String subject, int limit) {
                return recorded.stream().filter(e -> subject == null || e.subject().equals(subject)).limit(limit)
                        .toList();
            }
        };
    }

    /** What the plugin told the host had changed ("*" for everything). */
    public final List<String> dataChanges = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public ArticleAccess articles() {
        return new ArticleAccess() {
            @Override
            public void dataChanged(java.util.Collection<UUID> articleIds, boolean everything) {
                dataChanges.add(everything ? "*" : String.valueOf(articleIds));
            }

            @Override
            public Optional<ArticleSnapshot> find(UUID articleId) {
                return Optional.ofNullable(articles.get(articleId));
            }

            @Override
            public boolean mayEdit(UUID articleId, Caller who) {
                return editable.contains(articleId);
            }

            @Override
            public List<ArticleSnapshot> published(List<UUID> articleIds) {
                return articleIds.stream().filter(published::contains).map(articles::get).toList();
            }

            @Override
            public org.newsroom.cms.plugin.api.PublicState publicState(UUID articleId) {
                return visible(List.of(articleId)).isEmpty() ? org.newsroom.cms.plugin.api.PublicState.ABSENT
                        : org.newsroom.cms.plugin.api.PublicState.VISIBLE;
            }

            @Override
            public Set<UUID> visible(Collection<UUID> articleIds) {
                Set<UUID> out = new HashSet<>(articleIds);
                out.retainAll(published);
                return out;
            }

            /** FIRST_PUBLISHED only, as the author page asks; newest first, ties by id, like the CMS. */
            @Override
            public PublishedPage publishedPage(Collection<UUID> candidates, PublishedPage.Order order, Cursor after,
                                               int limit) {
                Comparator<ArticleSnapshot> newestFirst = Comparator.comparing(ArticleSnapshot::firstPublishedAt)
                        .thenComparing(ArticleSnapshot::id).reversed();
                List<ArticleSnapshot> all = new ArrayList<>(candidates.stream().distinct().filter(published::contains)
                        .map(articles::get).sorted(newestFirst).toList());
                if (after != null) {
                    all.removeIf(a -> a.firstPublishedAt().isAfter(after.at())
                            || (a.firstPublishedAt().equals(after.at()) && a.id().compareTo(after.id()) >= 0));
                }
                List<ArticleSnapshot> items = all.subList(0, Math.min(limit, all.size()));
                ArticleSnapshot last = items.isEmpty() ? null : items.get(items.size() - 1);
                Cursor next = all.size() > limit ? new Cursor(last.firstPublishedAt(), last.id()) : null;
                return new PublishedPage(items, next);
            }
        };
    }
}
