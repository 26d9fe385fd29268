package org.newsroom.cms.core.domain.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleSortTest {

    @Test
    void theFourSortValuesNameTheirOrders() {
        assertThat(ArticleSort.ofParameter("-updated")).contains(ArticleSort.UPDATED_NEWEST_FIRST);
        assertThat(ArticleSort.ofParameter("updated")).contains(ArticleSort.UPDATED_OLDEST_FIRST);
        assertThat(ArticleSort.ofParameter(" -Created ")).contains(ArticleSort.CREATED_NEWEST_FIRST);
        assertThat(ArticleSort.ofParameter("created")).contains(ArticleSort.CREATED_OLDEST_FIRST);
        assertThat(ArticleSort.DEFAULT).isEqualTo(ArticleSort.UPDATED_NEWEST_FIRST);
        assertThat(ArticleSort.parameters()).containsExactly("-updated", "updated", "-created", "created");
    }

    @Test
    void anythingElseIsNoOrder() {
        for (String value : new String[] {null, "", "newest", "+updated", "updated desc", "-updated,created"}) {
            assertThat(ArticleSort.ofParameter(value)).as(value).isEmpty();
        }
    }

    @Test
    void whatEachOrderSortsByAndWhichWay() {
        assertThat(ArticleSort.CREATED_OLDEST_FIRST.byCreated()).isTrue();
        assertThat(ArticleSort.CREATED_OLDEST_FIRST.newestFirst()).isFalse();
        assertThat(ArticleSort.UPDATED_NEWEST_FIRST.byCreated()).isFalse();
        assertThat(ArticleSort.UPDATED_NEWEST_FIRST.newestFirst()).isTrue();
    }
}
