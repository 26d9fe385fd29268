package org.newsroom.cms.web.rest.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsafeTextTest {

    @Test
    void nulAndLoneSurrogatesAreFlawsEverythingElseIsNot() {
        assertThat(UnsafeText.flaw("a\u0000b")).isEqualTo("contains a NUL character (U+0000)");
        assertThat(UnsafeText.flaw("\uD800")).contains("lone surrogate (U+D800)");
        assertThat(UnsafeText.flaw("x\uDFFF")).contains("U+DFFF");
        assertThat(UnsafeText.flaw("\uDE00\uD83D")).contains("U+DE00");
        assertThat(UnsafeText.flaw("emoji 😀 🇮🇩, RTL \u202E, tab\t, newline\n, BOM \uFEFF")).isNull();
        assertThat(UnsafeText.flaw((String) null)).isNull();
        char[] chars = "ab\u0000cd".toCharArray();
        assertThat(UnsafeText.flaw(chars, 0, 2)).isNull();
        assertThat(UnsafeText.flaw(chars, 1, 3)).isNotNull();
    }

    @Test
    void scrubbedTextIsSafeToRepeat() {
        assertThat(UnsafeText.scrubbed("a\u0000b\uD800c😀")).isEqualTo("a\uFFFDb\uFFFDc😀");
        String fine = "plain";
        assertThat(UnsafeText.scrubbed(fine)).isSameAs(fine);
    }
}
