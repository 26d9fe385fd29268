package org.newsroom.cms.plugins.photocaptions.photos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticlePhotosTest {

    @Test
    void aSearchIsLowerCaseWordsOfLettersAndDigitsOnly() {
        assertThat(ArticlePhotos.words("  ANTARA FOTO/Budi  ")).containsExactly("antara", "foto", "budi");
        assertThat(ArticlePhotos.words("Kepala-Staf (2024)")).containsExactly("kepala", "staf", "2024");
        // nothing the store's tsquery could read as an operator gets through
        assertThat(ArticlePhotos.words("a & b | !c <-> d:* 'e'")).containsExactly("a", "b", "c", "d", "e");
        assertThat(ArticlePhotos.words("Jérôme Éluard")).containsExactly("jérôme", "éluard");
        assertThat(ArticlePhotos.words(null)).isEmpty();
        assertThat(ArticlePhotos.words(" ,;/ ")).isEmpty();
    }

    @Test
    void aSearchKeepsAtMostEightWordsOfFiftyCharacters() {
        assertThat(ArticlePhotos.words("a b c d e f g h i j")).hasSize(8).endsWith("h");
        assertThat(ArticlePhotos.words("x".repeat(80)).get(0)).hasSize(50);
    }
}
