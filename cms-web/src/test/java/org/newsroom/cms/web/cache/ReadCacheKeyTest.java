package org.newsroom.cms.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReadCacheKeyTest {

    private static final String SITE = "http://localhost:8080";

    @Test
    void anotherHostGetsAnotherEntrySoAForgedHostCannotPoisonTheOneReadersGet() {
        assertThat(ReadCacheKey.of("/articles/banjir-jakarta", null, null, "http://evil.example"))
                .isNotEqualTo(ReadCacheKey.of("/articles/banjir-jakarta", null, null, SITE));
    }

    @Test
    void theArticleJsonNinjsAndPageAreKeyedBySlug() {
        assertThat(ReadCacheKey.of("/api/public/articles/banjir-jakarta", null, null, SITE))
                .isEqualTo(new ReadCacheKey(ReadCacheKey.Kind.JSON, "banjir-jakarta", ReadCacheKey.ANY, SITE));
        assertThat(ReadCacheKey.of("/api/public/articles/banjir-jakarta.ninjs", null, "*/*", SITE))
                .isEqualTo(new ReadCacheKey(ReadCacheKey.Kind.NINJS, "banjir-jakarta", ReadCacheKey.ANY, SITE));
        assertThat(ReadCacheKey.of("/articles/banjir-jakarta", null, "text/html,application/xhtml+xml", SITE))
                .isEqualTo(new ReadCacheKey(ReadCacheKey.Kind.PAGE, "banjir-jakarta", "", SITE));
    }

    @Test
    void theApiKeyCarriesTheAcceptClassAndOtherAcceptsAreNotCached() {
        assertThat(ReadCacheKey.of("/api/public/articles/a", null, "application/json", SITE).variant())
                .isEqualTo(ReadCacheKey.JSON);
        assertThat(ReadCacheKey.of("/api/public/articles/a", null, " ", SITE)).extracting(ReadCacheKey::variant)
                .isEqualTo(ReadCacheKey.ANY);
        assertThat(ReadCacheKey.of("/api/public/articles/a", null, "application/ninjs+json", SITE)).isNull();
        assertThat(ReadCacheKey.of("/api/public/articles/a", null, "application/ld+json", SITE)).isNull();
    }

    @Test
    void anyQueryStringOtherDocumentsAndOddSlugsGoToTheRoutes() {
        assertThat(ReadCacheKey.of("/api/public/articles/a", "version=3.1", null, SITE)).isNull();
        assertThat(ReadCacheKey.of("/api/public/articles/a.ninjs", "", null, SITE)).isNull();
        assertThat(ReadCacheKey.of("/articles/a", "utm_source=x", null, SITE)).isNull();
        assertThat(ReadCacheKey.of("/api/public/articles/a.newsml", null, null, SITE)).isNull();
        assertThat(ReadCacheKey.of("/api/public/articles/a.jsonld", null, null, SITE)).isNull();
        assertThat(ReadCacheKey.of("/api/public/articles/%00", null, null, SITE)).isNull();
        assertThat(ReadCacheKey.of("/articles/a/b", null, null, SITE)).isNull();
        assertThat(ReadCacheKey.of("/articles/", null, null, SITE)).isNull();
        assertThat(ReadCacheKey.of("/api/public/articles", null, null, SITE)).isNull();
        assertThat(ReadCacheKey.of("/tags/a", null, null, SITE)).isNull();
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

    @Test
    void everyOtherPublicApiReadIsAListKeyedByPathQueryAcceptAndLanguage() {
        ReadCacheKey search = ReadCacheKey.list("/api/public/search", "q=banjir", null, null, SITE);
        assertThat(search.kind()).isEqualTo(ReadCacheKey.Kind.LIST);
        assertThat(search.slug()).isEmpty();
        assertThat(search).isEqualTo(ReadCacheKey.list("/api/public/search", "q=banjir", "*/*", null, SITE))
                .isNotEqualTo(ReadCacheKey.list("/api/public/search", "q=banjir", "application/json", null, SITE))
                .isNotEqualTo(ReadCacheKey.list("/api/public/search", "q=banjir", null, "en", SITE))
                .isNotEqualTo(ReadCacheKey.list("/api/public/search", "q=banjir&limit=5", null, null, SITE))
                .isNotEqualTo(ReadCacheKey.list("/api/public/search", "q=banjir", null, null, "http://evil.example"));
        assertThat(ReadCacheKey.list("/api/public/tags/banjir/articles", null, "application/xml", null, SITE)).isNull();
        assertThat(ReadCacheKey.list("/api/articles", "q=banjir", null, null, SITE)).as("the newsroom API").isNull();
        assertThat(ReadCacheKey.list("/tags/banjir", null, null, null, SITE)).as("site pages").isNull();
    }
}
