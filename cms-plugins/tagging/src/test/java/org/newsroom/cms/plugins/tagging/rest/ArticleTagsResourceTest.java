package org.newsroom.cms.plugins.tagging.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsroom.cms.plugins.tagging.rest.TagAdminResourceTest.assertStatus;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.tagging.FakeContext;
import org.newsroom.cms.plugins.tagging.TestDatabase;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.TagsRequest;
import org.newsroom.cms.plugins.tagging.rest.TagViews.OfferedSuggestion;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagStore;
import org.newsroom.cms.plugins.tagging.text.Suggestion;

/** An article's tags: who may change them, how names resolve, the limits, and suggestions. */
class ArticleTagsResourceTest {

    private TestDatabase db;
    private FakeContext context;
    private TagStore tags;
    private ArticleTagStore articleTags;
    private UUID article;
    private ArticleTagsResource resource;

    @BeforeEach
    void open() {
        db = TestDatabase.begin();
        context = new FakeContext(db.jdbi()).as("jo", "JOURNALIST");
        tags = new TagStore(db.jdbi());
        articleTags = new ArticleTagStore(db.jdbi());
        article = db.article();
        context.articles.editable.add(article);
        resource = new ArticleTagsResource(article, context, tags, articleTags);
    }

    @AfterEach
    void rollBack() throws Exception {
        db.close();
    }

    @Test
    void namesAndIdsResolveInOrderWithoutDuplicates() {
        List<Tag> tagged = resource.assign(new TagsRequest(List.of("Iran", "Rusia", "IRAN", " rusia  ")));
        assertThat(tagged).extracting(Tag::name).containsExactly("Iran", "Rusia");
        long iran = tagged.get(0).id();
        List<Tag> reordered = resource.assign(new TagsRequest(List.of("Rusia", iran, "politik")));
        assertThat(reordered).extracting(Tag::name).containsExactly("Rusia", "Iran", "politics");
        assertThat(resource.tags()).isEqualTo(reordered);
    }

    @Test
    void onlyThoseWhoMayEditTheArticleTagIt() {
        context.articles.editable.clear();
        assertStatus(() -> resource.assign(new TagsRequest(List.of("x"))), 403);
        context.caller = null;
        assertStatus(() -> resource.assign(new TagsRequest(List.of("x"))), 403);
    }

    @Test
    void badItemsAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> resource.assign(new TagsRequest(List.of("<script>"))))
                .isInstanceOfSatisfying(PluginException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.detail()).contains("characters");
                });
        assertStatus(() -> resource.assign(new TagsRequest(List.of("x".repeat(81)))), 400);
        assertStatus(() -> resource.assign(new TagsRequest(List.of(999_999_999))), 422);
        assertStatus(() -> resource.assign(new TagsRequest(Arrays.asList("Iran", null))), 422);
        assertStatus(() -> resource.assign(new TagsRequest(List.of(List.of("nested")))), 422);
        assertStatus(() -> resource.assign(new TagsRequest(null)), 422);
        assertThat(resource.tags()).isEmpty();
    }

    @Test
    void controlledOnlyRefusesNewNamesAndTheMaximumHolds() {
        context.config.put("vocabularyMode", "controlled-only");
        context.config.put("maxTagsPerArticle", 2);
        assertThatThrownBy(() -> resource.assign(new TagsRequest(List.of("Brand new"))))
                .isInstanceOfSatisfying(PluginException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.detail()).contains("controlled");
                });
        assertThat(tags.byName("brand new")).isEmpty();
        assertThat(resource.assign(new TagsRequest(List.of("politics", "sport")))).hasSize(2);
        assertThatThrownBy(() -> resource.assign(new TagsRequest(List.of("politics", "sport", "health"))))
                .isInstanceOfSatisfying(PluginException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.detail()).isEqualTo("3 tags is more than the limit of 2 per article; remove some.");
                });
    }

    @Test
    void suggestionsComeFromTheBodyTextLeaveOutAssignedTagsAndAddStoredOnes() {
        context.articles.add(FakeContext.article(article, "Iran dan Rusia",
                "<p>Iran bertemu <b>Rusia</b>. Lalu Iran pulang.</p><p>Kata Rusia: Iran &amp; Rusia setuju.</p>", null));
        Tag iran = tags.createFree("Iran");
        articleTags.replace(article, List.of(iran));
        articleTags.storeSuggestions(article, List.of(new Suggestion("Kremlin", null, null, "named in the wire", 1),
                new Suggestion("rusia", null, null, "duplicate of a fresh one", 1)));

        List<OfferedSuggestion> suggestions = resource.suggestions();

        assertThat(suggestions).extracting(OfferedSuggestion::name).containsExactly("Rusia", "Kremlin");
        assertThat(suggestions.get(0).reason()).isEqualTo("in the headline, and mentioned 3 times in the body");
        assertThat(suggestions.get(1).reason()).as("stored before reasons had parts")
                .isEqualTo("suggested at wire import: named in the wire");
        assertStatus(() -> new ArticleTagsResource(UUID.randomUUID(), context, tags, articleTags).suggestions(), 404);
    }
}
