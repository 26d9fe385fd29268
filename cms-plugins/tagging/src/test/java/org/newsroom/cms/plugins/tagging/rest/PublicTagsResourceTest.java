package org.newsroom.cms.plugins.tagging.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsroom.cms.plugins.tagging.rest.TagAdminResourceTest.assertStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.Cursor;
import org.newsroom.cms.plugin.api.PublishedPage;
import org.newsroom.cms.plugins.tagging.FakeContext;
import org.newsroom.cms.plugins.tagging.TestDatabase;
import org.newsroom.cms.plugins.tagging.rest.TagViews.PublicArticle;
import org.newsroom.cms.plugins.tagging.rest.TagViews.PublicTag;
import org.newsroom.cms.plugins.tagging.rest.TagViews.TagPage;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagStore;

/** Public tag pages: candidates from the plugin's tables, visibility from the host, the host's cursor. */
class PublicTagsResourceTest {

    private TestDatabase db;
    private FakeContext context;
    private TagStore tags;
    private ArticleTagStore articleTags;
    private PublicTagsResource resource;

    @BeforeEach
    void open() {
        db = TestDatabase.begin();
        context = new FakeContext(db.jdbi());
        tags = new TagStore(db.jdbi());
        articleTags = new ArticleTagStore(db.jdbi());
        resource = new PublicTagsResource(context, tags, articleTags);
    }

    @AfterEach
    void rollBack() throws Exception {
        db.close();
    }

    @Test
    void theTagListCountsOnlyArticlesTheHostSaysAreVisible() {
        Tag tag = tags.createFree("Public one");
        Tag hiddenOnly = tags.createFree("Hidden one");
        for (int i = 0; i < 3; i++) {
            articleTags.replace(published(Instant.parse("2026-11-0" + (i + 1) + "T08:00:00Z")), List.of(tag));
        }
        UUID draft = db.article();
        context.articles.add(FakeContext.article(draft, "Draft", "", null));
        articleTags.replace(draft, List.of(tag, hiddenOnly));

        List<PublicTag> list = resource.tags(null, null);

        assertThat(list).containsExactly(new PublicTag("Public one", tag.slug(), "free", null, 3, "Public one", null));
    }

    @Test
    void visibilityIsAskedInBoundedBatches() {
        Tag tag = tags.createFree("Many");
        int n = PublicTagsResource.VISIBILITY_BATCH + 5;
        db.jdbi().useHandle(h -> {
            for (int i = 0; i < n; i++) {
                UUID id = UUID.randomUUID();
                h.execute("insert into article (id) values (?)", id);
                h.execute("insert into plg_tagging_article_tag (article_id, tag_id, position) values (?, ?, 0)", id, tag.id());
            }
        });
        assertThat(resource.tags(null, null)).isEmpty();
        assertThat(context.articles.visibleQuestionSizes).containsExactly(PublicTagsResource.VISIBILITY_BATCH, 5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTagPageAsksTheHostForAPageOfItsCandidatesAndHandsOnTheCursor() {
        Tag tag = tags.createFree("Paged");
        List<String> newestFirst = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            UUID id = published(Instant.parse("2026-11-0" + i + "T08:00:00Z"));
            articleTags.replace(id, List.of(tag));
            newestFirst.add(0, context.articles.byId.get(id).headline());
        }
        UUID draft = db.article();
        context.articles.add(FakeContext.article(draft, "Draft", "", null));
        articleTags.replace(draft, List.of(tag));

        TagPage first = page(tag.slug(), null, 2);
        assertThat(first.tag()).isEqualTo(tag);
        assertThat(first.next()).isNotNull();
        Object[] question = context.articles.pageQuestions.get(0);
        assertThat((List<Object>) question[0]).hasSize(4).contains(draft);
        assertThat(question[1]).isEqualTo(PublishedPage.Order.LAST_PUBLISHED);
        assertThat(question[2]).isNull();
        assertThat(question[3]).isEqualTo(2);

        TagPage second = page(tag.slug(), first.next(), 2);
        assertThat(context.articles.pageQuestions.get(1)[2]).isEqualTo(Cursor.decode("after", first.next()).orElseThrow());
        assertThat(second.next()).isNull();
        List<String> seen = new ArrayList<>();
        first.items().forEach(a -> seen.add(a.headline()));
        second.items().forEach(a -> seen.add(a.headline()));
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        PublicArticle item = second.items().get(0);
        assertThat(item.language()).isEqualTo("id");
        assertThat(item.lastPublishedAt()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
    }

    @Test
    void unknownTagsBadLimitsAndForeignCursorsAreRefused() {
        Tag tag = tags.createFree("Strict");
        assertStatus(() -> page("no-such-tag", null, 20), 404);
        assertStatus(() -> page(tag.slug(), null, 0), 422);
        assertStatus(() -> page(tag.slug(), null, 101), 422);
        assertStatus(() -> page(tag.slug(), "not-a-cursor", 20), 400);
    }

    @Test
    void mediaTopicsAreLabelledInTheLanguageAskedAndMarkedEnglishWhereNoLabelExists() {
        Tag war = tags.byCode("medtop:16000000").orElseThrow();
        Tag cricket = tags.byCode("medtop:20000888").orElseThrow(); // a topic without an Indonesian label
        Tag own = tags.createFree("Pilkada DKI");
        articleTags.replace(published(Instant.parse("2026-11-01T08:00:00Z")), List.of(war, cricket, own));

        assertThat(resource.tags(null, null)).as("the newsroom's default: Indonesian")
                .extracting(PublicTag::label, PublicTag::labelLang)
                .containsExactlyInAnyOrder(tuple("konflik, perang dan perdamaian", "id"), tuple("cricket", "en"),
                        tuple("Pilkada DKI", null));
        assertThat(resource.tags("en", "id")).extracting(PublicTag::label)
                .containsExactlyInAnyOrder("conflict, war and peace", "cricket", "Pilkada DKI");
        assertThat(resource.tags(null, "en-GB,en;q=0.9,id;q=0.5")).extracting(PublicTag::labelLang).contains("en");
        assertThat(resource.tags(null, "id-ID,id;q=0.9")).extracting(PublicTag::labelLang).contains("id");
        assertThat(resource.tags("<script>", "%%%")).as("nonsense asks for nothing: the default")
                .extracting(PublicTag::labelLang).contains("id");
        assertThat(page(war.slug(), null, 20).tag().label()).isEqualTo("konflik, perang dan perdamaian");
    }

    @Test
    void aMergedTagsOldSlugRedirectsToTheTagItWentIntoUntilATagTakesTheSlug() {
        Tag old = tags.createFree("Pemilu 2029");
        Tag middle = tags.createFree("Pemilu");
        Tag target = tags.createFree("Pemilihan umum 2029");
        tags.merge(old, middle);
        tags.merge(middle, target); // a chain: both old slugs lead to the last tag

        for (String slug : List.of(old.slug(), middle.slug())) {
            assertThat(resource.page(slug, "abc", 5, "en", null)).isEqualTo(new PublicTagsResource.Moved(
                    "/api/public/tags/" + target.slug() + "/articles?after=abc&limit=5&lang=en"));
        }
        assertThat(resource.page(old.slug(), null, 20, null, null))
                .isEqualTo(new PublicTagsResource.Moved("/api/public/tags/" + target.slug() + "/articles"));
        assertThat(tags.aliasTarget(target.slug(), Locale.ENGLISH)).as("a live slug is no alias").isEmpty();

        Tag reborn = tags.createFree("Pemilu");
        assertThat(reborn.slug()).isEqualTo(middle.slug());
        assertThat(page(middle.slug(), null, 20).tag()).isEqualTo(reborn);
        assertStatus(() -> page("never-was", null, 20), 404);
    }

    private TagPage page(String slug, String after, int limit) {
        return (TagPage) resource.page(slug, after, limit, null, null);
    }

    private UUID published(Instant at) {
        UUID id = db.article();
        context.articles.add(FakeContext.article(id, "Published " + at, "", at));
        return id;
    }
}
