package org.newsroom.cms.plugins.bylines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugins.bylines.text.BylineText;
import org.newsroom.cms.plugins.bylines.text.Role;

class NinjsByTest {

    @Test
    void readsBackWhatTheRendererWrites() {
        List<BylineText.Entry> entries = List.of(new BylineText.Entry("Hermansyah", Role.AUTHOR),
                new BylineText.Entry("Siti Rahma", Role.AUTHOR), new BylineText.Entry("Budi", Role.PHOTOGRAPHER));
        for (String language : List.of("id", "en")) {
            String text = BylineText.render(entries, language);
            assertThat(NinjsBy.parse(text)).extracting(m -> m.get("name") + "/" + m.get("role"))
                    .containsExactly("Hermansyah/author", "Siti Rahma/author", "Budi/photographer");
        }
    }

    @Test
    void bareNamesAreAuthors() {
        assertThat(NinjsBy.parse("NTB")).extracting(m -> m.get("name")).containsExactly("NTB");
        assertThat(NinjsBy.parse("Karl Melander/TT")).extracting(m -> m.get("name")).containsExactly("Karl Melander/TT");
        assertThat(NinjsBy.parse("  ")).isEmpty();
    }
}
