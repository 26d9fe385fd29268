package org.newsroom.cms.plugins.bylines.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BylineTextTest {

    private static BylineText.Entry e(String name, Role role) {
        return new BylineText.Entry(name, role);
    }

    @Test
    void englishListsAuthorsWithAndWithoutSerialComma() {
        assertThat(BylineText.render(List.of(e("A", Role.AUTHOR)), "en")).isEqualTo("By A");
        assertThat(BylineText.render(List.of(e("A", Role.AUTHOR), e("B", Role.AUTHOR)), "en"))
                .isEqualTo("By A and B");
        assertThat(BylineText.render(List.of(e("A", Role.AUTHOR), e("B", Role.REPORTER), e("C", Role.AUTHOR)), "en"))
                .isEqualTo("By A, B and C");
    }

    @Test
    void indonesianUsesOlehAndDan() {
        assertThat(BylineText.render(List.of(e("A", Role.AUTHOR)), "id")).isEqualTo("Oleh A");
        assertThat(BylineText.render(List.of(e("A", Role.AUTHOR), e("B", Role.AUTHOR)), "id"))
                .isEqualTo("Oleh A dan B");
        assertThat(BylineText.render(List.of(e("A", Role.AUTHOR), e("B", Role.AUTHOR), e("C", Role.AUTHOR)), "id-ID"))
                .isEqualTo("Oleh A, B dan C");
    }

    @Test
    void otherRolesGetTheirOwnPartsInBothLanguages() {
        List<BylineText.Entry> all = List.of(e("Hermansyah", Role.AUTHOR), e("Rudi", Role.PHOTOGRAPHER),
                e("Ani", Role.TRANSLATOR), e("Agus", Role.EDITOR), e("Budi", Role.CONTRIBUTOR),
                e("Sari", Role.PHOTOGRAPHER));
        assertThat(BylineText.render(all, "en"))
                .isEqualTo("By Hermansyah. Photos: Rudi and Sari. Edited by Agus. Translated by Ani. Contributor: Budi");
        assertThat(BylineText.render(all, "id"))
                .isEqualTo("Oleh Hermansyah. Foto: Rudi dan Sari. Editor: Agus. Penerjemah: Ani. Kontributor: Budi");
    }

    @Test
    void photosOnlyAndNothing() {
        assertThat(BylineText.render(List.of(e("Rudi", Role.PHOTOGRAPHER)), "id")).isEqualTo("Foto: Rudi");
        assertThat(BylineText.render(List.of(e("Rudi", Role.PHOTOGRAPHER)), null)).isEqualTo("Photos: Rudi");
        assertThat(BylineText.render(List.of(), "en")).isEmpty();
    }

    @Test
    void aPersonNamedTwiceAsWriterIsListedOnce() {
        assertThat(BylineText.render(List.of(e("A", Role.AUTHOR), e("A", Role.REPORTER)), "en")).isEqualTo("By A");
    }

    @Test
    void theHtmlLineLinksPeopleWithAPageAndEscapesEveryName() {
        assertThat(BylineText.renderHtml(List.of(new BylineText.Entry("Ani <b>", Role.AUTHOR, "/authors/ani"),
                new BylineText.Entry("Tamu & Co", Role.AUTHOR, null), new BylineText.Entry("Budi", Role.PHOTOGRAPHER,
                "/authors/budi")), "id"))
                .isEqualTo("Oleh <a href=\"/authors/ani\">Ani &lt;b&gt;</a> dan Tamu &amp; Co. Foto: <a href=\"/authors/budi\">Budi</a>");
    }
}
