package org.newsroom.cms.plugins.tagging.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagNamesTest {

    @Test
    void caseDiacriticsAndSpacesDoNotMakeNewTags() {
        assertThat(TagNames.key("Rusia")).isEqualTo(TagNames.key("rusia ")).isEqualTo(TagNames.key("RUSIA"));
        assertThat(TagNames.key("  São   Paulo ")).isEqualTo("sao paulo");
        assertThat(TagNames.key("Zürich")).isEqualTo(TagNames.key("zurich"));
        assertThat(TagNames.clean("  Kerja   Sama  ")).isEqualTo("Kerja Sama");
    }

    @Test
    void slugs() {
        assertThat(TagNames.slug("Angkatan Bersenjata Iran")).isEqualTo("angkatan-bersenjata-iran");
        assertThat(TagNames.slug("AT&T")).isEqualTo("at-t");
        assertThat(TagNames.slug("日本")).isEqualTo("tag");
    }

    @Test
    void limitsAndCharacters() {
        assertThat(TagNames.problem("Iran")).isNull();
        assertThat(TagNames.problem("Rolls-Royce")).isNull();
        assertThat(TagNames.problem("O'Neill & Sons")).isNull();
        assertThat(TagNames.problem("  ")).contains("empty");
        assertThat(TagNames.problem("x".repeat(81))).contains("limit is 80");
        assertThat(TagNames.problem("<script>")).contains("characters");
        assertThat(TagNames.problem("a;b")).contains("characters");
    }
}
