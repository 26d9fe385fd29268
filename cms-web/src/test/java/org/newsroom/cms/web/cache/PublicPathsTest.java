package org.newsroom.cms.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicPathsTest {

    @Test
    void theSiteFeedsSitemapsAndPublicApiArePublic() {
        assertThat(new String[] {"/", "/articles/banjir", "/sections/nasional", "/tags/banjir", "/authors/budi/feed.atom",
                "/search", "/corrections", "/feed.rss", "/sitemap.xml", "/robots.txt", "/api/public/articles",
                "/api/public/articles/banjir.ninjs", "/api/public/tags/banjir", "/api/public/photos/1/320"})
                .allMatch(PublicPaths::isPublic);
    }

    @Test
    void theNewsroomItsApiAndDocsAreNot() {
        assertThat(new String[] {"/newsroom", "/newsroom/articles/1/preview", "/api/articles", "/api",
                "/api/docs/index.html", "/openapi", "/problem/error", "/webjars/htmx.org/htmx.min.js",
                "/api/publicity"})
                .noneMatch(PublicPaths::isPublic);
        assertThat(PublicPaths.isApi("/apipublic")).isFalse();
        assertThat(PublicPaths.isPublic("/newsroomx")).as("only the newsroom itself").isTrue();
    }
}
