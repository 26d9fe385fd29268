package org.newsroom.cms.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointGroupTest {

    @ParameterizedTest
    @CsvSource({
            "/api/public/articles, public-api",
            "/api/public/articles/iran-rusia.ninjs, public-api",
            "/api/public/tags/politik/articles, public-api",
            "/api/public, public-api",
            "/api/articles, newsroom-api",
            "/api/articles/0d6c/transitions, newsroom-api",
            "/api/plugins/tagging/tags, newsroom-api",
            "/api/publicity, newsroom-api",
            "/api, newsroom-api",
            "/newsroom/, newsroom-ui",
            "/newsroom, newsroom-ui",
            "/newsroom/articles/0d6c/review, newsroom-ui",
            "/newsroom/assets/newsroom.css, newsroom-ui",
            "/newsroomx, site",
            "/feed.atom, feeds",
            "/feed.rss, feeds",
            "/tags/politik/feed.atom, feeds",
            "/corrections/feed.atom, feeds",
            "/sitemap.xml, feeds",
            "/sitemap-news.xml, feeds",
            "/sitemaps/articles-2026-12.xml, feeds",
            "/robots.txt, feeds",
            "/, site",
            "/articles/iran-rusia, site",
            "/sections/dunia, site",
            "/tags/politik, site",
            "/search, site",
            "/preview/abc, site",
            "/site/assets/site.css, site",
            "/no/such/page, site",
            "/openapi, other",
            "/api/docs/, other",
            "/api/docs/swagger-ui-bundle.js, other",
            "/api/docs, other"
    })
    void everyPathFallsInOneOfTheFixedGroups(String path, String group) {
        assertThat(EndpointGroup.of(path).label()).isEqualTo(group);
    }

    @ParameterizedTest
    @CsvSource({"/api/public/articles/a-1", "/api/public/articles/b-2", "/articles/x", "/articles/y"})
    void addressesOfOneKindShareTheirGroup(String path) {
        // one series per group, never per URL: two articles are the same group
        assertThat(EndpointGroup.values()).hasSize(6);
        assertThat(EndpointGroup.of(path)).isIn(EndpointGroup.PUBLIC_API, EndpointGroup.SITE);
    }
}
