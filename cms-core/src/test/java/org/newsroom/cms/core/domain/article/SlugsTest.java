package org.newsroom.cms.core.domain.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void headlineBecomesLowerCaseHyphenatedAscii() {
        assertThat(Slugs.fromHeadline("Iran akan Tingkatkan Kerja Sama Militer dengan Rusia"))
                .isEqualTo("iran-akan-tingkatkan-kerja-sama-militer-dengan-rusia");
        assertThat(Slugs.fromHeadline("  Café “Münster” — 2026: ½ price!  ")).isEqualTo("cafe-munster-2026-1-2-price");
    }

    @Test
    void headlinesWithoutLatinLettersStillGetASlug() {
        assertThat(Slugs.fromHeadline("日本語")).isEqualTo("article");
        assertThat(Slugs.fromHeadline("")).isEqualTo("article");
        assertThat(Slugs.fromHeadline(null)).isEqualTo("article");
    }

    @Test
    void longHeadlinesAreCutAtAWordBoundary() {
        String slug = Slugs.fromHeadline("word ".repeat(60));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-").endsWith("word");
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void suffixesAndValidity() {
        assertThat(Slugs.withSuffix("x", 1)).isEqualTo("x");
        assertThat(Slugs.withSuffix("x", 3)).isEqualTo("x-3");
        assertThat(Slugs.isValid("good-slug-2")).isTrue();
        assertThat(Slugs.isValid("Bad Slug")).isFalse();
        assertThat(Slugs.isValid("double--hyphen")).isFalse();
        assertThat(Slugs.isValid("-lead")).isFalse();
    }
}
