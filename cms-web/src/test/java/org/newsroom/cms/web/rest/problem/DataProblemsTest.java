package org.newsroom.cms.web.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** The database refusing a value is the client's problem, said without SQL. */
class DataProblemsTest {

    @Test
    void aValueTooLongIs422WithTheLimitAndNoSql() {
        ProblemDetail p = DataProblems.of(wrapped(new SQLException("ERROR: value too long for type character "
                + "varying(200)", "22001"))).orElseThrow();
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.detail()).isEqualTo("A value is longer than allowed (at most 200 characters); shorten it and send "
                + "the request again.").doesNotContain("varying");
    }

    @Test
    void nulTimeAndNumberOverflowsAre400() {
        assertThat(DataProblems.answer("22021", "ERROR: invalid byte sequence for encoding \"UTF8\": 0x00").orElseThrow()
                .type()).isEqualTo("invalid-text");
        assertThat(DataProblems.answer("22008", "ERROR: timestamp out of range").orElseThrow().detail())
                .contains("1900", "9999");
        assertThat(DataProblems.answer("22003", "ERROR: integer out of range").orElseThrow().status()).isEqualTo(400);
        assertThat(DataProblems.answer("22P02", "ERROR: invalid input syntax").orElseThrow().status()).isEqualTo(400);
    }

    @Test
    void aLostRaceForTheNextRevisionNumberIs412() {
        ProblemDetail p = DataProblems.of(wrapped(new SQLException("ERROR: duplicate key value violates unique "
                + "constraint \"article_revision_number_uk\"", "23505"))).orElseThrow();
        assertThat(p.status()).isEqualTo(412);
        assertThat(p.title()).isEqualTo("The article changed meanwhile");
    }

    @Test
    void otherErrorsAreNotTheClientsDoing() {
        assertThat(DataProblems.of(wrapped(new SQLException("ERROR: duplicate key value violates unique constraint "
                + "\"cms_user_username_uk\"", "23505")))).isEmpty();
        assertThat(DataProblems.of(wrapped(new SQLException("connection refused", "08001")))).isEmpty();
        assertThat(DataProblems.of(new IllegalStateException("no SQL at all"))).isEmpty();
    }

    private static RuntimeException wrapped(SQLException sql) {
        return new IllegalStateException("commit failed", new RuntimeException("could not execute statement", sql));
    }
}
