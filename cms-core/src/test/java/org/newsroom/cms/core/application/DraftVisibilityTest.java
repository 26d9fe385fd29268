package org.newsroom.cms.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.ArticleFilter;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;

/**
 * {@code CMS_JOURNALISTS_SEE_ALL_DRAFTS=false}: a journalist reads their own articles and anyone's
 * submitted ones, never a colleague's DRAFT or CHANGES_REQUESTED; editors and admins read everything.
 * (The default, true, is tested against the server in DraftVisibilityIT.)
 */
class DraftVisibilityTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private final User alice = new User("alice", "Alice", "h", EnumSet.of(Role.JOURNALIST), NOW);
    private final User bob = new User("bob", "Bob", "h", EnumSet.of(Role.JOURNALIST), NOW);
    private final Actor aliceActs = new Actor(alice.getId(), "alice", alice.getRoles());
    private final Actor editor = new Actor(UUID.randomUUID(), "ed", EnumSet.of(Role.EDITOR));
    private final Actor admin = new Actor(UUID.randomUUID(), "root", EnumSet.of(Role.ADMIN));
    private final Actor journalistAndEditor = new Actor(UUID.randomUUID(), "je",
            EnumSet.of(Role.JOURNALIST, Role.EDITOR));

    private static Article article(User author, ArticleStatus status) {
        Article a = new Article(author, "slug-" + UUID.randomUUID(), new ArticleContent("Headline", null,
                "<p>x</p>", null, null, "id", null), NOW);
        if (status != ArticleStatus.DRAFT && status != ArticleStatus.PUBLISHED && status != ArticleStatus.SCHEDULED) {
            a.moveTo(status, NOW);
        }
        return a;
    }

    @Test
    void whenOffAJournalistDoesNotSeeColleaguesUnsubmittedCopy() {
        DraftVisibility off = new DraftVisibility(false);
        for (ArticleStatus status : List.of(ArticleStatus.DRAFT, ArticleStatus.CHANGES_REQUESTED)) {
            Article bobs = article(bob, status);
            assertThat(off.maySee(aliceActs, bobs)).as("bob's %s", status).isFalse();
            assertThat(off.maySee(aliceActs, article(alice, status))).as("her own %s", status).isTrue();
            for (Actor sees : List.of(editor, admin, journalistAndEditor)) {
                assertThat(off.maySee(sees, bobs)).as("%s sees bob's %s", sees.username(), status).isTrue();
            }
        }
        for (ArticleStatus status : List.of(ArticleStatus.IN_REVIEW, ArticleStatus.APPROVED,
                ArticleStatus.UNPUBLISHED, ArticleStatus.KILLED)) {
            assertThat(off.maySee(aliceActs, article(bob, status))).as("bob's %s", status).isTrue();
        }
        assertThat(off.restrictedViewer(aliceActs)).isEqualTo(alice.getId());
        assertThat(off.restrictedViewer(editor)).isNull();
        assertThat(off.restrictedViewer(journalistAndEditor)).isNull();
    }

    @Test
    void whenOnEveryoneSeesEverything() {
        DraftVisibility on = new DraftVisibility(true);
        assertThat(on.maySee(aliceActs, article(bob, ArticleStatus.DRAFT))).isTrue();
        assertThat(on.restrictedViewer(aliceActs)).isNull();
        assertThat(new DraftVisibility().journalistsSeeAllDrafts()).as("the default").isTrue();
    }

    /** An ArticleRepository holding these articles, whose list applies the restriction it is given. */
    private static ArticleRepository store(List<Article> all, List<Object[]> calls) {
        Map<UUID, Article> byId = all.stream().collect(Collectors.toMap(Article::getId, Function.identity()));
        return (ArticleRepository) Proxy.newProxyInstance(DraftVisibilityTest.class.getClassLoader(),
                new Class<?>[] {ArticleRepository.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "find":
                            return Optional.ofNullable(byId.get((UUID) args[0]));
                        case "search":
                        case "count": {
                            ArticleFilter filter = (ArticleFilter) args[0];
                            calls.add(new Object[] {filter.viewer(), filter.hidden()});
                            UUID viewer = filter.viewer();
                            Set<ArticleStatus> hidden = filter.hidden();
                            List<Article> visible = all.stream().filter(a -> viewer == null || a.isAuthoredBy(viewer)
                                    || !hidden.contains(a.getStatus())).toList();
                            return method.getName().equals("count") ? (Object) (long) visible.size() : visible;
                        }
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    @Test
    void theServiceListsAndReadsThroughThePolicy() {
        Article bobsDraft = article(bob, ArticleStatus.DRAFT);
        Article bobsReturned = article(bob, ArticleStatus.CHANGES_REQUESTED);
        Article bobsInReview = article(bob, ArticleStatus.IN_REVIEW);
        Article alicesDraft = article(alice, ArticleStatus.DRAFT);
        List<Object[]> calls = new ArrayList<>();
        ArticleService service = new ArticleService();
        service.articles = store(List.of(bobsDraft, bobsReturned, bobsInReview, alicesDraft), calls);
        service.lists = new ArticleLists();
        service.lists.articles = service.articles;
        policy(service, new DraftVisibility(false));

        ResultPage<Article> page = service.list(aliceActs, null, null, 1, 20);
        assertThat(page.items()).containsExactly(bobsInReview, alicesDraft);
        assertThat(page.total()).isEqualTo(2);
        assertThat(calls.get(0)[0]).isEqualTo(alice.getId());
        assertThat(calls.get(0)[1]).isEqualTo(EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.CHANGES_REQUESTED));

        assertThat(service.list(editor, null, null, 1, 20).items()).hasSize(4);
        assertThat(service.read(aliceActs, alicesDraft.getId())).isSameAs(alicesDraft);
        assertThat(service.read(aliceActs, bobsInReview.getId())).isSameAs(bobsInReview);
        assertThat(service.read(editor, bobsDraft.getId())).isSameAs(bobsDraft);
        for (Article hidden : List.of(bobsDraft, bobsReturned)) {
            // exactly the answer for an id that does not exist: nothing tells that it does
            assertThatThrownBy(() -> service.read(aliceActs, hidden.getId()))
                    .isInstanceOf(ResourceNotFoundException.class)
                    .hasMessage("No article with id " + hidden.getId() + ".");
            assertThatThrownBy(() -> service.comment(aliceActs, hidden.getId(), "nice"))
                    .isInstanceOf(ResourceNotFoundException.class);
        }

        policy(service, new DraftVisibility(true));
        assertThat(service.list(aliceActs, null, null, 1, 20).items()).hasSize(4);
        assertThat(service.read(aliceActs, bobsDraft.getId())).isSameAs(bobsDraft);
    }

    private static void policy(ArticleService service, DraftVisibility policy) {
        service.drafts = policy;
        service.lists.drafts = policy;
    }
}
