package org.newsroom.cms.core.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The headline search is a literal contains-match: LIKE's wildcards in the text are plain characters. */
class JpaArticleRepositoryTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreTakenLiterally() {
        assertThat(JpaArticleRepository.containsPattern("50%")).isEqualTo("%50!%%");
        assertThat(JpaArticleRepository.containsPattern("snake_case")).isEqualTo("%snake!_case%");
        assertThat(JpaArticleRepository.containsPattern("Wow!")).isEqualTo("%wow!!%");
    }

    @Test
    void lowerCasedLikeTheColumnItIsComparedWith() {
        assertThat(JpaArticleRepository.containsPattern("Gempa DI Palu")).isEqualTo("%gempa di palu%");
    }
}
