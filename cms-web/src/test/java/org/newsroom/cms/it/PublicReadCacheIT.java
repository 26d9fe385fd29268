package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The fast read path (web.cache.PublicReadFilter): a second anonymous read of an article's JSON, ninjs or page is
 * a hit ({@code X-Cache: HIT}) with the miss's bytes, ETag and 304s; every change readers must see evicts it
 * (correction, kill, a tag added, a plugin disabled), and another node's {@code NOTIFY public-cache:<slug>},
 * sent here over JDBC, evicts it within a second.
 */
class PublicReadCacheIT extends AbstractApiIT {

    private record Live(String path, String slug) {
    }

    private Live published() {
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article("Cepat " + UUID.randomUUID()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String path = "/api/articles/" + created.text("id");
        assertThat(move(journalist, path, "IN_REVIEW", null).status()).isEqualTo(200);
        assertThat(move(editor, path, "PUBLISHED", null).status()).isEqualTo(200);
        return new Live(path, editor.get(path).text("slug"));
    }

    private ApiClient.Reply read(String url, String... headers) {
        return newsroom.anonymous().get(url, headers);
    }

    @Test
    void aSecondReadIsAHitWithTheSameBytesValidatorsAnd304s() {
        Live live = published();
        for (String url : List.of("/api/public/articles/" + live.slug(), "/api/public/articles/" + live.slug() + ".ninjs",
                "/articles/" + live.slug())) {
            ApiClient.Reply miss = read(url);
            assertThat(miss.status()).as(url).isEqualTo(200);
            assertThat(miss.header("X-Cache")).as(url).isEqualTo("MISS");
            ApiClient.Reply hit = read(url);
            assertThat(hit.header("X-Cache")).as(url).isEqualTo("HIT");
            assertThat(hit.raw()).as(url).isEqualTo(miss.raw());
            for (String h : List.of("ETag", "Last-Modified", "Cache-Control", "Content-Type", "Vary",
                    "Content-Security-Policy", "X-Content-Type-Options")) {
                assertThat(hit.header(h)).as(url + " " + h).isEqualTo(miss.header(h));
            }
            ApiClient.Reply notModified = read(url, "If-None-Match", miss.header("ETag"));
            assertThat(notModified.status()).as(url).isEqualTo(304);
            assertThat(notModified.header("ETag")).isEqualTo(miss.header("ETag"));
            assertThat(read(url, "If-Modified-Since", miss.header("Last-Modified")).status()).as(url).isEqualTo(304);
            assertThat(read(url, "If-None-Match", "\"other\"").status()).as(url).isEqualTo(200);
        }
        // HEAD of a hit: the GET's headers, no body
        ApiClient.Reply head = newsroom.anonymous().send("HEAD", "/articles/" + live.slug(), null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("X-Cache")).isEqualTo("HIT");
    }

    @Test
    void aRevalidationThatMissesFillsTheCache() {
        Live live = published();
        String url = "/articles/" + live.slug();
        ApiClient.Reply plain = newsroom.anonymous().get("/api/public/articles/" + live.slug());
        assertThat(plain.header("X-Cache")).isEqualTo("MISS");
        // the page was never read: a CDN revalidating a copy it got elsewhere misses, and gets the right answers
        ApiClient.Reply other = read(url, "If-None-Match", "\"elsewhere\"");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("X-Cache")).isEqualTo("MISS");
        assertThat(other.raw()).contains("<html");
        ApiClient.Reply hit = read(url);
        assertThat(hit.header("X-Cache")).as("the conditional miss was kept").isEqualTo("HIT");
        assertThat(hit.raw()).isEqualTo(other.raw());
        assertThat(hit.header("ETag")).isEqualTo(other.header("ETag"));

        String ninjs = "/api/public/articles/" + live.slug() + ".ninjs";
        ApiClient.Reply first = read(ninjs, "If-Modified-Since", plain.header("Last-Modified"));
        assertThat(first.status()).as("a current copy gets its 304 on a miss too").isEqualTo(304);
        assertThat(first.header("X-Cache")).isEqualTo("MISS");
        assertThat(read(ninjs).header("X-Cache")).isEqualTo("HIT");
    }

    @Test
    void anUnknownQueryParameterIsStillRefusedOnACachedPath() {
        Live live = published();
        String url = "/api/public/articles/" + live.slug();
        read(url);
        assertThat(read(url).header("X-Cache")).isEqualTo("HIT");
        ApiClient.Reply refused = read(url + "?satus=x");
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
    }

    @Test
    void aCorrectionIsReadAtOnceAndAKillIs410AtOnce() {
        Live live = published();
        String url = "/api/public/articles/" + live.slug();
        read(url);
        read("/articles/" + live.slug());
        assertThat(read(url).header("X-Cache")).isEqualTo("HIT");
        assertThat(read("/articles/" + live.slug()).header("X-Cache")).as("the page is kept too").isEqualTo("HIT");

        Map<String, Object> changed = new HashMap<>(Newsroom.article("Koreksi " + live.slug()));
        ApiClient.Reply saved = editor.put(live.path(), changed, "If-Match", editor.get(live.path()).header("ETag"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        ApiClient.Reply corrected = editor.post(live.path() + "/corrections", Map.of("note", "Judul diperbaiki."),
                "If-Match", saved.header("ETag"));
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(200);
        ApiClient.Reply after = read(url);
        assertThat(after.header("X-Cache")).isEqualTo("MISS");
        assertThat(after.raw()).contains("Koreksi " + live.slug()).contains("Judul diperbaiki.");
        assertThat(read("/articles/" + live.slug()).raw()).contains("Judul diperbaiki.");

        assertThat(read(url).header("X-Cache")).isEqualTo("HIT");
        assertThat(move(editor, live.path(), "KILLED", "Sumber tidak dapat diverifikasi").status()).isEqualTo(200);
        assertThat(read(url).status()).isEqualTo(410);
        assertThat(read("/articles/" + live.slug()).status()).isEqualTo(410);
        assertThat(read(url + ".ninjs").status()).isEqualTo(410);
    }

    @Test
    void aTagAddedToTheLiveArticleShowsOnItsJsonAndPage() {
        Live live = published();
        String url = "/api/public/articles/" + live.slug();
        read(url);
        read("/articles/" + live.slug());
        // both kept, so the tag can only show if the change evicted them
        assertThat(read(url).header("X-Cache")).isEqualTo("HIT");
        assertThat(read("/articles/" + live.slug()).header("X-Cache")).isEqualTo("HIT");
        String tag = "Kilat" + UUID.randomUUID().toString().substring(0, 6);
        ApiClient.Reply tagged = editor.put(live.path() + "/tagging/tags", Map.of("tags", List.of(tag)));
        assertThat(tagged.status()).as(tagged.raw()).isEqualTo(200);
        assertThat(read(url).raw()).contains(tag);
        assertThat(read("/articles/" + live.slug()).raw()).contains(tag);
    }

    @Test
    void searchAndTagListsAreKeptAndEveryPublicChangeDropsThem() {
        String word = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String search = "/api/public/search?q=" + word;
        assertThat(read(search).raw()).doesNotContain("\"slug\"");
        assertThat(read(search).header("X-Cache")).as("an empty search is kept too").isEqualTo("HIT");

        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article("Lintasan " + word));
        String path = "/api/articles/" + created.text("id");
        String tag = "Deras" + word;
        assertThat(journalist.put(path + "/tagging/tags", Map.of("tags", List.of(tag))).status()).isEqualTo(200);
        move(journalist, path, "IN_REVIEW", null);
        assertThat(move(editor, path, "PUBLISHED", null).status()).isEqualTo(200);
        String slug = editor.get(path).text("slug");
        ApiClient.Reply found = read(search);
        assertThat(found.header("X-Cache")).as("the publication dropped the kept search").isEqualTo("MISS");
        assertThat(found.raw()).contains(slug);

        String list = "/api/public/tags/" + tag.toLowerCase() + "/articles";
        assertThat(read(list).raw()).contains(slug);
        assertThat(read(list).header("X-Cache")).isEqualTo("HIT");
        assertThat(read(search).header("X-Cache")).isEqualTo("HIT");
        assertThat(move(editor, path, "KILLED", "Salah sasaran").status()).isEqualTo(200);
        assertThat(read(list).raw()).doesNotContain(slug);
        assertThat(read(search).raw()).doesNotContain(slug);
    }

    @Test
    void anotherNodesChangeEvictsWithinASecond() throws Exception {
        Live live = published();
        String url = "/articles/" + live.slug();
        read(url);
        assertThat(read(url).header("X-Cache")).isEqualTo("HIT");
        try (Connection c = Newsroom.database();
             PreparedStatement notify = c.prepareStatement("select pg_notify('cms_change', ?)")) {
            notify.setString(1, "public-cache:" + live.slug());
            notify.execute();
        }
        long start = System.nanoTime();
        long seen = -1;
        while ((System.nanoTime() - start) / 1_000_000 < 1000) {
            // a MISS stores again; the point is that the entry was dropped
            if ("MISS".equals(read(url).header("X-Cache"))) {
                seen = (System.nanoTime() - start) / 1_000_000;
                break;
            }
            Thread.sleep(20);
        }
        assertThat(seen).as("another node's change seen within a second").isBetween(0L, 1000L);
    }

    @Test
    void aDisabledPluginsDataLeavesACachedPage() {
        Live live = published();
        String tag = "Padam" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(editor.put(live.path() + "/tagging/tags", Map.of("tags", List.of(tag))).status()).isEqualTo(200);
        String url = "/articles/" + live.slug();
        assertThat(read(url).raw()).contains(tag);
        assertThat(read(url).header("X-Cache")).isEqualTo("HIT");
        try {
            assertThat(newsroom.admin.post("/api/admin/plugins/tagging/disable", null).status()).isEqualTo(200);
            ApiClient.Reply after = read(url);
            assertThat(after.header("X-Cache")).isEqualTo("MISS");
            assertThat(after.raw()).doesNotContain(tag);
        } finally {
            assertThat(newsroom.admin.post("/api/admin/plugins/tagging/enable", null).status()).isEqualTo(200);
        }
        assertThat(read(url).raw()).contains(tag);
    }
}
