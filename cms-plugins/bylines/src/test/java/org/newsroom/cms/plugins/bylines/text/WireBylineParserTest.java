package org.newsroom.cms.plugins.bylines.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WireBylineParserTest {

    private static final WireBylineParser PARSER = new WireBylineParser(List.of(), List.of(), Role.AUTHOR);

    private static List<WireByline> found(WireBylineParser.Result r) {
        return r.bylines();
    }

    private static WireByline author(String name) {
        return new WireByline(name, Role.AUTHOR, null);
    }

    private static final String STORY = "Panglima tertinggi Iran mengatakan Republik Islam tegas pada peningkatan "
            + "kerja sama militer dengan Rusia.";

    // ---- the seed ----

    @Test
    void theSeedsBylineGluedAfterTheLastSentenceIsFoundAndRemoved() throws IOException {
        List<String> blocks = seedParagraphs();
        WireBylineParser.Result result = PARSER.parse(blocks, "Iran akan Tingkatkan Kerja Sama Militer dengan Rusia");

        assertThat(found(result)).containsExactly(author("Hermansyah"));
        String last = result.paragraphs().get(result.paragraphs().size() - 1);
        assertThat(last).endsWith("Rencana Aksi Komprehensif Gabungan (JCPOA).").doesNotContain("Hermansyah");
        assertThat(result.paragraphs()).hasSameSizeAs(blocks);
        assertThat(result.paragraphs().get(0)).as("the photo caption at the top is not a byline")
                .startsWith("Foto : Kepala Staf");
        assertThat(result.paragraphs().subList(0, blocks.size() - 1)).isEqualTo(blocks.subList(0, blocks.size() - 1));
        assertThat(result.agency()).isNull();
        assertThat(result.deskInitials()).isEmpty();
    }

    static List<String> seedParagraphs() throws IOException {
        try (InputStream in = WireBylineParserTest.class.getResourceAsStream("/seeds/000_92a82fd6de2abda5.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> blocks = new ArrayList<>(Arrays.asList(text.strip().split("\\R\\s*\\R")));
            String first = blocks.remove(0); // headline + photo caption line
            blocks.add(0, first.substring(first.indexOf('\n') + 1).strip());
            return blocks;
        }
    }

    // ---- labelled lines ----

    @Test
    void reporterLineAtTheEnd() {
        var r = PARSER.parse(List.of(STORY, "Reporter: Siti Rahmawati"), "");
        assertThat(found(r)).containsExactly(new WireByline("Siti Rahmawati", Role.REPORTER, null));
        assertThat(r.paragraphs()).containsExactly(STORY);
    }

    @Test
    void penulisWithTwoNamesAndDan() {
        var r = PARSER.parse(List.of(STORY, "Penulis: Ahmad Fauzi dan Dewi Lestari"), "");
        assertThat(found(r)).containsExactly(author("Ahmad Fauzi"), author("Dewi Lestari"));
    }

    @Test
    void olehWithColonAtTheTop() {
        var r = PARSER.parse(List.of("Oleh: Bambang Sutrisno", STORY), "");
        assertThat(found(r)).containsExactly(author("Bambang Sutrisno"));
        assertThat(r.paragraphs()).containsExactly(STORY);
    }

    @Test
    void englishByLineAtTheTop() {
        var r = PARSER.parse(List.of("By Jane Doe and John Smith", "The minister arrived on Monday."), "");
        assertThat(found(r)).containsExactly(author("Jane Doe"), author("John Smith"));
        assertThat(r.paragraphs()).containsExactly("The minister arrived on Monday.");
    }

    @Test
    void antaraSignOffOnItsOwnLineAndGlued() {
        var own = PARSER.parse(List.of(STORY, "(Budi Santoso/Antara)"), "");
        assertThat(found(own)).containsExactly(new WireByline("Budi Santoso", Role.AUTHOR, "Antara"));
        assertThat(own.paragraphs()).containsExactly(STORY);
        assertThat(own.agency()).isEqualTo("Antara");
        assertThat(own.deskInitials()).isEmpty();

        var glued = PARSER.parse(List.of(STORY + " (Budi Santoso/Antara)"), "");
        assertThat(found(glued)).extracting(WireByline::name).containsExactly("Budi Santoso");
        assertThat(glued.paragraphs()).containsExactly(STORY);
    }

    @Test
    void antaraStylePewartaAndEditorLinesInOneBlock() {
        var r = PARSER.parse(List.of(STORY, "Pewarta : Rina Wulandari\nEditor : Agus Salim"), "");
        assertThat(found(r)).containsExactly(new WireByline("Rina Wulandari", Role.REPORTER, null),
                new WireByline("Agus Salim", Role.EDITOR, null));
        assertThat(r.paragraphs()).containsExactly(STORY);
    }

    @Test
    void photographerAndTranslatorAtTheEnd() {
        var r = PARSER.parse(List.of(STORY, "Penulis: Dewi Lestari", "Foto: Rudi Hartono", "Penerjemah: Ani Yudhoyono"),
                "");
        assertThat(found(r)).extracting(WireByline::role)
                .containsExactly(Role.AUTHOR, Role.PHOTOGRAPHER, Role.TRANSLATOR);
        assertThat(r.paragraphs()).containsExactly(STORY);
    }

    @Test
    void aNameAloneOnTheLastLine() {
        var r = PARSER.parse(List.of(STORY, "Hermansyah"), "");
        assertThat(found(r)).containsExactly(author("Hermansyah"));
        assertThat(r.paragraphs()).containsExactly(STORY);
    }

    @Test
    void knownContributorsAreRecognisedEvenInCapitalsOrWithoutDiacritics() {
        WireBylineParser parser = new WireBylineParser(List.of("Hérmansyah", "Siti Rahmawati"), List.of(),
                Role.AUTHOR);
        var shouted = parser.parse(List.of(STORY + " HERMANSYAH"), "");
        assertThat(found(shouted)).extracting(WireByline::name).containsExactly("HERMANSYAH");
        assertThat(shouted.paragraphs()).containsExactly(STORY);

        var top = parser.parse(List.of("siti rahmawati", STORY), "");
        assertThat(found(top)).extracting(WireByline::name).containsExactly("siti rahmawati");
        assertThat(top.paragraphs()).containsExactly(STORY);
    }

    @Test
    void aGluedNameWithAnInitialKeepsTheInitial() {
        var r = PARSER.parse(List.of(STORY + " M. Hermansyah"), "");
        assertThat(found(r)).containsExactly(author("M. Hermansyah"));
        assertThat(r.paragraphs()).containsExactly(STORY);
    }

    @Test
    void extraPatternsFromTheConfigAndTheirRole() {
        WireBylineParser parser = new WireBylineParser(List.of(), List.of(
                Pattern.compile("^Laporan wartawan (?<name>.+)$"),
                Pattern.compile("\\[(?<role>photographer|editor)=(?<name>[^\\]]+)\\]$")), Role.REPORTER);
        var line = parser.parse(List.of(STORY, "Laporan wartawan Yudi Prasetyo"), "");
        assertThat(found(line)).containsExactly(new WireByline("Yudi Prasetyo", Role.REPORTER, null));
        var glued = parser.parse(List.of(STORY + " [photographer=Rudi Hartono]"), "");
        assertThat(found(glued)).containsExactly(new WireByline("Rudi Hartono", Role.PHOTOGRAPHER, null));
        assertThat(glued.paragraphs()).containsExactly(STORY);
    }

    @Test
    void defaultRoleAppliesToUnlabelledNames() {
        WireBylineParser parser = new WireBylineParser(List.of(), List.of(), Role.REPORTER);
        assertThat(found(parser.parse(List.of(STORY + " Hermansyah"), "")))
                .containsExactly(new WireByline("Hermansyah", Role.REPORTER, null));
    }

    // ---- counter-examples: real sentences stay ----

    @Test
    void aSentenceEndingWithAPresidentsNameIsNotAByline() {
        List<String> story = List.of(STORY, "Pertemuan itu dibuka oleh Presiden Joko Widodo.",
                "Hal itu disampaikan kata Presiden Joko Widodo.");
        var r = PARSER.parse(story, "");
        assertThat(found(r)).isEmpty();
        assertThat(r.paragraphs()).isEqualTo(story);
    }

    @Test
    void aSentenceEndingWithAPlaceIsNotAByline() {
        List<String> story = List.of(STORY, "Kedua menteri itu kemudian bertemu di Jakarta.");
        assertThat(found(PARSER.parse(story, ""))).isEmpty();
        assertThat(PARSER.parse(story, "").paragraphs()).isEqualTo(story);
    }

    @Test
    void aLastSentenceWithoutFullStopIsNotAByline() {
        List<String> story = List.of(STORY, "Pertemuan itu berlangsung di Jakarta");
        assertThat(found(PARSER.parse(story, ""))).isEmpty();
    }

    @Test
    void aGluedNameTheStoryIsAboutIsNotAByline() {
        List<String> story = List.of("Baqeri tiba di Moskow pada hari Senin.",
                "“Kami memiliki kerja sama dengan Rusia.” Baqeri");
        var r = PARSER.parse(story, "");
        assertThat(found(r)).isEmpty();
        assertThat(r.paragraphs()).isEqualTo(story);
    }

    @Test
    void titlesAcronymsAndSentenceStartersAfterTheLastFullStopAreNotBylines() {
        for (String tail : List.of("Presiden Joko Widodo", "JCPOA", "Dia Datang", "Baca Juga", "Selesai")) {
            List<String> story = List.of(STORY, "Embargo dicabut pada 18 Oktober 2020. " + tail);
            assertThat(found(PARSER.parse(story, ""))).as(tail).isEmpty();
        }
        List<String> acronym = List.of(STORY, "Yang dikenal sebagai Rencana Aksi Komprehensif Gabungan (JCPOA)");
        assertThat(found(PARSER.parse(acronym, ""))).isEmpty();
    }

    @Test
    void sentencesStartingWithOlehOrByAreNotBylines() {
        List<String> story = List.of("Oleh karena itu, pemerintah akan menaikkan anggaran pertahanan.",
                "By the end of the year, officials said, the embargo would be lifted.");
        var r = PARSER.parse(story, "");
        assertThat(found(r)).isEmpty();
        assertThat(r.paragraphs()).isEqualTo(story);
    }

    @Test
    void aPhotoCaptionWithTitlesIsNotAPhotographerByline() {
        List<String> story = List.of(STORY,
                "Foto : Kepala Staf Angkatan Bersenjata Iran, Mayor Jenderal Mohammad Baqeri");
        var r = PARSER.parse(story, "");
        assertThat(found(r)).isEmpty();
        assertThat(r.paragraphs()).isEqualTo(story);
    }

    @Test
    void aStoryOfOneNameIsNeverEmptied() {
        var r = PARSER.parse(List.of("Hermansyah"), "");
        assertThat(r.paragraphs()).containsExactly("Hermansyah");
        assertThat(found(r)).isEmpty();
    }

    @Test
    void nothingToFindLeavesTheParagraphsAsTheyAre() {
        List<String> story = List.of(STORY, "Rusia dan China memberikan suara menentang mosi tersebut.");
        var r = PARSER.parse(story, "");
        assertThat(found(r)).isEmpty();
        assertThat(r.paragraphs()).isEqualTo(story);
    }
}
