package org.newsroom.cms.core.interchange.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewsArticleJsonLdTest {

    @Test
    void aLongHeadlineIsCutAfterAWholeWordWithAnEllipsisWithin110Characters() {
        String headline = "Pemerintah Provinsi DKI Jakarta mengumumkan rencana besar penanganan banjir rob di pesisir "
                + "utara yang akan dimulai tahun depan";
        assertThat(headline.length()).isGreaterThan(110);
        String cut = NewsArticleJsonLd.shortHeadline(headline);
        assertThat(cut).hasSizeLessThanOrEqualTo(110).endsWith("…");
        assertThat(headline).startsWith(cut.substring(0, cut.length() - 1));
        assertThat(headline.charAt(cut.length() - 1)).as("cut at a word boundary").isEqualTo(' ');
    }

    @Test
    void aShortHeadlineIsKept() {
        String exactly110 = "a".repeat(110);
        assertThat(NewsArticleJsonLd.shortHeadline(exactly110)).isEqualTo(exactly110);
        assertThat(NewsArticleJsonLd.shortHeadline("Banjir di Demak")).isEqualTo("Banjir di Demak");
    }
}
