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

    @Test
    void monthsAreGroupedInTheZonePostgresqlNamesTheSame() {
        assertThat(JpaArticleRepository.postgresZone(java.time.ZoneId.of("Asia/Jakarta"))).isEqualTo("Asia/Jakarta");
        // POSIX offsets count west of Greenwich: UTC+07:00 is "UTC-07:00" to PostgreSQL
        assertThat(JpaArticleRepository.postgresZone(java.time.ZoneOffset.ofHours(7))).isEqualTo("UTC-07:00:00");
        assertThat(JpaArticleRepository.postgresZone(java.time.ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("UTC+03:30:00");
        assertThat(JpaArticleRepository.postgresZone(java.time.ZoneId.of("UTC"))).isEqualTo("UTC+00:00:00");
    }
}
