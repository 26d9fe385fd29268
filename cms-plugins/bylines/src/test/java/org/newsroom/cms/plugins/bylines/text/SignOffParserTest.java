package org.newsroom.cms.plugins.bylines.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Parenthesised sign-offs at the end of wire copy: reporters, agencies and the desk's initials. */
class SignOffParserTest {

    private static final WireBylineParser PARSER = new WireBylineParser(List.of(), List.of(), Role.AUTHOR);
    private static final String STORY = "Panglima tertinggi Iran mengatakan Republik Islam tegas pada peningkatan "
            + "kerja sama militer dengan Rusia.";
    private static final String FIRST = "Menteri itu tiba di Moskow pada hari Senin untuk pembicaraan dua hari.";

    @Test
    void aParenthesisedReporterGluedAfterTheLastSentenceIsABylineAndLeavesTheBody() {
        var r = PARSER.parse(List.of(FIRST, STORY + " (Budi Santoso)"), "");
        assertThat(r.bylines()).containsExactly(new WireByline("Budi Santoso", Role.AUTHOR, null));
        assertThat(r.paragraphs()).containsExactly(FIRST, STORY);
        assertThat(r.agency()).isNull();
    }

    @Test
    void aParenthesisedReporterOnItsOwnLine() {
        var r = PARSER.parse(List.of(FIRST, STORY, "(Budi Santoso)"), "");
        assertThat(r.bylines()).containsExactly(new WireByline("Budi Santoso", Role.AUTHOR, null));
        assertThat(r.paragraphs()).containsExactly(FIRST, STORY);
    }

    @Test
    void agencyCodeAndDeskInitialsBecomeTheSourceAndANoteNeverAByline() {
        for (String signOff : List.of("(ant/rdk)", "(ANT/rdk)", "( ant / rdk )")) {
            var glued = PARSER.parse(List.of(FIRST, STORY + " " + signOff), "");
            assertThat(glued.bylines()).as(signOff).isEmpty();
            assertThat(glued.agency()).as(signOff).isEqualTo("Antara");
            assertThat(glued.deskInitials()).as(signOff).containsExactly("rdk");
            assertThat(glued.paragraphs()).as(signOff).containsExactly(FIRST, STORY);
        }
        var own = PARSER.parse(List.of(FIRST, STORY, "(dtk/abc)"), "");
        assertThat(own.bylines()).isEmpty();
        assertThat(own.agency()).isEqualTo("detikcom");
        assertThat(own.deskInitials()).containsExactly("abc");
        assertThat(own.paragraphs()).containsExactly(FIRST, STORY);
    }

    @Test
    void theAgencyMayBeNamedInFullAndWithoutASpaceBeforeTheParenthesis() {
        var r = PARSER.parse(List.of(FIRST, STORY + "(Antara/xyz)"), "");
        assertThat(r.bylines()).isEmpty();
        assertThat(r.agency()).isEqualTo("Antara");
        assertThat(r.deskInitials()).containsExactly("xyz");
        assertThat(r.paragraphs()).containsExactly(FIRST, STORY);
    }

    @Test
    void initialsAreKeptApartFromReportersInOneSignOff() {
        var r = PARSER.parse(List.of(FIRST, STORY + " (Budi Santoso/ant/rdk)"), "");
        assertThat(r.bylines()).containsExactly(new WireByline("Budi Santoso", Role.AUTHOR, "Antara"));
        assertThat(r.agency()).isEqualTo("Antara");
        assertThat(r.deskInitials()).containsExactly("rdk");
    }

    @Test
    void aReporterLineAndASignOffTogether() {
        var r = PARSER.parse(List.of(FIRST, STORY, "Reporter: Safari Ahmad", "(ant/rdk)"), "");
        assertThat(r.bylines()).containsExactly(new WireByline("Safari Ahmad", Role.REPORTER, null));
        assertThat(r.agency()).isEqualTo("Antara");
        assertThat(r.deskInitials()).containsExactly("rdk");
        assertThat(r.paragraphs()).containsExactly(FIRST, STORY);
    }

    @Test
    void theAgencyTableIsEditable() {
        WireBylineParser parser = new WireBylineParser(List.of(), List.of(), Role.AUTHOR,
                Agencies.of(List.of("hnt=HanTer", "ant=Kantor Berita Antara")));
        var r = parser.parse(List.of(FIRST, STORY + " (hnt/ab)"), "");
        assertThat(r.agency()).isEqualTo("HanTer");
        assertThat(r.deskInitials()).containsExactly("ab");
        assertThat(parser.parse(List.of(FIRST, STORY + " (ant/rdk)"), "").agency()).isEqualTo("Kantor Berita Antara");
        var unknown = parser.parse(List.of(FIRST, STORY + " (dtk/abc)"), "");
        assertThat(unknown.agency()).as("dtk is not in this table").isNull();
        assertThat(unknown.paragraphs()).containsExactly(FIRST, STORY + " (dtk/abc)");
    }

    // ---- counter-examples: text that stays ----

    @Test
    void aCapitalisedWordThatEndsTheSentenceStays() {
        for (String last : List.of("Pertemuan itu dibuka oleh Budi Santoso.", "Kedua menteri bertemu di Jakarta.",
                "Hal itu disampaikan oleh juru bicara Antara.")) {
            var r = PARSER.parse(List.of(FIRST, last), "");
            assertThat(r.empty()).as(last).isTrue();
            assertThat(r.paragraphs()).as(last).containsExactly(FIRST, last);
        }
    }

    @Test
    void aParenthesisInsideTheSentenceStays() {
        for (String last : List.of("Ia bertemu dengan menteri luar negeri (Retno Marsudi)",
                "Berita itu dikutip dari kantor berita (Antara)", "Yang disebut Rencana Aksi Gabungan (JCPOA)",
                STORY + " (Selesai)", STORY + " (Presiden Joko Widodo)", STORY + " (ant/Presiden Joko)")) {
            var r = PARSER.parse(List.of(FIRST, last), "");
            assertThat(r.empty()).as(last).isTrue();
            assertThat(r.paragraphs()).as(last).containsExactly(FIRST, last);
        }
    }

    @Test
    void aSignOffAloneIsNeverTheWholeStory() {
        var r = PARSER.parse(List.of("(Budi Santoso)"), "");
        assertThat(r.paragraphs()).containsExactly("(Budi Santoso)");
        assertThat(r.bylines()).isEmpty();
    }
}
