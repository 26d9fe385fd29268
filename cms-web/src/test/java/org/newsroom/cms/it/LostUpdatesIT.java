package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Concurrent writers against one article. 8 writers × 100 edits, each a GET (ETag) then a PUT with
 * {@code If-Match} naming the writer and the edit: every accepted write is exactly one new revision, based on
 * the revision its writer read, the final article is the last accepted write, nothing is lost. And 8 editors
 * publishing one APPROVED article at once: one publication, the others 409/412, no correction.
 * The number of edits per writer can be lowered with {@code -Dlost-updates.edits=N}.
 */
class LostUpdatesIT extends AbstractApiIT {

    private static final int WRITERS = 8;
    private static final int EDITS = Integer.getInteger("lost-updates.edits", 100);
    private static final int PUBLISH_ROUNDS = 3;

    /** An accepted write: who, which edit, the revision the writer had read and the one the save made. */
    private record Write(int writer, int edit, int readRevision, int revision) {
        String headline() {
            return headline(writer, edit);
        }

        static String headline(int writer, int edit) {
            return "Lost updates: writer " + writer + " edit " + edit;
        }
    }

    @Test
    void eightWritersEditingOneArticleLoseNothing() throws Exception {
        ApiClient.Reply created = journalist.post("/api/articles", article("Lost updates: initial", "initial"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.text("id");
        String path = "/api/articles/" + id;
        // the owning journalist and seven editors (journalists edit only their own drafts)
        List<ApiClient> writers = new ArrayList<>();
        writers.add(journalist);
        for (int i = 1; i < WRITERS; i++) {
            writers.add(newsroom.user("writer", "EDITOR"));
        }

        ConcurrentLinkedQueue<Write> accepted = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicInteger> refused = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        long began = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                ApiClient client = writers.get(w);
                done.add(pool.submit(() -> {
                    start.await();
                    for (int edit = 0; edit < EDITS; edit++) {
                        ApiClient.Reply read = client.get(path);
                        if (read.status() != 200) {
                            unexpected.add("GET " + read.status() + " " + read.raw());
                            continue;
                        }
                        int readRevision = read.json().path("currentRevision").asInt();
                        ApiClient.Reply saved = client.put(path, article(Write.headline(writer, edit),
                                "writer " + writer + " edit " + edit), "If-Match", read.header("ETag"));
                        switch (saved.status()) {
                            case 200 -> accepted.add(new Write(writer, edit, readRevision,
                                    saved.json().path("currentRevision").asInt()));
                            case 409, 412, 423 -> refused.computeIfAbsent(saved.status(), s -> new AtomicInteger())
                                    .incrementAndGet();
                            default -> unexpected.add("PUT " + saved.status() + " " + saved.raw());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - began) / 1e9;

        List<Write> writes = new ArrayList<>(accepted);
        writes.sort(Comparator.comparingInt(Write::revision));
        int refusedTotal = refused.values().stream().mapToInt(AtomicInteger::get).sum();
        JsonNode revisions = journalist.get(path + "/revisions").json();
        Map<Integer, String[]> stored = storedRevisions(UUID.fromString(id));
        List<String> lost = new ArrayList<>();
        for (Write w : writes) {
            String[] row = stored.get(w.revision());
            if (row == null || !row[0].equals(w.headline()) || !row[1].contains("writer " + w.writer() + " edit "
                    + w.edit() + "<")) {
                lost.add(w + " is not revision " + w.revision() + " (" + (row == null ? "missing" : row[0]) + ")");
            }
        }
        Set<Integer> numbers = new HashSet<>();
        writes.forEach(w -> numbers.add(w.revision()));
        Write last = writes.isEmpty() ? null : writes.get(writes.size() - 1);
        JsonNode finalArticle = journalist.get(path).json();

        System.out.printf("%nLost updates: %d writers × %d If-Match edits of one article in %.1f s: %d accepted, "
                        + "%d refused %s, %d unexpected; revisions created %d; lost %d; final = %s%n",
                WRITERS, EDITS, seconds, writes.size(), refusedTotal, new TreeMap<>(toInts(refused)),
                unexpected.size(), revisions.size() - 1, lost.size(), last == null ? "-" : last.headline());

        assertThat(unexpected).as("answers other than 200/409/412/423").isEmpty();
        assertThat(writes.size() + refusedTotal).isEqualTo(WRITERS * EDITS);
        assertThat(writes).as("some writes get through").isNotEmpty();
        assertThat(revisions.size() - 1).as("accepted writes = revisions created").isEqualTo(writes.size());
        assertThat(stored).hasSize(writes.size() + 1);
        assertThat(numbers).as("every accepted write has its own revision").hasSize(writes.size());
        assertThat(writes).as("each accepted write was based on the revision its writer had read")
                .allMatch(w -> w.revision() == w.readRevision() + 1);
        assertThat(lost).as("accepted writes missing from the history").isEmpty();
        assertThat(finalArticle.path("currentRevision").asInt()).isEqualTo(last.revision());
        assertThat(finalArticle.path("headline").asText()).as("the final article is the last accepted write")
                .isEqualTo(last.headline());
        assertThat(finalArticle.path("body").asText()).contains("writer " + last.writer() + " edit " + last.edit() + "<");
    }

    @Test
    void eightEditorsPublishingOneApprovedArticleMakeOnePublicationAndNoCorrection() throws Exception {
        List<ApiClient> editors = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            editors.add(newsroom.user("publisher", "EDITOR"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<String> figures = new ArrayList<>();
        try {
            for (int round = 1; round <= PUBLISH_ROUNDS; round++) {
                ApiClient.Reply created = journalist.post("/api/articles",
                        article("Publish race " + UUID.randomUUID(), "race " + round));
                String path = "/api/articles/" + created.text("id");
                assertThat(move(journalist, path, "IN_REVIEW", null).status()).isEqualTo(200);
                ApiClient.Reply approved = move(editor, path, "APPROVED", null);
                assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
                String etag = approved.header("ETag");

                CyclicBarrier start = new CyclicBarrier(WRITERS);
                List<Future<Integer>> replies = new ArrayList<>();
                for (int i = 0; i < WRITERS; i++) {
                    ApiClient client = editors.get(i);
                    // half send the version they saw, half do not: both ways must give one publication
                    String[] ifMatch = i % 2 == 0 ? new String[] {"If-Match", etag} : new String[0];
                    Map<String, Object> body = Map.of("to", "PUBLISHED", "comment", "go " + i);
                    replies.add(pool.submit(() -> {
                        start.await();
                        return client.post(path + "/transitions", body, ifMatch).status();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : replies) {
                    statuses.add(f.get(1, TimeUnit.MINUTES));
                }
                JsonNode article = editor.get(path).json();
                JsonNode publicJson = newsroom.anonymous().get("/api/public/articles/" + article.path("slug").asText())
                        .json();
                JsonNode audit = editor.get(path + "/audit").json();
                int publications = 0;
                int corrections = 0;
                for (JsonNode event : audit) {
                    if ("PUBLISHED".equals(event.path("to").asText()) && !"CORRECTED".equals(event.path("action").asText())) {
                        publications++;
                    }
                    if ("CORRECTED".equals(event.path("action").asText())) {
                        corrections++;
                    }
                }
                Map<Integer, Integer> byStatus = new TreeMap<>();
                statuses.forEach(s -> byStatus.merge(s, 1, Integer::sum));
                figures.add("round " + round + ": " + byStatus + ", publish events " + publications
                        + ", corrections in the audit " + corrections + ", public corrections "
                        + publicJson.path("corrections").size());

                assertThat(statuses).as(statuses.toString()).filteredOn(s -> s == 200).hasSize(1);
                assertThat(statuses).as(statuses.toString()).filteredOn(s -> s != 200)
                        .allMatch(s -> s == 409 || s == 412);
                assertThat(article.path("status").asText()).isEqualTo("PUBLISHED");
                assertThat(publicJson.path("corrections").isArray()).as(publicJson.toString()).isTrue();
                assertThat(publicJson.path("corrections")).as("public corrections").isEmpty();
                assertThat(publications).as("publish events in the audit trail").isEqualTo(1);
                assertThat(corrections).isZero();
            }
        } finally {
            pool.shutdownNow();
            System.out.printf("%nPublish race: %d editors publishing one APPROVED article at once (half with "
                    + "If-Match), %d rounds:%n  %s%n", WRITERS, PUBLISH_ROUNDS, String.join("\n  ", figures));
        }
    }

    /** Revision number → {headline, body}, straight from the database. */
    private static Map<Integer, String[]> storedRevisions(UUID article) throws Exception {
        Map<Integer, String[]> rows = new HashMap<>();
        try (Connection db = Newsroom.database();
             PreparedStatement q = db.prepareStatement(
                     "select number, headline, body from article_revision where article_id = ?")) {
            q.setObject(1, article);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return rows;
    }

    private static Map<Integer, Integer> toInts(Map<Integer, AtomicInteger> counts) {
        Map<Integer, Integer> out = new HashMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private static Map<String, Object> article(String headline, String marker) {
        Map<String, Object> a = new HashMap<>(Newsroom.article(headline));
        a.put("body", "<p>" + marker + "</p>");
        return a;
    }
}
