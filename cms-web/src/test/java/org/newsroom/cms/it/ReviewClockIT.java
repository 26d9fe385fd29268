package org.newsroom.cms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.cms.core.application.Actor;
import org.newsroom.cms.core.application.ArticleInput;
import org.newsroom.cms.core.application.ArticleService;
import org.newsroom.cms.core.application.NotificationService;
import org.newsroom.cms.core.application.NotificationView;
import org.newsroom.cms.core.application.SchedulingService;
import org.newsroom.cms.core.application.UserInput;
import org.newsroom.cms.core.application.UserService;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;

/**
 * The review screen on the CMS's own clock, moved forward by the test: an embargo takes PUBLISHED off the
 * allowed transitions until its time, and the scheduler's publication tells the author like an editor's does.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewClockIT {

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
    NotificationService notifications;
    @Inject
    UserService users;

    private Actor journalist;
    private Actor editor;

    @BeforeEach
    void people() {
        journalist = actor("clock-journalist", Role.JOURNALIST);
        editor = actor("clock-editor", Role.EDITOR);
    }

    @Test
    void publishedIsOfferedOnlyOnceTheEmbargoHasPassedOnTheCmsClock() {
        Instant embargo = clock.now().plus(Duration.ofHours(3));
        Article article = articles.create(journalist, input("Embargoed until three", embargo));
        articles.transition(journalist, article.getId(), ArticleStatus.IN_REVIEW, null, null);

        List<ArticleStatus> before = articles.allowedTransitions(editor, articles.get(article.getId()));
        assertFalse(before.contains(ArticleStatus.PUBLISHED), before.toString());
        assertTrue(before.contains(ArticleStatus.APPROVED), before.toString());

        clock.advance(Duration.ofHours(3).plusSeconds(1));
        List<ArticleStatus> after = articles.allowedTransitions(editor, articles.get(article.getId()));
        assertTrue(after.contains(ArticleStatus.PUBLISHED), after.toString());
        assertEquals(ArticleStatus.PUBLISHED, articles.transition(editor, article.getId(), ArticleStatus.PUBLISHED,
                null, null).getStatus());
    }

    @Test
    void aScheduledPublicationTellsTheAuthor() throws InterruptedException {
        Article article = articles.create(journalist, input("Due in an hour", null));
        articles.transition(journalist, article.getId(), ArticleStatus.IN_REVIEW, null, null);
        articles.transition(editor, article.getId(), ArticleStatus.APPROVED, null, null);
        scheduling.schedule(editor, article.getId(), clock.now().plus(Duration.ofHours(1)), null);
        assertEquals(0, notifications.unreadCount(journalist));

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        scheduling.publishDue(50);
        // the background scheduler may have claimed it first: wait for its commit
        for (int i = 0; i < 50 && articles.get(article.getId()).getStatus() != ArticleStatus.PUBLISHED; i++) {
            Thread.sleep(100);
        }
        assertEquals(ArticleStatus.PUBLISHED, articles.get(article.getId()).getStatus());
        List<NotificationView> told = notifications.list(journalist, 10);
        assertEquals(1, told.size(), told.toString());
        assertEquals("PUBLISHED", told.get(0).kind());
        assertEquals(article.getId(), told.get(0).articleId());
        assertEquals(editor.username(), told.get(0).actor(), "on behalf of the editor who scheduled it");
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
