package org.newsroom.cms.plugins.bylines.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Windows-1252 files with CRLF line ends read exactly like UTF-8 ones: the core decodes the bytes, and a
 * {@code \r} left in the text by any route must not change what the parser finds or leak into the body.
 */
class LineEndingsTest {

    private static final WireBylineParser PARSER = new WireBylineParser(List.of(), List.of(), Role.AUTHOR);
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void theSeedInWindows1252WithCrlfGivesTheSameBylinesAndBodyAsInUtf8() throws IOException {
        String utf8 = seed();
        byte[] windows = utf8.replace("\n", "\r\n").getBytes(CP1252);
        String decoded = new String(windows, CP1252);
        assertThat(decoded).contains("“Kami memiliki").contains("\r\n");

        WireBylineParser.Result fromUtf8 = PARSER.parse(paragraphs(utf8), "");
        WireBylineParser.Result fromWindows = PARSER.parse(paragraphs(decoded), "");

        assertThat(fromWindows.bylines()).containsExactly(new WireByline("Hermansyah", Role.AUTHOR, null))
                .isEqualTo(fromUtf8.bylines());
        assertThat(fromWindows.paragraphs()).isEqualTo(fromUtf8.paragraphs());
        assertThat(String.join("\n", fromWindows.paragraphs())).doesNotContain("\r");
    }

    @Test
    void crLeftInsideParagraphsNeverBreaksMatching() {
        String story = "Menteri itu tiba di Moskow pada hari Senin untuk pembicaraan.";
        for (String nl : List.of("\r\n", "\r", "\n")) {
            String lines = "Pewarta : Rina Wulandari" + nl + "Editor : Agus Salim" + nl;
            var labelled = PARSER.parse(List.of(story + nl, lines), "");
            assertThat(labelled.bylines()).as(escape(nl)).containsExactly(
                    new WireByline("Rina Wulandari", Role.REPORTER, null),
                    new WireByline("Agus Salim", Role.EDITOR, null));
            assertThat(labelled.paragraphs()).as(escape(nl)).containsExactly(story);

            var signOff = PARSER.parse(List.of(story, "Kedua pihak sepakat." + nl + "(ant/rdk)" + nl), "");
            assertThat(signOff.agency()).as(escape(nl)).isEqualTo("Antara");
            assertThat(signOff.deskInitials()).as(escape(nl)).containsExactly("rdk");
            assertThat(signOff.paragraphs()).as(escape(nl)).containsExactly(story, "Kedua pihak sepakat.");

            var glued = PARSER.parse(List.of(story, "Embargo dicabut pada 18 Oktober 2020. Hermansyah" + nl), "");
            assertThat(glued.bylines()).as(escape(nl)).containsExactly(new WireByline("Hermansyah", Role.AUTHOR, null));
            assertThat(glued.paragraphs()).as(escape(nl))
                    .containsExactly(story, "Embargo dicabut pada 18 Oktober 2020.");

            var top = PARSER.parse(List.of("Oleh: Bambang Sutrisno" + nl, story), "");
            assertThat(top.bylines()).as(escape(nl))
                    .containsExactly(new WireByline("Bambang Sutrisno", Role.AUTHOR, null));
        }
    }

    /** Blocks as the core splits them (blank lines between paragraphs), but with every {@code \r} left in. */
    private static List<String> paragraphs(String text) {
        List<String> blocks = new ArrayList<>(Arrays.asList(text.split("\n[ \t\r]*\n")));
        blocks.remove(0); // headline and caption
        blocks.set(0, blocks.get(0).replaceFirst("^Jakarta, HanTer - ", ""));
        return blocks;
    }

    private static String seed() throws IOException {
        try (InputStream in = LineEndingsTest.class.getResourceAsStream("/seeds/000_92a82fd6de2abda5.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String escape(String nl) {
        return nl.replace("\r", "\\r").replace("\n", "\\n");
    }
}
