package org.newsroom.cms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.cms.core.application.Actor;
import org.newsroom.cms.core.application.ArticleInput;
import org.newsroom.cms.core.application.ArticleService;
import org.newsroom.cms.core.application.DraftVisibility;
import org.newsroom.cms.core.application.UserInput;
import org.newsroom.cms.core.application.UserService;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleFilter;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.ArticleSort;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;

/**
 * Newsroom policy {@code CMS_JOURNALISTS_SEE_ALL_DRAFTS}: by default (true, as here) a journalist reads a
 * colleague's DRAFT and CHANGES_REQUESTED articles, in the list and by id; the query that hides them when
 * the policy is false is run against PostgreSQL here too (the false policy itself is unit-tested in
 * DraftVisibilityTest, since the setting is fixed per server).
 */
@ExtendWith(ArquillianExtension.class)
class DraftVisibilityIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    static WebArchive deployment() {
        return Deployments.cms();
    }

    @ArquillianResource
    URL base;
    @Inject
    UserService users;
    @Inject
    ArticleService articles;
    @Inject
    ArticleRepository repository;
    @Inject
    DraftVisibility drafts;

    private Actor alice;
    private Actor bob;
    private Actor editor;
    private Article alicesDraft;
    private Article alicesReturned;
    private Article alicesSubmitted;
    private Article bobsDraft;

    @BeforeEach
    void newsroom() {
        alice = actor("alice", Role.JOURNALIST);
        bob = actor("bob", Role.JOURNALIST);
        editor = actor("desk", Role.EDITOR);
        alicesDraft = articles.create(alice, input("Alice's draft"));
        alicesReturned = articles.create(alice, input("Alice's returned copy"));
        articles.transition(alice, alicesReturned.getId(), ArticleStatus.IN_REVIEW, null, null);
        articles.transition(editor, alicesReturned.getId(), ArticleStatus.CHANGES_REQUESTED, "Shorter, please.", null);
        alicesSubmitted = articles.create(alice, input("Alice's submitted copy"));
        articles.transition(alice, alicesSubmitted.getId(), ArticleStatus.IN_REVIEW, null, null);
        bobsDraft = articles.create(bob, input("Bob's draft"));
    }

    @Test
    void byDefaultAJournalistReadsColleaguesDraftsInTheListAndById() throws Exception {
        assertTrue(drafts.journalistsSeeAllDrafts(), "the default");
        for (Article a : List.of(alicesDraft, alicesReturned, alicesSubmitted)) {
            HttpResponse<String> byId = get(bob, "api/articles/" + a.getId());
            assertEquals(200, byId.statusCode(), byId.body());
        }
        HttpResponse<String> list = get(bob, "api/articles?author=" + alice.username());
        assertEquals(200, list.statusCode(), list.body());
        for (Article a : List.of(alicesDraft, alicesReturned, alicesSubmitted)) {
            assertTrue(list.body().contains(a.getId().toString()), list.body());
        }
        assertEquals(3, articles.list(bob, null, alice.username(), 1, 20).total());
        assertEquals(alicesDraft.getId(), articles.read(bob, alicesDraft.getId()).getId());
    }

    @Test
    void theQueryThatHidesColleaguesUnsubmittedCopyWhenThePolicyIsOff() {
        Set<ArticleStatus> hidden = DraftVisibility.PRIVATE;
        List<Article> seenByBob = repository.search(filter(null, alice.id(), bob.id()), ArticleSort.DEFAULT, 0, 100);
        assertEquals(List.of(alicesSubmitted.getId()), seenByBob.stream().map(Article::getId).toList());
        assertEquals(1, repository.count(filter(null, alice.id(), bob.id())));
        assertEquals(3, repository.count(filter(null, alice.id(), alice.id())), "her own, all of them");
        assertEquals(3, repository.count(new ArticleFilter(null, alice.id(), null, null, null, hidden)),
                "no viewer restriction");

        List<UUID> bobsDrafts = repository.search(filter(ArticleStatus.DRAFT, null, bob.id()), ArticleSort.DEFAULT, 0,
                100).stream().map(Article::getId).toList();
        assertTrue(bobsDrafts.contains(bobsDraft.getId()), "his own draft");
        assertFalse(bobsDrafts.contains(alicesDraft.getId()), "not hers");
        assertEquals(0, repository.count(filter(ArticleStatus.CHANGES_REQUESTED, alice.id(), bob.id())));
    }

    /** Articles in {@code status} (any when null) by {@code author}, as {@code viewer} sees them when the policy is off. */
    private static ArticleFilter filter(ArticleStatus status, UUID author, UUID viewer) {
        return new ArticleFilter(status == null ? null : Set.of(status), author, null, null, viewer,
                DraftVisibility.PRIVATE);
    }

    private HttpResponse<String> get(Actor who, String path) throws Exception {
        String credentials = who.username() + ":" + password(who.username());
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String password(String username) {
        return "password-of-" + username;
    }

    private Actor actor(String prefix, Role role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        User user = users.create(new UserInput(username, password(username), null, Set.of(role)));
        return new Actor(user.getId(), user.getUsername(), user.getRoles());
    }

    private static ArticleInput input(String headline) {
        return new ArticleInput(headline + " " + UUID.randomUUID(), null, "<p>Body</p>", "Jakarta", "HanTer", "id",
                null, null, null);
    }
}
