package org.newsroom.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.newsroom.cms.core.domain.article.ArticleContent;

class SiteBodyTest {

    static ArticleContent body(String html, String place, String source) {
        return new ArticleContent("H", null, html, place, source, "id", null);
    }

    @Test
    void theDatelineOpensTheFirstParagraphInTheWiresStyle() {
        assertThat(SiteBody.render(body("<p>Kementerian mengumumkan.</p><p>Dua.</p>", "Jakarta", "HanTer")))
                .isEqualTo("<p><span class=\"site-dateline\">JAKARTA, HanTer —</span> Kementerian mengumumkan.</p><p>Dua.</p>");
        assertThat(SiteBody.dateline(body("", "Surabaya", null))).isEqualTo("SURABAYA —");
        assertThat(SiteBody.dateline(body("", null, "Antara"))).isEqualTo("Antara —");
        assertThat(SiteBody.dateline(body("", " ", null))).isNull();
    }

    @Test
    void aBodyThatDoesNotOpenWithAParagraphGetsTheDatelineInOneOfItsOwn() {
        assertThat(SiteBody.render(body("<h2>Latar</h2><p>Teks.</p>", "Jakarta", null)))
                .isEqualTo("<p><span class=\"site-dateline\">JAKARTA —</span></p><h2>Latar</h2><p>Teks.</p>");
        assertThat(SiteBody.render(body("<p>Tanpa dateline.</p>", null, null))).isEqualTo("<p>Tanpa dateline.</p>");
    }

    @Test
    void theDescriptionIsTheStandfirstOrTheBodysOpeningWordsCutAfterAWord() {
        assertThat(SiteViews.description(new ArticleContent("H", "Ringkas.", "<p>Isi</p>", null, null, "id", null)))
                .isEqualTo("Ringkas.");
        String longBody = "<p>" + "kata ".repeat(60) + "</p>";
        String description = SiteViews.description(new ArticleContent("H", null, longBody, null, null, "id", null));
        assertThat(description).hasSizeLessThanOrEqualTo(160).endsWith("kata…");
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        assertThat(SiteViews.script(java.util.Map.of("headline", "</script><script>alert(1)</script> & more")))
                .doesNotContain("<").doesNotContain(">").doesNotContain("&")
                .contains("\\u003c/script\\u003e");
    }
}
