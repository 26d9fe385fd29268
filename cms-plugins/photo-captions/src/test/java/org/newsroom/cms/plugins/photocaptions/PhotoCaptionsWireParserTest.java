package org.newsroom.cms.plugins.photocaptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.WireDraft;
import org.newsroom.cms.plugin.api.WireParse;
import org.newsroom.cms.plugins.photocaptions.wire.CaptionSlot;

class PhotoCaptionsWireParserTest {

    private final PhotoCaptionsWireParser parser = new PhotoCaptionsWireParser(null);

    @Test
    void theFindingIsTheTypedCaptionSlotsAndTheCaptionLineLeavesTheBody() throws IOException {
        String raw;
        try (InputStream in = getClass().getResourceAsStream("/seeds/000_92a82fd6de2abda5.txt")) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> paragraphs = Arrays.stream(raw.substring(raw.indexOf('\n') + 1).split("\\R\\s*\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        WireDraft draft = new WireDraft(raw, "Iran akan Tingkatkan Kerja Sama Militer dengan Rusia", "Jakarta",
                "HanTer", "id", paragraphs);

        WireParse<List<CaptionSlot>> parsed = parser.parse(draft);

        assertThat(parser.order()).isEqualTo(100);
        assertThat(parsed.finding()).containsExactly(
                new CaptionSlot("Kepala Staf Angkatan Bersenjata Iran, Mayor Jenderal Mohammad Baqeri", null));
        assertThat(parsed.draft().paragraphs()).hasSize(paragraphs.size() - 1).noneMatch(p -> p.startsWith("Foto"));
        assertThat(parsed.draft().headline()).isEqualTo(draft.headline());
        assertThat(parsed.notes()).isEmpty();
    }

    @Test
    void captionAndCreditBothReachTheFindingAndADraftWithoutCaptionsGoesOnUnchanged() {
        WireDraft draft = new WireDraft("raw", "H", null, null, "id",
                List.of("FOTO: Warga antre minyak goreng/ANTARA", "Isi berita."));
        WireParse<List<CaptionSlot>> parsed = parser.parse(draft);
        assertThat(parsed.finding()).containsExactly(new CaptionSlot("Warga antre minyak goreng", "ANTARA"));
        assertThat(parsed.draft().paragraphs()).containsExactly("Isi berita.");

        WireDraft plain = new WireDraft("raw", "H", null, null, "id", List.of("Isi berita."));
        WireParse<List<CaptionSlot>> nothing = parser.parse(plain);
        assertThat(nothing.finding()).isNull();
        assertThat(nothing.draft()).isSameAs(plain);
    }
}
