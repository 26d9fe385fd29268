package org.newsroom.cms.plugins.bylines.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.Cursor;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugin.api.WorkflowState;
import org.newsroom.cms.plugins.bylines.FakeContext;
import org.newsroom.cms.plugins.bylines.TestDatabase;
import org.newsroom.cms.plugins.bylines.store.AuditStore;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;
import org.newsroom.cms.plugins.bylines.text.Role;

/** The resources' own logic over a real database (the host's HTTP and transaction are the ITs' part). */
class ResourcesTest {

    private Jdbi jdbi;
    private FakeContext context;
    private ContributorStore contributors;
    private BylineStore bylines;
    private ContributorsResource admin;

    @BeforeEach
    void init() {
        jdbi = TestDatabase.fresh();
        context = new FakeContext(jdbi);
        contributors = new ContributorStore(jdbi);
        bylines = new BylineStore(jdbi);
        admin = new ContributorsResource(context, contributors, bylines, new AuditStore(context));
        context.caller = new Caller("ed", Set.of("EDITOR"));
    }

    @Test
    void unknownSlugsBadRolesAndRepeatsAreReportedTogetherAndNothingIsWritten() {
        String guest = create("Rudi Hartono");
        UUID article = TestDatabase.article(jdbi, "rina");
        context.editable.add(article);
        ArticleBylinesResource resource = new ArticleBylinesResource(article, context, contributors, bylines,
                () -> Role.AUTHOR);
        assertThat(resource.put(body(guest, null)).bylines()).extracting(ArticleBylinesResource.BylineJson::role)
                .containsExactly("author");

        assertThatThrownBy(() -> resource.put(body("nobody", "author", guest, "chef", guest, "photographer", guest,
                "Photographer"))).isInstanceOfSatisfying(PluginException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                            "bylines[0].contributor", "bylines[1].role", "bylines[3]");
                });
        assertThat(resource.get().bylines()).extracting(ArticleBylinesResource.BylineJson::contributor)
                .containsExactly(guest);

        context.editable.clear();
        assertThatThrownBy(() -> resource.put(body(guest, "author"))).isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void theAuthorPagePagesThroughTheVisibleCandidatesByFirstPublication() {
        String person = create("Siti Rahma");
        long id = contributors.bySlug(person).orElseThrow().id();
        List<UUID> visible = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            visible.add(0, publishedArticle(id, Instant.parse("2026-01-0" + (i + 1) + "T10:00:00Z"), true));
        }
        publishedArticle(id, Instant.parse("2026-01-09T10:00:00Z"), false); // a draft or an embargoed one
        PublicContributorsResource page = new PublicContributorsResource(context, contributors, bylines);

        var who = contributors.bySlug(person).orElseThrow();
        var json = page.page(who, null, 2);
        assertThat(json.articles()).extracting(PublicContributorsResource.ArticleJson::slug)
                .containsExactly("s-" + visible.get(0), "s-" + visible.get(1));
        assertThat(json.next()).isNotBlank();
        var second = page.page(who, Cursor.decode("after", json.next()).orElseThrow(), 2);
        assertThat(second.articles()).extracting(PublicContributorsResource.ArticleJson::slug)
                .containsExactly("s-" + visible.get(2));
        assertThat(second.next()).isNull();

        assertThatThrownBy(() -> page.profile(person, "garbage", 2)).isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> page.profile(person, null, 0)).isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("limit"));
        assertThatThrownBy(() -> page.profile("nobody", null, 2)).isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void contributorsAreManagedByEditorsAndSlugsAreUnique() {
        String slug = create("Ani Yudhoyono");
        assertThat(admin.get(slug).bylineCount()).isZero();
        assertThatThrownBy(() -> admin.create(new BylinesRequests.ContributorBody(slug, "Another", null, null, null,
                null, null))).isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(create("Ani Yudhoyono")).isEqualTo("ani-yudhoyono-2");
        contributors.forUsername("rina", Instant.EPOCH);
        assertThatThrownBy(() -> admin.create(new BylinesRequests.ContributorBody(null, "Ani", null, "rina", null, null,
                null))).as("a journalist's account links one contributor").isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> admin.update(slug, new BylinesRequests.ContributorBody("other-slug", "Ani", null, null,
                null, null, null))).isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("slug"));
        assertThat(admin.update(slug, new BylinesRequests.ContributorBody(null, "Ani Y.", "Bio", null, null, null,
                null)).displayName()).isEqualTo("Ani Y.");

        context.caller = new Caller("jo", Set.of("JOURNALIST"));
        assertThatThrownBy(() -> admin.create(new BylinesRequests.ContributorBody(null, "Someone", null, null, null,
                null, null))).isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(admin.list(null, null, null, 100).items()).extracting(ContributorJson::slug)
                .containsExactly("ani-yudhoyono", "ani-yudhoyono-2", "rina");
    }

    private UUID publishedArticle(long contributorId, Instant firstPublished, boolean visible) {
        UUID article = TestDatabase.article(jdbi, "rina");
        bylines.append(article, new BylineStore.Entry(contributorId, Role.AUTHOR));
        context.articles.put(article, new ArticleSnapshot(article, "s-" + article, "H", null, "<p>x</p>", null, null,
                "id", null, WorkflowState.PUBLISHED, "rina", 1, visible, firstPublished, firstPublished));
        if (visible) {
            context.published.add(article);
        }
        return article;
    }

    /** Contributors made through the store: the resource's success answer needs a JAX-RS runtime (the ITs'). */
    private String create(String name) {
        return contributors.insert(new ContributorStore.Fields(null, name, null, null, true, "HanTer", false),
                Instant.EPOCH).slug();
    }

    private static BylinesRequests.BylinesBody body(String... slugsAndRoles) {
        List<BylinesRequests.BylineItem> items = new ArrayList<>();
        for (int i = 0; i < slugsAndRoles.length; i += 2) {
            items.add(new BylinesRequests.BylineItem(slugsAndRoles[i], slugsAndRoles[i + 1]));
        }
        return new BylinesRequests.BylinesBody(items);
    }
}
