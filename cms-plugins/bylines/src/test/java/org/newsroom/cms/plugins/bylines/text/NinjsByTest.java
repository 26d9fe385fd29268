package org.newsroom.cms.plugins.bylines.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NinjsByTest {

    @Test
    void readsBackWhatTheRendererWrites() {
        List<BylineText.Entry> entries = List.of(new BylineText.Entry("Hermansyah", Role.AUTHOR),
                new BylineText.Entry("Siti Rahma", Role.AUTHOR), new BylineText.Entry("Budi", Role.PHOTOGRAPHER));
        for (String language : List.of("id", "en")) {
            String text = BylineText.render(entries, language);
            assertThat(NinjsBy.parse(text)).containsExactly(new WireByline("Hermansyah", Role.AUTHOR, null),
                    new WireByline("Siti Rahma", Role.AUTHOR, null), new WireByline("Budi", Role.PHOTOGRAPHER, null));
        }
    }

    @Test
    void bareNamesAreAuthors() {
        assertThat(NinjsBy.parse("NTB")).extracting(WireByline::name).containsExactly("NTB");
        assertThat(NinjsBy.parse("Karl Melander/TT")).extracting(WireByline::name).containsExactly("Karl Melander/TT");
        assertThat(NinjsBy.parse("  ")).isEmpty();
    }
}
