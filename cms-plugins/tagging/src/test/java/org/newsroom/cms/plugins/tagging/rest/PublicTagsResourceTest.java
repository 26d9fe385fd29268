package org.newsroom.cms.plugins.tagging.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.cms.plugins.tagging.rest.TagAdminResourceTest.assertStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

        List<PublicTag> list = resource.tags();

        assertThat(list).containsExactly(new PublicTag("Public one", tag.slug(), "free", null, 3));
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
        assertThat(resource.tags()).isEmpty();
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

        TagPage first = resource.articles(tag.slug(), null, 2);
        assertThat(first.tag()).isEqualTo(tag);
        assertThat(first.next()).isNotNull();
        Object[] question = context.articles.pageQuestions.get(0);
        assertThat((List<Object>) question[0]).hasSize(4).contains(draft);
        assertThat(question[1]).isEqualTo(PublishedPage.Order.LAST_PUBLISHED);
        assertThat(question[2]).isNull();
        assertThat(question[3]).isEqualTo(2);

        TagPage second = resource.articles(tag.slug(), first.next(), 2);
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
        assertStatus(() -> resource.articles("no-such-tag", null, 20), 404);
        assertStatus(() -> resource.articles(tag.slug(), null, 0), 422);
        assertStatus(() -> resource.articles(tag.slug(), null, 101), 422);
        assertStatus(() -> resource.articles(tag.slug(), "not-a-cursor", 20), 400);
    }

    private UUID published(Instant at) {
        UUID id = db.article();
        context.articles.add(FakeContext.article(id, "Published " + at, "", at));
        return id;
    }
}
