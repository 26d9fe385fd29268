package org.newsroom.cms.core.infrastructure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySanitizerTest {

    private final BodySanitizer sanitizer = new BodySanitizer();

    @Test
    void scriptsHandlersAndJavascriptUrlsAreRemoved() {
        String out = sanitizer.sanitize("<p onclick=\"steal()\">Hi<script>alert(1)</script></p>"
                + "<a href=\"javascript:alert(1)\">x</a><iframe src=\"https://evil\"></iframe>");
        assertThat(out).doesNotContain("script", "onclick", "javascript", "iframe", "alert");
        assertThat(out).contains("<p>Hi</p>");
    }

    @Test
    void storyStructureSurvives() {
        String html = "<h2>Sub</h2><p>Panglima <strong>tertinggi</strong> Iran, <em>kata</em> dia.</p>"
                + "<blockquote><p>“Kutipan”</p></blockquote><ul><li>satu</li></ul>"
                + "<p><a href=\"https://example.org/x\">link</a></p>";
        String out = sanitizer.sanitize(html);
        assertThat(out).contains("<h2>Sub</h2>", "<strong>tertinggi</strong>", "<em>kata</em>", "<blockquote>",
                "<li>satu</li>", "href=\"https://example.org/x\"", "“Kutipan”");
    }

    @Test
    void emptyStaysEmpty() {
        assertThat(sanitizer.sanitize(null)).isEmpty();
        assertThat(sanitizer.sanitize("")).isEmpty();
    }

    @Test
    void eachProvidersEmbedFigureIsKeptExactly() {
        for (String figure : new String[] {
                "<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>",
                "<figure data-embed=\"x\" data-id=\"jack/20\"></figure>",
                "<figure data-embed=\"instagram\" data-id=\"C7xYz12AbCd\"></figure>",
                "<figure data-embed=\"tiktok\" data-id=\"kompas.tv/7345678901234567890\"></figure>"}) {
            String body = "<p>Before.</p>" + figure + "<p>After.</p>";
            assertThat(sanitizer.sanitize(body)).isEqualTo(body);
        }
    }

    @Test
    void anEmbedFigureIsNormalisedToItsStoredForm() {
        assertThat(sanitizer.sanitize("<figure class=\"x\" data-id=\"dQw4w9WgXcQ\" data-embed=\"youtube\" onclick=\"a()\">"
                + "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe><p>caption</p></figure>"))
                .isEqualTo("<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>");
    }

    @Test
    void anEmptyFigureWhoseEmbedDoesNotValidateIsDropped() {
        String[] hostile = {
                "<figure data-embed=\"vimeo\" data-id=\"123456\"></figure>",
                "<figure data-embed=\"youtube\" data-id=\"javascript:alert(1)\"></figure>",
                "<figure data-embed=\"youtube\" data-id='dQw4w9WgXcQ\" onload=\"alert(1)'></figure>",
                "<figure data-embed=\"javascript:alert(1)\" data-id=\"dQw4w9WgXcQ\"></figure>",
                "<figure data-embed=\"YOUTUBE\" data-id=\"dQw4w9WgXcQ\"></figure>",
                "<figure data-embed=\"youtube\"></figure>",
                "<figure data-id=\"dQw4w9WgXcQ\"></figure>",
                "<figure data-embed=\"x\" data-id=\"../../evil/1\"></figure>"};
        for (String figure : hostile) {
            String out = sanitizer.sanitize("<p>a</p>" + figure + "<p>b</p>");
            assertThat(out).as(figure).isEqualTo("<p>a</p><p>b</p>");
        }
    }

    @Test
    void anAttributeBreakoutLeavesNeitherScriptNorEmbed() {
        String out = sanitizer.sanitize("<figure data-embed=\"youtube\" data-id=\"\"><script>alert(1)</script>\"></figure>");
        assertThat(out).doesNotContain("script", "alert", "data-embed", "data-id");
    }

    @Test
    void aFigureWithContentWhoseEmbedDoesNotValidateStaysWithoutTheAttributes() {
        String out = sanitizer.sanitize("<figure data-embed=\"vimeo\" data-id=\"1\"><img src=\"https://example.org/a.jpg\" alt=\"A\">"
                + "<figcaption>Caption</figcaption></figure>");
        assertThat(out).isEqualTo("<figure><img src=\"https://example.org/a.jpg\" alt=\"A\" /><figcaption>Caption</figcaption></figure>");
    }

    @Test
    void embedAttributesAreKeptOnFiguresOnly() {
        String out = sanitizer.sanitize("<p data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\">x</p>"
                + "<div data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\">y</div>");
        assertThat(out).doesNotContain("data-embed", "data-id").contains("<p>x</p>", "y");
    }

    @Test
    void iframesAndScriptsStillGoEvenFromAllowedProviders() {
        String out = sanitizer.sanitize("<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"></iframe>"
                + "<blockquote class=\"twitter-tweet\"><a href=\"https://x.com/jack/status/20\">t</a></blockquote>"
                + "<script async src=\"https://platform.twitter.com/widgets.js\"></script>");
        assertThat(out).doesNotContain("iframe", "script", "widgets.js", "class=");
        assertThat(out).contains("<blockquote><a href=\"https://x.com/jack/status/20\" rel=\"noopener\">t</a></blockquote>");
    }

    @Test
    void plainPhotoFiguresAreUnchanged() {
        String body = "<figure><img src=\"https://example.org/a.jpg\" alt=\"A\" /><figcaption>Caption</figcaption></figure>";
        assertThat(sanitizer.sanitize(body)).isEqualTo(body);
    }
}
