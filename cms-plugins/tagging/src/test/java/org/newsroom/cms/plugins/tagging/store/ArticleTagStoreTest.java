package org.newsroom.cms.plugins.tagging.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugins.tagging.TestDatabase;
import org.newsroom.cms.plugins.tagging.text.Suggestion;

/** Articles' tags, stored suggestions and public-page candidates on a real PostgreSQL. */
class ArticleTagStoreTest {

    private TestDatabase db;
    private TagStore tags;
    private ArticleTagStore articleTags;

    @BeforeEach
    void open() {
        db = TestDatabase.begin();
        tags = new TagStore(db.jdbi());
        articleTags = new ArticleTagStore(db.jdbi());
    }

    @AfterEach
    void rollBack() throws Exception {
        db.close();
    }

    @Test
    void replaceKeepsTheGivenOrder() {
        UUID article = db.article();
        Tag a = tags.createFree("Alpha");
        Tag b = tags.createFree("Beta");
        articleTags.replace(article, List.of(b, a));
        assertThat(articleTags.tagsOf(article)).containsExactly(b, a);
        assertThat(articleTags.countOf(article)).isEqualTo(2);
        articleTags.replace(article, List.of(a));
        assertThat(articleTags.tagsOf(article)).containsExactly(a);
        articleTags.replace(article, List.of());
        assertThat(articleTags.countOf(article)).isZero();
    }

    @Test
    void suggestionsFromTheWireAreStoredWithTheirReason() {
        UUID article = db.article();
        articleTags.storeSuggestions(article, List.of(new Suggestion("Iran", null, null, "'Iran' appears 5 times", 7),
                new Suggestion("SCO", null, null, "acronym 'SCO' appears 3 times", 4)));
        assertThat(articleTags.storedSuggestions(article)).extracting(Suggestion::name, Suggestion::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Iran", "suggested at wire import: 'Iran' appears 5 times"),
                        org.assertj.core.groups.Tuple.tuple("SCO", "suggested at wire import: acronym 'SCO' appears 3 times"));
        articleTags.storeSuggestions(db.article(), List.of());
    }

    @Test
    void candidatesAndCountsAreOverTheGivenArticlesOnly() {
        Tag common = tags.createFree("Common");
        Tag rare = tags.createFree("Rare");
        UUID one = db.article();
        UUID two = db.article();
        UUID three = db.article();
        articleTags.replace(one, List.of(common, rare));
        articleTags.replace(two, List.of(common));
        articleTags.replace(three, List.of(common));

        assertThat(articleTags.taggedArticles()).contains(one, two, three).doesNotHaveDuplicates();
        assertThat(articleTags.articlesWith(rare.id())).containsExactly(one);
        assertThat(articleTags.tagCounts(List.of(one, two))).containsExactly(
                new ArticleTagStore.TagCount(common, 2), new ArticleTagStore.TagCount(rare, 1));
        assertThat(articleTags.tagCounts(List.of(two))).containsExactly(new ArticleTagStore.TagCount(common, 1));
        assertThat(articleTags.tagCounts(List.of())).isEmpty();
    }
}
