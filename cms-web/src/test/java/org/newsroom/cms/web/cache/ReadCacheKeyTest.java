package org.newsroom.cms.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReadCacheKeyTest {

    @Test
    void theArticleJsonNinjsAndPageAreKeyedBySlug() {
        assertThat(ReadCacheKey.of("/api/public/articles/banjir-jakarta", null, null))
                .isEqualTo(new ReadCacheKey(ReadCacheKey.Kind.JSON, "banjir-jakarta", ReadCacheKey.ANY));
        assertThat(ReadCacheKey.of("/api/public/articles/banjir-jakarta.ninjs", null, "*/*"))
                .isEqualTo(new ReadCacheKey(ReadCacheKey.Kind.NINJS, "banjir-jakarta", ReadCacheKey.ANY));
        assertThat(ReadCacheKey.of("/articles/banjir-jakarta", null, "text/html,application/xhtml+xml"))
                .isEqualTo(new ReadCacheKey(ReadCacheKey.Kind.PAGE, "banjir-jakarta", ""));
    }

    @Test
    void theApiKeyCarriesTheAcceptClassAndOtherAcceptsAreNotCached() {
        assertThat(ReadCacheKey.of("/api/public/articles/a", null, "application/json").variant())
                .isEqualTo(ReadCacheKey.JSON);
        assertThat(ReadCacheKey.of("/api/public/articles/a", null, " ")).extracting(ReadCacheKey::variant)
                .isEqualTo(ReadCacheKey.ANY);
        assertThat(ReadCacheKey.of("/api/public/articles/a", null, "application/ninjs+json")).isNull();
        assertThat(ReadCacheKey.of("/api/public/articles/a", null, "application/ld+json")).isNull();
    }

    @Test
    void anyQueryStringOtherDocumentsAndOddSlugsGoToTheRoutes() {
        assertThat(ReadCacheKey.of("/api/public/articles/a", "version=3.1", null)).isNull();
        assertThat(ReadCacheKey.of("/api/public/articles/a.ninjs", "", null)).isNull();
        assertThat(ReadCacheKey.of("/articles/a", "utm_source=x", null)).isNull();
        assertThat(ReadCacheKey.of("/api/public/articles/a.newsml", null, null)).isNull();
        assertThat(ReadCacheKey.of("/api/public/articles/a.jsonld", null, null)).isNull();
        assertThat(ReadCacheKey.of("/api/public/articles/%00", null, null)).isNull();
        assertThat(ReadCacheKey.of("/articles/a/b", null, null)).isNull();
        assertThat(ReadCacheKey.of("/articles/", null, null)).isNull();
        assertThat(ReadCacheKey.of("/api/public/articles", null, null)).isNull();
        assertThat(ReadCacheKey.of("/tags/a", null, null)).isNull();
    }

    @Test
    void anEntryWeighsItsBodyAndHeaders() {
        CachedResponse small = new CachedResponse(new byte[10], "application/json", List.of(), "\"x\"", Instant.EPOCH);
        CachedResponse big = new CachedResponse(new byte[10_010], "application/json", List.of(), "\"x\"", Instant.EPOCH);
        assertThat(big.weight() - small.weight()).isEqualTo(10_000);
        CachedResponse headed = new CachedResponse(new byte[10], "application/json",
                List.of(new CachedResponse.Header("ETag", "\"abc\"")), "\"abc\"", Instant.EPOCH);
        assertThat(headed.weight()).isGreaterThan(small.weight() + 2 * ("ETag".length() + "\"abc\"".length()));
        assertThat(small.weight()).isGreaterThanOrEqualTo(128 + 10);
    }
}
