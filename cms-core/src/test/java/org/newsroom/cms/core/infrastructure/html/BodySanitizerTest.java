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
}
