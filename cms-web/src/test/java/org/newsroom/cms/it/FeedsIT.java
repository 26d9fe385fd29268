package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.newsroom.cms.web.site.SitemapXsd;

/**
 * The site's feeds, sitemaps and robots.txt over HTTP: parsed by ROME, validated against sitemaps.org's schemas,
 * and listing exactly what readers can see (scheduled, embargoed, killed and unpublished stories never appear).
 */
class FeedsIT extends AbstractApiIT {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    @Test
    void feedsAndSitemapsListExactlyTheVisibleStories() throws Exception {
        String tagged = publish(create("Tagged"), true);
        String correctedPath = create("Corrected");
        String corrected = publish(correctedPath, false);
        ApiClient.Reply live = editor.get(correctedPath);
        Thread.sleep(1100); // the correction's time must be later than the publication at the feed's second resolution
        ApiClient.Reply fix = editor.post(correctedPath + "/corrections", Map.of("note", "The minister is Sjafrie."),
                "If-Match", live.header("ETag"));
        assertThat(fix.status()).as(fix.raw()).isEqualTo(200);

        String scheduledPath = create("Scheduled");
        approve(scheduledPath);
        assertThat(editor.post(scheduledPath + "/schedule", Map.of("publishAt",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.SECONDS).toString())).status()).isEqualTo(200);
        String embargoedPath = embargoed();
        String killedPath = create("Killed");
        publish(killedPath, false);
        String killedNote = "Killed later " + UUID.randomUUID();
        assertThat(editor.post(killedPath + "/corrections", Map.of("note", killedNote), "If-Match",
                editor.get(killedPath).header("ETag")).status()).isEqualTo(200);
        assertThat(move(editor, killedPath, "KILLED", "legal").status()).isEqualTo(200);
        String unpublishedPath = create("Unpublished");
        publish(unpublishedPath, false);
        assertThat(move(editor, unpublishedPath, "UNPUBLISHED", null).status()).isEqualTo(200);
        List<String> invisible = new ArrayList<>();
        for (String path : List.of(scheduledPath, embargoedPath, killedPath, unpublishedPath)) {
            invisible.add(id(path));
        }

        // Atom: parsed by ROME, ids stable, the corrected entry updated after its publication, invisible ones absent
        ApiClient.Reply atomReply = newsroom.anonymous().get("/feed.atom");
        assertThat(atomReply.status()).isEqualTo(200);
        assertThat(atomReply.header("Content-Type")).isEqualToIgnoringCase("application/atom+xml;charset=utf-8");
        SyndFeed atom = parse(atomReply.raw());
        SyndFeed again = parse(newsroom.anonymous().get("/feed.atom").raw());
        assertThat(again.getEntries().stream().map(SyndEntry::getUri).toList())
                .isEqualTo(atom.getEntries().stream().map(SyndEntry::getUri).toList());
        assertThat(uris(atom)).contains(urn(tagged), urn(corrected)).doesNotContainAnyElementsOf(urns(invisible));
        SyndEntry fixed = entry(atom, urn(corrected));
        assertThat(fixed.getUpdatedDate()).isAfter(fixed.getPublishedDate());
        assertThat(fixed.getAuthors()).isNotEmpty();
        assertThat(fixed.getLink()).endsWith("/articles/" + editor.get(correctedPath).text("slug"));
        assertThat(fixed.getContents().get(0).getValue()).contains("First paragraph.");
        assertThat(entry(atom, urn(tagged)).getDescription().getValue()).startsWith("Standfirst of ");
        assertThat(atom.getEntries()).hasSizeLessThanOrEqualTo(50);
        assertThat(newsroom.anonymous().get("/feed.atom", "If-None-Match", atomReply.header("ETag")).status()).isEqualTo(304);
        assertThat(newsroom.anonymous().get("/feed.atom", "If-Modified-Since", atomReply.header("Last-Modified")).status())
                .isEqualTo(304);

        // RSS 2.0
        ApiClient.Reply rssReply = newsroom.anonymous().get("/feed.rss");
        assertThat(rssReply.header("Content-Type")).isEqualToIgnoringCase("application/rss+xml;charset=utf-8");
        SyndFeed rss = parse(rssReply.raw());
        assertThat(uris(rss)).contains(urn(tagged), urn(corrected)).doesNotContainAnyElementsOf(urns(invisible));

        // corrections: one entry per correction, newest first, linking the story
        SyndFeed corrections = parse(newsroom.anonymous().get("/corrections/feed.atom").raw());
        SyndEntry correction = corrections.getEntries().get(0);
        assertThat(correction.getDescription().getValue()).isEqualTo("The minister is Sjafrie.");
        assertThat(correction.getLink()).isEqualTo(fixed.getLink());
        assertThat(corrections.getEntries()).as("a killed story's corrections leave the feed")
                .noneMatch(e -> e.getDescription().getValue().equals(killedNote));

        // sitemap index → this month's article sitemap, both valid; the story with its lastmod, invisible ones absent
        ApiClient.Reply indexReply = newsroom.anonymous().get("/sitemap.xml");
        assertThat(indexReply.header("Content-Type")).isEqualToIgnoringCase("application/xml;charset=utf-8");
        List<String> indexErrors = SitemapXsd.errors(bytes(indexReply), SitemapXsd.INDEX);
        assertThat(indexErrors).isEmpty();
        String month = "/sitemaps/articles-" + YearMonth.now(ZoneId.of("Asia/Jakarta")) + ".xml";
        List<String> files = texts(xml(indexReply), SITEMAP_NS, "loc");
        assertThat(files).anyMatch(loc -> loc.endsWith(month));
        ApiClient.Reply monthReply = newsroom.anonymous().get(month);
        List<String> monthErrors = SitemapXsd.errors(bytes(monthReply), SitemapXsd.URLSET);
        assertThat(monthErrors).isEmpty();
        List<String> urls = texts(xml(monthReply), SITEMAP_NS, "loc");
        assertThat(urls).anyMatch(u -> u.endsWith("/articles/" + editor.get(correctedPath).text("slug")));
        for (String path : List.of(scheduledPath, embargoedPath, killedPath, unpublishedPath)) {
            String slug = editor.get(path).text("slug");
            assertThat(urls).noneMatch(u -> u.endsWith("/articles/" + slug));
        }
        assertThat(newsroom.anonymous().get("/sitemaps/articles-1999-01.xml").status()).isEqualTo(404);
        assertThat(newsroom.anonymous().get("/sitemaps/articles-2026-13.xml").status()).isEqualTo(404);

        // Google News: every url has the required fields, recent only, at most 1,000
        ApiClient.Reply newsReply = newsroom.anonymous().get("/sitemap-news.xml");
        assertThat(SitemapXsd.errors(bytes(newsReply), SitemapXsd.URLSET)).isEmpty();
        Document news = xml(newsReply);
        NodeList items = news.getElementsByTagNameNS(SITEMAP_NS, "url");
        assertThat(items.getLength()).isBetween(2, 1000);
        List<String> newsLocs = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element url = (Element) items.item(i);
            newsLocs.add(url.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent());
            Element publication = (Element) url.getElementsByTagNameNS(NEWS_NS, "publication").item(0);
            assertThat(publication.getElementsByTagNameNS(NEWS_NS, "name").item(0).getTextContent()).isNotBlank();
            assertThat(publication.getElementsByTagNameNS(NEWS_NS, "language").item(0).getTextContent()).matches("[a-z]{2,3}(-[a-z]{2})?");
            assertThat(url.getElementsByTagNameNS(NEWS_NS, "title").item(0).getTextContent()).isNotBlank();
            Instant published = OffsetDateTime.parse(url.getElementsByTagNameNS(NEWS_NS, "publication_date").item(0)
                    .getTextContent()).toInstant();
            assertThat(published).isAfter(Instant.now().minus(48, ChronoUnit.HOURS).minusSeconds(60));
        }
        assertThat(newsLocs).anyMatch(u -> u.endsWith("/articles/" + editor.get(correctedPath).text("slug")));
        for (String path : List.of(scheduledPath, embargoedPath, killedPath, unpublishedPath)) {
            String slug = editor.get(path).text("slug");
            assertThat(newsLocs).noneMatch(u -> u.endsWith("/articles/" + slug));
        }

        // robots.txt names both sitemaps and keeps crawlers out of the newsroom and previews
        ApiClient.Reply robots = newsroom.anonymous().get("/robots.txt");
        assertThat(robots.header("Content-Type")).startsWithIgnoringCase("text/plain");
        assertThat(robots.raw()).contains("Disallow: /newsroom/", "Disallow: /preview/")
                .containsPattern("(?m)^Sitemap: http\\S+/sitemap\\.xml$").containsPattern("(?m)^Sitemap: http\\S+/sitemap-news\\.xml$");

        System.out.printf("FeedsIT figures: atom entries=%d, rss items=%d, corrections entries=%d, sitemap files=%d, "
                        + "month urls=%d, news urls=%d, XSD errors index=%d month=%d; ROME parse exceptions=0%n",
                atom.getEntries().size(), rss.getEntries().size(), corrections.getEntries().size(), files.size(),
                urls.size(), newsLocs.size(), indexErrors.size(), monthErrors.size());
    }

    private String create(String what) {
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article(what + " " + UUID.randomUUID()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return "/api/articles/" + created.text("id");
    }

    private void approve(String path) {
        assertThat(move(journalist, path, "IN_REVIEW", null).status()).isEqualTo(200);
        assertThat(move(editor, path, "APPROVED", null).status()).isEqualTo(200);
    }

    /** Publishes; returns the article id. */
    private String publish(String path, boolean tag) {
        if (tag) {
            assertThat(journalist.put(path + "/tagging/tags", Map.of("tags", List.of("politik"))).status()).isEqualTo(200);
        }
        assertThat(move(journalist, path, "IN_REVIEW", null).status()).isEqualTo(200);
        ApiClient.Reply published = move(editor, path, "PUBLISHED", null);
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        return id(path);
    }

    /** Approved and scheduled for when its embargo lifts tomorrow. */
    private String embargoed() {
        OffsetDateTime embargo = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(1).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>(Newsroom.article("Embargoed " + UUID.randomUUID()));
        body.put("embargoUntil", embargo.toString());
        ApiClient.Reply created = journalist.post("/api/articles", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String path = "/api/articles/" + created.text("id");
        approve(path);
        assertThat(editor.post(path + "/schedule", Map.of("publishAt", embargo.toString())).status()).isEqualTo(200);
        return path;
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String urn(String id) {
        return "urn:newsroom-cms:article:" + id;
    }

    private static List<String> urns(List<String> ids) {
        return ids.stream().map(FeedsIT::urn).toList();
    }

    private static List<String> uris(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getUri).toList();
    }

    private static SyndEntry entry(SyndFeed feed, String uri) {
        return feed.getEntries().stream().filter(e -> uri.equals(e.getUri())).findFirst().orElseThrow();
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private static byte[] bytes(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.raw().getBytes(StandardCharsets.UTF_8);
    }

    private static Document xml(ApiClient.Reply reply) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes(reply)));
    }

    private static List<String> texts(Document doc, String ns, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
