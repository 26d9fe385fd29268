package org.newsroom.cms.core.domain.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PreviewTokensTest {

    @Test
    void aTokenIs32RandomBytesInBase64urlWithoutPadding() {
        String token = PreviewTokens.generate();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(PreviewTokens.wellFormed(token)).isTrue();
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(PreviewTokens.generate())).isTrue();
        }
    }

    @Test
    void theStoredFormIsTheSha256AndRevealsNothingOfTheToken() {
        String token = PreviewTokens.generate();
        String hash = PreviewTokens.hash(token);
        assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain(token);
        assertThat(PreviewTokens.hash(token)).isEqualTo(hash);
        assertThat(PreviewTokens.hash(PreviewTokens.generate())).isNotEqualTo(hash);
        // the SHA-256 of "abc" (FIPS 180-2), so this is SHA-256 and not some other digest
        assertThat(PreviewTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void anythingElseIsNoTokenOfOurs() {
        assertThat(PreviewTokens.wellFormed(null)).isFalse();
        assertThat(PreviewTokens.wellFormed("")).isFalse();
        assertThat(PreviewTokens.wellFormed("short")).isFalse();
        assertThat(PreviewTokens.wellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(PreviewTokens.wellFormed("a".repeat(44))).isFalse();
        assertThat(PreviewTokens.wellFormed("a".repeat(42) + "/")).isFalse();
    }
}
