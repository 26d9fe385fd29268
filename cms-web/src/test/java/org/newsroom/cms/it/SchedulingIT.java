package org.newsroom.cms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.cms.core.application.Actor;
import org.newsroom.cms.core.application.ArticleInput;
import org.newsroom.cms.core.application.ArticleLockedException;
import org.newsroom.cms.core.application.ArticleService;
import org.newsroom.cms.core.application.AuditEntry;
import org.newsroom.cms.core.application.EditLockService;
import org.newsroom.cms.core.application.EmbargoException;
import org.newsroom.cms.core.application.PublishedArticleService;
import org.newsroom.cms.core.application.SchedulingService;
import org.newsroom.cms.core.application.UserInput;
import org.newsroom.cms.core.application.UserService;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.plugin.HostServices;
import org.newsroom.cms.plugin.api.PublishedPage;

/**
 * Time-dependent behaviour inside the server, with the clock moved forward by the test: scheduled
 * publishing at the due time (not before), embargo on every path, lock expiry, and exactly-once
 * publication under concurrent claimants (the background publisher runs meanwhile, too).
 */
@ExtendWith(ArquillianExtension.class)
class SchedulingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.cms().addClass(ShiftableClock.class);
    }

    @Inject
    ShiftableClock clock;
    @Inject
    ArticleService articles;
    @Inject
    SchedulingService scheduling;
    @Inject
    PublishedArticleService published;
    @Inject
    EditLockService locks;
    @Inject
    UserService users;
    @Inject
    HostServices pluginAccess;
    @Resource
    ManagedExecutorService executor;
    @Resource(lookup = "java:jboss/datasources/CmsDS")
    DataSource dataSource;

    private Actor journalist;
    private Actor editor;

    @BeforeEach
    void people() {
        journalist = actor("sched-journalist", Role.JOURNALIST);
        editor = actor("sched-editor", Role.EDITOR);
    }

    @Test
    void scheduledArticleIsPublishedAtTheDueTimeNotBeforeAndInvisibleUntilThen() {
        Article article = approved("Due at ten");
        Instant due = clock.now().plus(Duration.ofHours(1));
        assertEquals(ArticleStatus.SCHEDULED, scheduling.schedule(editor, article.getId(), due, null).getStatus());

        scheduling.publishDue(50);
        assertEquals(ArticleStatus.SCHEDULED, articles.get(article.getId()).getStatus());
        assertInvisible(article);

        clock.advance(Duration.ofMinutes(59));
        scheduling.publishDue(50);
        assertInvisible(article);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        scheduling.publishDue(50);
        Article after = articles.get(article.getId());
        assertEquals(ArticleStatus.PUBLISHED, after.getStatus());
        assertTrue(published.bySlug(after.getSlug()).isPresent());
        assertTrue(published.latest(null, 100).stream().anyMatch(l -> l.article().getId().equals(article.getId())));

        AuditEntry last = lastEvent(article);
        assertEquals(ArticleStatus.SCHEDULED, last.from());
        assertEquals(ArticleStatus.PUBLISHED, last.to());
        assertEquals("system", last.performedBy());
        assertEquals(editor.username(), last.actor());
    }

    @Test
    void embargoBlocksManualPublishAndEarlySchedulingOnEveryPath() {
        Article article = submitted("Embargoed report");
        Instant embargo = clock.now().plus(Duration.ofHours(2));
        Article current = articles.get(article.getId());
        articles.update(editor, article.getId(), current.getVersion(), input("Embargoed report", embargo));

        EmbargoException manual = assertThrows(EmbargoException.class,
                () -> articles.transition(editor, article.getId(), ArticleStatus.PUBLISHED, null, null));
        assertEquals(embargo.truncatedTo(java.time.temporal.ChronoUnit.MICROS), manual.embargoUntil());
        articles.transition(editor, article.getId(), ArticleStatus.APPROVED, null, null);
        assertThrows(EmbargoException.class, () -> scheduling.schedule(editor, article.getId(),
                embargo.minus(Duration.ofMinutes(30)), null));

        // scheduled at the embargo: published then, not before
        scheduling.schedule(editor, article.getId(), embargo, null);
        clock.advance(Duration.ofHours(1));
        scheduling.publishDue(50);
        assertInvisible(article);
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        scheduling.publishDue(50);
        assertEquals(ArticleStatus.PUBLISHED, articles.get(article.getId()).getStatus());
        assertTrue(published.bySlug(articles.get(article.getId()).getSlug()).isPresent());
    }

    @Test
    void aLaterEmbargoHoldsBackAScheduledArticle() {
        Article article = approved("Held back");
        scheduling.schedule(editor, article.getId(), clock.now().plus(Duration.ofMinutes(10)), null);
        Article current = articles.get(article.getId());
        articles.update(editor, article.getId(), current.getVersion(),
                input("Held back", clock.now().plus(Duration.ofMinutes(30))));
        clock.advance(Duration.ofMinutes(11));
        scheduling.publishDue(50);
        assertEquals(ArticleStatus.SCHEDULED, articles.get(article.getId()).getStatus());
        clock.advance(Duration.ofMinutes(20));
        scheduling.publishDue(50);
        assertEquals(ArticleStatus.PUBLISHED, articles.get(article.getId()).getStatus());
    }

    @Test
    void editLockExpiresAfterTheIdleTime() {
        Article article = articles.create(journalist, input("Locked draft", null));
        locks.take(journalist, article.getId(), false);
        long version = articles.get(article.getId()).getVersion();
        ArticleLockedException locked = assertThrows(ArticleLockedException.class,
                () -> articles.update(editor, article.getId(), version, input("Editor's headline", null)));
        assertEquals(journalist.username(), locked.holder());

        clock.advance(Duration.ofMinutes(4));
        locks.heartbeat(journalist, article.getId()); // keeps it for another idle period
        clock.advance(Duration.ofMinutes(4));
        assertThrows(ArticleLockedException.class,
                () -> articles.update(editor, article.getId(), version, input("Editor's headline", null)));

        clock.advance(Duration.ofMinutes(2));
        assertTrue(articles.update(editor, article.getId(), version, input("Editor's headline", null)).getHeadline()
                .startsWith("Editor's headline"));
        assertTrue(locks.current(article.getId()).isEmpty());
    }

    @Test
    void twoHundredDueArticlesArePublishedExactlyOnceByConcurrentClaimants() throws Exception {
        Instant due = clock.now().plus(Duration.ofMinutes(10));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Article article = approved("Batch " + i);
            scheduling.schedule(editor, article.getId(), due, null);
            ids.add(article.getId());
        }
        clock.advance(Duration.ofMinutes(11));

        List<Callable<Integer>> claimants = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            claimants.add(() -> {
                int total = 0;
                int n;
                do {
                    n = scheduling.publishDue(7);
                    total += n;
                } while (n > 0);
                return total;
            });
        }
        int byThreads = 0;
        for (Future<Integer> f : executor.invokeAll(claimants, 2, TimeUnit.MINUTES)) {
            byThreads += f.get();
        }
        assertTrue(byThreads <= 200 && byThreads > 0, "claimants published " + byThreads);
        // the background publisher is one more claimant; give a batch it holds time to commit
        waitUntilAllPublished(ids);

        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select a.status, (select count(*) from audit_event e where e.article_id = a.id "
                        + "and e.to_status = 'PUBLISHED') from article a where a.id = ?")) {
            for (UUID id : ids) {
                q.setObject(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("PUBLISHED", rs.getString(1), "status of " + id);
                    assertEquals(1, rs.getInt(2), "publish events of " + id);
                }
            }
        }
    }

    private void waitUntilAllPublished(List<UUID> ids) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                    "select count(*) from article where id = any(?) and status <> 'PUBLISHED'")) {
                q.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
    }

    private void assertInvisible(Article article) {
        String slug = articles.get(article.getId()).getSlug();
        assertFalse(published.bySlug(slug).isPresent(), "visible by slug: " + slug);
        assertFalse(published.latest(null, 100).stream().anyMatch(l -> l.article().getId().equals(article.getId())),
                "visible in the latest list");
    }

    private Article submitted(String headline) {
        Article article = articles.create(journalist, input(headline, null));
        return articles.transition(journalist, article.getId(), ArticleStatus.IN_REVIEW, null, null);
    }

    /**
     * One visibility rule on one clock: an embargoed story scheduled for its embargo time is invisible to the
     * core's public reads and to what plugins are told (ArticleAccess, which every plugin's public endpoint
     * uses) alike, and both see it once the CMS clock has passed the embargo and the scheduler has run.
     */
    @Test
    void coreAndPluginPublicPathsAgreeOnAnEmbargoAsTheClockMoves() {
        Instant until = clock.now().plus(Duration.ofHours(2));
        Article draft = articles.create(journalist, input("Embargoed until two", until));
        articles.transition(journalist, draft.getId(), ArticleStatus.IN_REVIEW, null, null);
        articles.transition(editor, draft.getId(), ArticleStatus.APPROVED, null, null);
        scheduling.schedule(editor, draft.getId(), until, null);
        UUID id = draft.getId();
        String slug = articles.get(id).getSlug();

        clock.advance(Duration.ofHours(1));
        scheduling.publishDue(50);
        assertFalse(published.bySlug(slug).isPresent());
        assertFalse(published.latest(null, 100).stream().anyMatch(l -> l.article().getId().equals(id)));
        assertTrue(pluginAccess.visible(Set.of(id)).isEmpty());
        assertTrue(pluginAccess.published(List.of(id)).isEmpty());
        assertTrue(pluginAccess.publishedPage(Set.of(id), PublishedPage.Order.LAST_PUBLISHED, null, 10).items().isEmpty());

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        scheduling.publishDue(50);
        assertTrue(published.bySlug(slug).isPresent());
        assertTrue(published.latest(null, 100).stream().anyMatch(l -> l.article().getId().equals(id)));
        assertEquals(Set.of(id), pluginAccess.visible(Set.of(id)));
        assertEquals(1, pluginAccess.published(List.of(id)).size());
        assertEquals(id, pluginAccess.publishedPage(Set.of(id), PublishedPage.Order.FIRST_PUBLISHED, null, 10).items()
                .get(0).id());
    }

    private Article approved(String headline) {
        return articles.transition(editor, submitted(headline).getId(), ArticleStatus.APPROVED, null, null);
    }

    private AuditEntry lastEvent(Article article) {
        List<AuditEntry> trail = articles.audit(article.getId());
        return trail.get(trail.size() - 1);
    }

    private static ArticleInput input(String headline, Instant embargo) {
        return new ArticleInput(headline + " " + UUID.randomUUID(), null, "<p>Body</p>", "Jakarta", "HanTer", "id",
                null, null, embargo);
    }

    private Actor actor(String prefix, Role role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        User user = users.create(new UserInput(username, "password-" + UUID.randomUUID(), null, Set.of(role)));
        return new Actor(user.getId(), user.getUsername(), user.getRoles());
    }
}
