package org.newsroom.cms.plugins.photocaptions.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionParserTest {

    static String seed() throws IOException {
        try (InputStream in = CaptionParserTest.class.getResourceAsStream("/seeds/000_92a82fd6de2abda5.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Roughly what the core hands parsers: blocks split on blank lines, the headline line removed. */
    static List<String> paragraphsOf(String raw) {
        String withoutHeadline = raw.substring(raw.indexOf('\n') + 1);
        return Arrays.stream(withoutHeadline.split("\\R\\s*\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    @Test
    void theSeedsSecondLineBecomesTheLeadCaptionAndLeavesTheBody() throws IOException {
        String raw = seed();
        List<String> paragraphs = paragraphsOf(raw);
        assertThat(paragraphs.get(0)).startsWith("Foto : Kepala Staf");

        CaptionParser.Result result = CaptionParser.extract(paragraphs);

        assertThat(result.captions()).containsExactly(
                new CaptionSlot("Kepala Staf Angkatan Bersenjata Iran, Mayor Jenderal Mohammad Baqeri", null));
        assertThat(result.paragraphs()).hasSize(paragraphs.size() - 1);
        assertThat(result.paragraphs().get(0)).startsWith("Jakarta, HanTer - Panglima tertinggi Iran");
        assertThat(String.join("\n", result.paragraphs())).doesNotContain("Foto");
    }

    @Test
    void aCaptionLineInsideABlockIsTakenAndTheRestOfTheBlockKept() throws IOException {
        String raw = seed();
        List<String> oneBlock = List.of(raw.substring(0, raw.indexOf("\n\n")));
        CaptionParser.Result result = CaptionParser.extract(oneBlock);
        assertThat(result.captions()).extracting(CaptionSlot::caption)
                .containsExactly("Kepala Staf Angkatan Bersenjata Iran, Mayor Jenderal Mohammad Baqeri");
        assertThat(result.paragraphs()).containsExactly("Iran akan Tingkatkan Kerja Sama Militer dengan Rusia");
    }

    @Test
    void agencyInParenthesesIsTheCredit() {
        assertThat(CaptionParser.parseLine("Foto: Presiden Joko Widodo di Istana Merdeka (Reuters)")).contains(
                new CaptionSlot("Presiden Joko Widodo di Istana Merdeka", "Reuters"));
        assertThat(CaptionParser.parseLine("Photo: Flood victims in Demak. (AFP)")).contains(
                new CaptionSlot("Flood victims in Demak.", "AFP"));
    }

    @Test
    void antaraAfterASlashIsTheCredit() {
        assertThat(CaptionParser.parseLine("FOTO: Warga melintasi banjir di Jakarta Utara/ANTARA")).contains(
                new CaptionSlot("Warga melintasi banjir di Jakarta Utara", "ANTARA"));
        assertThat(CaptionParser.parseLine("FOTO: Warga melintasi banjir. ANTARA FOTO/Sigid Kurniawan")).contains(
                new CaptionSlot("Warga melintasi banjir.", "ANTARA FOTO/Sigid Kurniawan"));
        assertThat(CaptionParser.parseLine("FOTO: Suasana rapat 17/9 di DPR / ANTARA FOTO/Rivan Awal")).contains(
                new CaptionSlot("Suasana rapat 17/9 di DPR", "ANTARA FOTO/Rivan Awal"));
    }

    @Test
    void trailingFotoCreditMakesCaptionAndCredit() {
        assertThat(CaptionParser.parseLine("Menteri Keuangan memberi keterangan pers. (Foto: Istimewa)")).contains(
                new CaptionSlot("Menteri Keuangan memberi keterangan pers", "Istimewa"));
        assertThat(CaptionParser.parseLine("(Foto: Dok. Humas Polri)")).contains(new CaptionSlot(null, "Dok. Humas Polri"));
        assertThat(CaptionParser.parseLine("Foto : Banjir di Demak (Foto: Antara/Aji Styawan)")).contains(
                new CaptionSlot("Banjir di Demak", "Antara/Aji Styawan"));
    }

    @Test
    void aKnownAgencyAloneIsACreditNotACaption() {
        assertThat(CaptionParser.parseLine("Foto: Reuters")).contains(new CaptionSlot(null, "Reuters"));
        assertThat(CaptionParser.parseLine("FOTO : ANTARA")).contains(new CaptionSlot(null, "ANTARA"));
    }

    @Test
    void aStrayParentheticalRemarkIsNotACredit() {
        assertThat(CaptionParser.parseLine("Foto: Presiden bersama Wapres (kiri)")).contains(
                new CaptionSlot("Presiden bersama Wapres (kiri)", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Jakarta, HanTer - Panglima tertinggi Iran mengatakan Republik Islam tegas.",
            "Wartawan foto: mereka datang pagi-pagi.",
            "Dia mengatakan foto: tidak ada.",
            "Embargo dicabut pada 18/10/2020 di bawah Resolusi Dewan Keamanan 2231.",
            "Sebuah foto (kiri) menunjukkan pertemuan itu.",
            ""})
    void bodyTextIsNotACaption(String line) {
        assertThat(CaptionParser.parseLine(line)).isEmpty();
    }

    @Test
    void aLongParagraphEndingInAFotoCreditStaysInTheBody() {
        String longParagraph = "Kalimat panjang. ".repeat(40) + "(Foto: Reuters)";
        assertThat(CaptionParser.parseLine(longParagraph)).isEmpty();
    }
}
