package org.newsroom.cms.plugins.tagging;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import org.jdbi.v3.core.Jdbi;
import org.newsroom.cms.plugin.api.ArticleAccess;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.Cursor;
import org.newsroom.cms.plugin.api.PluginConfig;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PublishedPage;
import org.newsroom.cms.plugin.api.WorkflowState;

/**
 * What the host gives the plugin, for tests: settings from a map (the declared defaults to start with), the
 * test database's Jdbi, a settable caller, and articles whose visibility the test decides.
 */
public final class FakeContext implements PluginContext {

    public final Map<String, Object> config = new HashMap<>();
    public final Articles articles = new Articles();
    public Caller caller;
    private final Jdbi jdbi;

    public FakeContext(Jdbi jdbi) {
        this.jdbi = jdbi;
        new TaggingPlugin().configMetadata().forEach(s -> config.put(s.key(), s.defaultValue()));
    }

    public FakeContext as(String username, String role) {
        caller = new Caller(username, Set.of(role));
        return this;
    }

    /** An article snapshot with the given text; {@code lastPublishedAt} null for one never published. */
    public static ArticleSnapshot article(UUID id, String headline, String bodyHtml, Instant lastPublishedAt) {
        return new ArticleSnapshot(id, "slug-" + id, headline, "", bodyHtml, "Jakarta", "HanTer", "id", "World",
                lastPublishedAt == null ? WorkflowState.DRAFT : WorkflowState.PUBLISHED, "author", 1,
                lastPublishedAt != null, lastPublishedAt, lastPublishedAt);
    }

    @Override
    public String pluginId() {
        return TaggingPlugin.ID;
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

            @Override
            @SuppressWarnings("unchecked")
            public List<String> list(String key) {
                return (List<String>) config.get(key);
            }
        };
    }

    @Override
    public Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    }

    @Override
    public Logger logger() {
        return Logger.getLogger("test.tagging");
    }

    @Override
    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public ArticleAccess articles() {
        return articles;
    }

    @Override
    public Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }

    /** Articles the test registers; those with a publication time are what readers see. */
    public static final class Articles implements ArticleAccess {
        public final Map<UUID, ArticleSnapshot> byId = new LinkedHashMap<>();
        public final Set<UUID> editable = new HashSet<>();
        public final List<Integer> visibleQuestionSizes = new ArrayList<>();
        public final List<Object[]> pageQuestions = new ArrayList<>();

        /** What the plugin told the host had changed ("*" for everything). */
        public final List<String> dataChanges = new ArrayList<>();

        @Override
        public void dataChanged(java.util.Collection<UUID> articleIds, boolean everything) {
            dataChanges.add(everything ? "*" : String.valueOf(articleIds));
        }

        public ArticleSnapshot add(ArticleSnapshot article) {
            byId.put(article.id(), article);
            return article;
        }

        @Override
        public Optional<ArticleSnapshot> find(UUID articleId) {
            return Optional.ofNullable(byId.get(articleId));
        }

        @Override
        public boolean mayEdit(UUID articleId, Caller caller) {
            return editable.contains(articleId);
        }

        @Override
        public List<ArticleSnapshot> published(List<UUID> articleIds) {
            return articleIds.stream().map(byId::get).filter(a -> a != null && a.live()).toList();
        }

        @Override
        public org.newsroom.cms.plugin.api.PublicState publicState(UUID articleId) {
            return visible(List.of(articleId)).isEmpty() ? org.newsroom.cms.plugin.api.PublicState.ABSENT
                    : org.newsroom.cms.plugin.api.PublicState.VISIBLE;
        }

        @Override
        public Set<UUID> visible(Collection<UUID> articleIds) {
            visibleQuestionSizes.add(articleIds.size());
            Set<UUID> visible = new HashSet<>();
            articleIds.stream().map(byId::get).filter(a -> a != null && a.live()).forEach(a -> visible.add(a.id()));
            return visible;
        }

        @Override
        public PublishedPage publishedPage(Collection<UUID> candidates, PublishedPage.Order order, Cursor after, int limit) {
            pageQuestions.add(new Object[] {List.copyOf(candidates), order, after, limit});
            Comparator<ArticleSnapshot> newestFirst = Comparator.comparing(ArticleSnapshot::lastPublishedAt)
                    .thenComparing(ArticleSnapshot::id).reversed();
            List<ArticleSnapshot> live = candidates.stream().map(byId::get).filter(a -> a != null && a.live())
                    .filter(a -> after == null || newestFirst.compare(a, article(after.id(), "", "", after.at())) > 0)
                    .sorted(newestFirst).toList();
            List<ArticleSnapshot> items = live.subList(0, Math.min(limit, live.size()));
            ArticleSnapshot last = items.isEmpty() ? null : items.get(items.size() - 1);
            return new PublishedPage(items, live.size() > limit ? new Cursor(last.lastPublishedAt(), last.id()) : null);
        }
    }
}
