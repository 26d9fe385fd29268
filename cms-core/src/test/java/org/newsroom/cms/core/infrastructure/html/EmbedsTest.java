package org.newsroom.cms.core.infrastructure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmbedsTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
            "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42, youtube, dQw4w9WgXcQ",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ?si=abc, youtube, dQw4w9WgXcQ",
            "youtu.be/dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
            "https://www.youtube.com/shorts/aqz-KE-bpKQ, youtube, aqz-KE-bpKQ",
            "https://www.youtube.com/embed/dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
            "https://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
            "https://x.com/jokowi/status/1234567890123456789, x, jokowi/1234567890123456789",
            "https://twitter.com/BNPB_Indonesia/status/1788000000000000000?s=20, x, BNPB_Indonesia/1788000000000000000",
            "https://mobile.twitter.com/jack/status/20/photo/1, x, jack/20",
            "https://www.instagram.com/p/C7xYz12AbCd/, instagram, C7xYz12AbCd",
            "https://instagram.com/reel/C8abc_-1234?igsh=x, instagram, C8abc_-1234",
            "https://www.tiktok.com/@kompas.tv/video/7345678901234567890, tiktok, kompas.tv/7345678901234567890",
            "https://www.tiktok.com/@user_1/video/7345678901234567890?is_from_webapp=1, tiktok, user_1/7345678901234567890"
    })
    void postAddressesOfEachProviderAreRead(String url, String provider, String id) {
        Optional<Embed> embed = Embeds.parse(url);
        assertThat(embed).isPresent();
        assertThat(embed.get().provider().key()).isEqualTo(provider);
        assertThat(embed.get().id()).isEqualTo(id);
        assertThat(Embeds.parse(embed.get().canonicalUrl())).as("the canonical address reads back").contains(embed.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "not a url", "javascript:alert(1)", "https://www.youtube.com/",
            "https://www.youtube.com/watch?v=short", "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22%3E",
            "https://www.youtube.com/channel/UC1234567890", "https://youtu.be/dQw4w9WgXcQ/extra",
            "https://evil.example/watch?v=dQw4w9WgXcQ", "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ", "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
            "ftp://youtube.com/watch?v=dQw4w9WgXcQ", "https://x.com/jack", "https://x.com/jack/status/abc",
            "https://x.com/jack/status/20\"onmouseover=alert(1)", "https://www.instagram.com/jokowi/",
            "https://www.tiktok.com/@user/photo/7345678901234567890", "https://vm.tiktok.com/ZMabc/",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ https://x.com/jack/status/20"})
    void anythingElseIsNoEmbed(String url) {
        assertThat(Embeds.parse(url)).isEmpty();
    }

    @Test
    void canonicalAddressesArePostAddresses() {
        assertThat(Embeds.of("youtube", "dQw4w9WgXcQ").orElseThrow().canonicalUrl())
                .isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(Embeds.of("x", "jack/20").orElseThrow().canonicalUrl()).isEqualTo("https://x.com/jack/status/20");
        assertThat(Embeds.of("instagram", "C7xYz12AbCd").orElseThrow().canonicalUrl())
                .isEqualTo("https://www.instagram.com/p/C7xYz12AbCd/");
        assertThat(Embeds.of("tiktok", "kompas.tv/7345").orElseThrow().canonicalUrl())
                .isEqualTo("https://www.tiktok.com/@kompas.tv/video/7345");
    }

    @Test
    void storedFormIsTheFigureTheSanitizerKeeps() {
        Embed embed = Embeds.parse("https://youtu.be/dQw4w9WgXcQ").orElseThrow();
        assertThat(embed.figure()).isEqualTo("<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>");
        assertThat(new BodySanitizer().sanitize(embed.figure())).isEqualTo(embed.figure());
    }

    @Test
    void unknownProvidersAndBadIdsAreNoEmbed() {
        assertThat(Embeds.of("vimeo", "123")).isEmpty();
        assertThat(Embeds.of("YouTube", "dQw4w9WgXcQ")).as("the stored key is exact").isEmpty();
        assertThat(Embeds.of("youtube", "dQw4w9WgXc\"")).isEmpty();
        assertThat(Embeds.of("x", "20")).as("an X id names its author").isEmpty();
        assertThat(Embeds.of(null, null)).isEmpty();
    }

    @Test
    void asLinksGivesEachEmbedAParagraphLinkingThePost() {
        String body = "<p>Before.</p><figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>"
                + "<figure data-embed=\"x\" data-id=\"jack/20\"></figure><figure data-embed=\"vimeo\" data-id=\"1\"></figure>"
                + "<p>After &amp; more.</p>";
        assertThat(Embeds.asLinks(body)).isEqualTo("<p>Before.</p>"
                + "<p><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p>"
                + "<p><a href=\"https://x.com/jack/status/20\">https://x.com/jack/status/20</a></p>"
                + "<p>After &amp; more.</p>");
    }

    @Test
    void linksAreWellFormedXmlForNewsmlG2() throws Exception {
        String body = "<p>Satu&#160;dua<br />tiga &amp; &#34;empat&#34;</p>"
                + "<figure data-embed=\"tiktok\" data-id=\"kompas.tv/7345\"></figure><p><img src=\"/a.jpg\" alt=\"\" /></p>";
        String links = Embeds.asLinks(body);
        var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader("<div>" + links + "</div>")));
        assertThat(xml.getElementsByTagName("a").item(0).getAttributes().getNamedItem("href").getNodeValue())
                .isEqualTo("https://www.tiktok.com/@kompas.tv/video/7345");
        assertThat(xml.getDocumentElement().getTextContent()).startsWith("Satu\u00a0dua");
    }

    @Test
    void aBodyWithoutEmbedsIsReturnedUntouched() {
        String body = "<p>Kata &#34;dia&#34; &#43; <a href=\"https://example.org\" rel=\"noopener\">x</a></p>";
        assertThat(Embeds.asLinks(body)).isSameAs(body);
        assertThat(Embeds.render(body)).isSameAs(body);
        assertThat(Embeds.asLinks(null)).isNull();
    }

    @Test
    void youtubeRendersAsASandboxedLazyCookielessPlayer() {
        String html = Embeds.render("<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>");
        Element figure = Jsoup.parseBodyFragment(html).body().child(0);
        assertThat(figure.tagName()).isEqualTo("figure");
        Element iframe = figure.selectFirst("iframe");
        assertThat(iframe).isNotNull();
        assertThat(iframe.attr("src")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(iframe.attr("sandbox")).isEqualTo("allow-scripts allow-presentation allow-popups allow-popups-to-escape-sandbox");
        assertThat(iframe.attr("loading")).isEqualTo("lazy");
        assertThat(iframe.attr("title")).isEqualTo("YouTube video");
        assertThat(iframe.attr("allow")).contains("fullscreen");
        assertThat(Embeds.render("<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>",
                Locale.forLanguageTag("id"))).contains("title=\"Video YouTube\"");
    }

    @Test
    void postsRenderAsTheProvidersQuoteWithALinkAndNoScript() {
        String html = Embeds.render("<figure data-embed=\"x\" data-id=\"jack/20\"></figure>"
                + "<figure data-embed=\"instagram\" data-id=\"C7xYz12AbCd\"></figure>"
                + "<figure data-embed=\"tiktok\" data-id=\"kompas.tv/7345678901234567890\"></figure>");
        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("script, iframe")).isEmpty();
        assertThat(body.select("blockquote.twitter-tweet a").attr("href")).isEqualTo("https://x.com/jack/status/20");
        assertThat(body.select("blockquote.twitter-tweet a").text()).isEqualTo("Post by @jack on X");
        assertThat(body.select("blockquote.instagram-media").attr("data-instgrm-permalink"))
                .isEqualTo("https://www.instagram.com/p/C7xYz12AbCd/");
        assertThat(body.select("blockquote.tiktok-embed").attr("data-video-id")).isEqualTo("7345678901234567890");
        assertThat(body.select("blockquote.tiktok-embed a").attr("href"))
                .isEqualTo("https://www.tiktok.com/@kompas.tv/video/7345678901234567890");
    }

    @Test
    void aStoredFigureThatDoesNotValidateRendersAsNothing() {
        String html = Embeds.render("<p>a</p><figure data-embed=\"vimeo\" data-id=\"123\"></figure>"
                + "<figure data-embed=\"youtube\" data-id=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"></figure><p>b</p>");
        assertThat(html).isEqualTo("<p>a</p><p>b</p>");
    }

    @Test
    void theSiteFramesOnlyTheYoutubePlayer() {
        assertThat(Embeds.frameSources()).containsExactly("https://www.youtube-nocookie.com");
    }
}
