package org.newsroom.cms.plugins.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.tagging.rest.ArticleTagging;
import org.newsroom.cms.plugins.tagging.rest.TagRequests.TagsRequest;
import org.newsroom.cms.plugins.tagging.store.ArticleTagStore;
import org.newsroom.cms.plugins.tagging.store.Tag;
import org.newsroom.cms.plugins.tagging.store.TagStore;

/** Tags given with the create request: the PUT body's shape and rules, errors naming the item. */
class TaggingCreateFieldsTest {

    private TestDatabase db;
    private FakeContext context;
    private ArticleTagStore articleTags;
    private TaggingCreateFields fields;
    private ArticleSnapshot article;

    @BeforeEach
    void open() {
        db = TestDatabase.begin();
        context = new FakeContext(db.jdbi()).as("hms01", "JOURNALIST");
        TagStore tags = new TagStore(db.jdbi());
        articleTags = new ArticleTagStore(db.jdbi());
        fields = new TaggingCreateFields(context, new ArticleTagging(context, tags, articleTags));
        article = context.articles.add(FakeContext.article(db.article(), "Kerja sama militer", "<p>…</p>", null));
        context.articles.editable.add(article.id());
    }

    @AfterEach
    void rollBack() throws Exception {
        db.close();
    }

    @Test
    void readsThePutBodyAndTagsTheNewArticleInOrder() {
        assertThat(fields.type()).isEqualTo(TagsRequest.class);
        fields.articleCreated(article, new TagsRequest(List.of("Laut Natuna", "Iran")));
        assertThat(articleTags.tagsOf(article.id())).extracting(Tag::name).containsExactly("Laut Natuna", "Iran");
    }

    @Test
    void aBadNameIsNamedByItsPositionAndNothingIsTagged() {
        PluginException e = catchThrowableOfType(() -> fields.articleCreated(article,
                new TagsRequest(List.of("politik", "<script>"))), PluginException.class);
        assertThat(e.status()).isBetween(400, 422);
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("tags[1]");
        assertThat(articleTags.tagsOf(article.id())).isEmpty();
    }

    @Test
    void aMissingListIsA422OnTags() {
        PluginException e = catchThrowableOfType(() -> fields.articleCreated(article, new TagsRequest(null)),
                PluginException.class);
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("tags");
    }
}
