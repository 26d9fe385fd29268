package org.newsroom.cms.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ConditionalTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:30Z");
    private static final Instant CHANGED = Instant.parse("2026-12-01T03:00:10.750Z");

    @Test
    void theStrongTagIsTheBytesHash() {
        byte[] a = "{\"headline\":\"Banjir\"}".getBytes(StandardCharsets.UTF_8);
        byte[] b = "{\"headline\":\"Banjir!\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(Conditional.strongTag(a)).isEqualTo(Conditional.strongTag(a.clone()))
                .isNotEqualTo(Conditional.strongTag(b)).matches("\"[A-Za-z0-9_-]{27}\"");
    }

    @Test
    void ifNoneMatchComparesWeaklyAcrossAList() {
        assertThat(Conditional.noneMatchFails("\"abc\"", "\"abc\"")).isTrue();
        assertThat(Conditional.noneMatchFails("W/\"abc\"", "\"abc\"")).as("weak from the client").isTrue();
        assertThat(Conditional.noneMatchFails("\"abc\"", "W/\"abc\"")).as("weak from the route").isTrue();
        assertThat(Conditional.noneMatchFails("\"x\", W/\"abc\" ,\"y\"", "\"abc\"")).isTrue();
        assertThat(Conditional.noneMatchFails(" * ", "\"abc\"")).isTrue();
        assertThat(Conditional.noneMatchFails("\"abcd\"", "\"abc\"")).isFalse();
        assertThat(Conditional.noneMatchFails("\"ab", "\"abc\"")).as("unterminated").isFalse();
        assertThat(Conditional.noneMatchFails("abc", "\"abc\"")).as("unquoted is no tag").isFalse();
        assertThat(Conditional.noneMatchFails(null, "\"abc\"")).isFalse();
    }

    @Test
    void ifModifiedSinceComparesToTheSecond() {
        assertThat(Conditional.notModifiedSince("Tue, 01 Dec 2026 03:00:10 GMT", CHANGED, NOW))
                .as("same second, milliseconds dropped").isTrue();
        assertThat(Conditional.notModifiedSince("Tue, 01 Dec 2026 03:00:20 GMT", CHANGED, NOW)).isTrue();
        assertThat(Conditional.notModifiedSince("Tue, 01 Dec 2026 03:00:09 GMT", CHANGED, NOW)).isFalse();
        assertThat(Conditional.notModifiedSince("Tue, 01 Dec 2026 03:05:00 GMT", CHANGED, NOW))
                .as("a date in the future is ignored").isFalse();
        assertThat(Conditional.notModifiedSince("yesterday", CHANGED, NOW)).isFalse();
        assertThat(Conditional.notModifiedSince("Tue, 01 Dec 2026 03:00:20 GMT", null, NOW))
                .as("no known time: never 304 on a date").isFalse();
    }

    @Test
    void datesGoOutAsHttpDates() {
        assertThat(Conditional.formatDate(CHANGED)).isEqualTo("Tue, 01 Dec 2026 03:00:10 GMT");
        assertThat(Conditional.parseDate(Conditional.formatDate(CHANGED))).isEqualTo("2026-12-01T03:00:10Z");
    }

    @Test
    void pagesAndJsonRevalidateInBrowsersAndLiveBrieflyOnTheCdn() {
        assertThat(Conditional.cacheControl(200, "application/json", "public, max-age=60", 60))
                .isEqualTo("max-age=0, must-revalidate, s-maxage=60");
        assertThat(Conditional.cacheControl(200, "text/html;charset=UTF-8", null, 120))
                .isEqualTo("max-age=0, must-revalidate, s-maxage=120");
    }

    @Test
    void errorsAndRedirectsAreNotKeptByTheCdn() {
        assertThat(Conditional.cacheControl(404, "application/problem+json", null, 60)).isEqualTo("max-age=0, must-revalidate");
        assertThat(Conditional.cacheControl(410, "text/html", "public, max-age=600", 60)).isEqualTo("max-age=0, must-revalidate");
        assertThat(Conditional.cacheControl(301, null, null, 60)).isEqualTo("max-age=0, must-revalidate");
    }

    @Test
    void photosPreviewsAndImmutableAssetsKeepTheirOwn() {
        assertThat(Conditional.cacheControl(200, "image/jpeg", "public, max-age=3600", 60)).isEqualTo("public, max-age=3600");
        assertThat(Conditional.cacheControl(304, null, "public, max-age=3600", 60)).isEqualTo("public, max-age=3600");
        assertThat(Conditional.cacheControl(200, "text/html", "no-store", 60)).isEqualTo("no-store");
        assertThat(Conditional.cacheControl(200, "text/html", "private, max-age=0", 60)).isEqualTo("private, max-age=0");
        assertThat(Conditional.cacheControl(200, "text/css", "public, max-age=31536000, immutable", 60))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(Conditional.cacheControl(200, "image/png", null, 60)).as("an image without its own")
                .isEqualTo("max-age=0, must-revalidate, s-maxage=60");
        assertThat(Conditional.personal("No-Store")).isTrue();
        assertThat(Conditional.personal("public, max-age=60")).isFalse();
    }
}
