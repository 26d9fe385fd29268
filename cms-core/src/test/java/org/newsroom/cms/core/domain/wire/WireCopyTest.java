package org.newsroom.cms.core.domain.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/** The seed story and variants: encodings, line endings, datelines, empty and binary files. */
class WireCopyTest {

    static byte[] seed() throws Exception {
        try (var in = WireCopyTest.class.getResourceAsStream("/seeds/000_92a82fd6de2abda5.txt")) {
            return Objects.requireNonNull(in).readAllBytes();
        }
    }

    @Test
    void seedGivesHeadlineDatelineParagraphsAndLanguage() throws Exception {
        WireText.Decoded decoded = WireText.decode(seed());
        assertThat(decoded.ok()).isTrue();
        WireCopy copy = WireCopy.read(decoded.text());
        assertThat(copy.headline()).isEqualTo("Iran akan Tingkatkan Kerja Sama Militer dengan Rusia");
        assertThat(copy.datelinePlace()).isEqualTo("Jakarta");
        assertThat(copy.datelineSource()).isEqualTo("HanTer");
        assertThat(copy.language()).isEqualTo("id");
        // the caption line is still a paragraph here: the photo-captions plugin takes it out
        assertThat(copy.paragraphs()).hasSize(10);
        assertThat(copy.paragraphs().get(0)).startsWith("Foto : Kepala Staf");
        assertThat(copy.paragraphs().get(1)).startsWith("Panglima tertinggi Iran");
        assertThat(copy.paragraphs().get(9)).endsWith("(JCPOA). Hermansyah");
        assertThat(copy.paragraphs().get(7)).contains("“Kami memiliki kerja sama");
    }

    @Test
    void bomCrlfAndWindows1252AreHandled() throws Exception {
        String text = new String(seed(), StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        WireCopy fromBom = WireCopy.read(WireText.decode(bom).text());
        assertThat(fromBom.headline()).isEqualTo("Iran akan Tingkatkan Kerja Sama Militer dengan Rusia");
        assertThat(fromBom.paragraphs()).hasSize(10);

        byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
        WireText.Decoded decoded = WireText.decode(cp1252);
        assertThat(decoded.charset()).isEqualTo("windows-1252");
        assertThat(decoded.text()).contains("“Kami memiliki");

        byte[] oldMac = text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8);
        assertThat(WireCopy.read(WireText.decode(oldMac).text()).paragraphs()).hasSize(10);
    }

    @Test
    void emptyAndBinaryFilesAreRefusedWithAReason() {
        assertThat(WireText.decode(new byte[0]).error()).contains("empty");
        assertThat(WireText.decode("  \n\n ".getBytes(StandardCharsets.UTF_8)).error()).contains("no text");
        assertThat(WireText.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}).error()).contains("not text");
    }

    @Test
    void datelineFormsAndTheirAbsence() {
        WireCopy upper = WireCopy.read("Judul\n\nJAKARTA (Antara) - Presiden berbicara di istana dan menteri hadir.");
        assertThat(upper.datelinePlace()).isEqualTo("Jakarta");
        assertThat(upper.datelineSource()).isEqualTo("Antara");
        assertThat(upper.paragraphs().get(0)).startsWith("Presiden berbicara");

        WireCopy none = WireCopy.read("Headline\n\nThe minister said on Monday that the talks were over.");
        assertThat(none.datelinePlace()).isNull();
        assertThat(none.paragraphs().get(0)).startsWith("The minister said");
        assertThat(none.language()).isEqualTo("en");

        WireCopy dash = WireCopy.read("Title\n\nMoskow, HanTer – Pejabat itu mengatakan bahwa rapat akan dilanjutkan.");
        assertThat(dash.datelinePlace()).isEqualTo("Moskow");
        assertThat(dash.datelineSource()).isEqualTo("HanTer");
    }

    @Test
    void linesOfOneParagraphAreJoinedAndLeadingBlankLinesSkipped() {
        WireCopy copy = WireCopy.read("\n\n  Headline here  \n\nFirst line\nsecond line\n\n\nNext paragraph\n");
        assertThat(copy.headline()).isEqualTo("Headline here");
        assertThat(copy.paragraphs()).containsExactly("First line\nsecond line", "Next paragraph");
    }
}
