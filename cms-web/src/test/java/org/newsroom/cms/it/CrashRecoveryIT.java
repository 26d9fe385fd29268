package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.newsroom.cms.cli.ImportCommand;

/**
 * kill -9 of a WildFly in the middle of the work, then a restart: a 500-file batch import from the command line
 * and a burst of 200 scheduled articles coming due. Afterwards no article is half made (every one has its
 * revision and its creation in the audit trail, no plugin row points at a missing article), nothing committed is
 * lost, the resumed import finishes without a duplicate, and every due article is published exactly once.
 * The node is a second server of the provisioned WildFly on its own database (Arquillian's container cannot be
 * killed and come back).
 */
class CrashRecoveryIT {

    static final int FILES = 500;
    static final int SCHEDULED = 200;
    static final String DATABASE = "crash_" + Long.toString(System.nanoTime() % 1_000_000, 36);
    static final int MAX_CONNECTIONS = 40;

    static CrashNode node;
    static Newsroom newsroom;

    @BeforeAll
    static void node() throws Exception {
        try (Connection db = Newsroom.database(); Statement sql = db.createStatement()) {
            sql.execute("create database " + DATABASE);
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("POSTGRESQL_DATABASE", DATABASE);
        env.put("CMS_ADMIN_PASSWORD", Newsroom.ADMIN_PASSWORD);
        env.put("CMS_SCHEDULER_INTERVAL_SECONDS", "1");
        // low, so connectionsBeyondTheLimitWaitUntilOthersClose can reach it; the crash tests use far fewer
        env.put("CMS_MAX_CONNECTIONS", Integer.toString(MAX_CONNECTIONS));
        node = new CrashNode(Path.of(System.getProperty("jboss.home")), Path.of("target", "crash-node").toAbsolutePath(),
                300, env);
        node.start();
        newsroom = new Newsroom(node.url());
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
    }

    static Connection database() throws SQLException {
        Map<String, String> env = System.getenv();
        return DriverManager.getConnection("jdbc:postgresql://" + env.get("POSTGRESQL_HOST") + ":"
                + env.get("POSTGRESQL_PORT") + "/" + DATABASE, env.get("POSTGRESQL_USER"), env.get("POSTGRESQL_PASSWORD"));
    }

    static long count(String query) throws SQLException {
        try (Connection db = database(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    Newsroom.Account account(String role) {
        return newsroom.account("crash-" + role.toLowerCase(), "Crash " + role, role);
    }

    /** What must hold after any crash: no half-made article, no plugin row without its article. */
    static void nothingIsHalfMade() throws SQLException {
        assertThat(count("select count(*) from article a where not exists "
                + "(select 1 from article_revision r where r.article_id = a.id)")).as("articles without revision").isZero();
        assertThat(count("select count(*) from article a where not exists "
                + "(select 1 from audit_event e where e.article_id = a.id and e.action = 'CREATED')"))
                .as("articles without their creation in the audit trail").isZero();
        List<String> pluginTables = new ArrayList<>();
        try (Connection db = database(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "select table_name from information_schema.columns where column_name = 'article_id' "
                        + "and table_name like 'plg\\_%' and table_schema = 'public'")) {
            while (rows.next()) {
                pluginTables.add(rows.getString(1));
            }
        }
        assertThat(pluginTables).as("plugin tables keyed by article").isNotEmpty();
        for (String table : pluginTables) {
            assertThat(count("select count(*) from " + table + " t where not exists "
                    + "(select 1 from article a where a.id = t.article_id)")).as("orphans in " + table).isZero();
        }
    }

    @Test
    void aKilledServerLosesNoImportAndTheResumedBatchMakesNoDuplicate() throws Exception {
        Newsroom.Account journalist = account("JOURNALIST");
        Path folder = Files.createDirectories(Path.of("target", "crash-import-" + DATABASE));
        String seed = new String(WireImportIT.seed(), StandardCharsets.UTF_8);
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve(String.format("kawat-%03d.txt", i)),
                    seed.replaceFirst("Rusia\n", "Rusia (" + i + ")\n"), StandardCharsets.UTF_8);
        }
        String[] command = {"--url", node.url().toString(), "--user", journalist.username(), folder.toString()};
        Map<String, String> env = Map.of("CMS_PASSWORD", journalist.password());

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> cli(command, env));
        String imported = "select count(*) from wire_import";
        while (count(imported) < 60 && !first.isDone()) {
            Thread.sleep(20);
        }
        node.kill();
        long committedAtCrash = count(imported);
        System.out.println("[crash] import: killed with " + committedAtCrash + " of " + FILES + " files committed");
        assertThat(first.get(60, TimeUnit.SECONDS)).as("the CLI stops when the server goes").isNotZero();
        assertThat(committedAtCrash).as("the crash came in the middle").isBetween(60L, FILES - 1L);
        nothingIsHalfMade();

        node.start();
        assertThat(count(imported)).as("nothing committed was lost").isEqualTo(committedAtCrash);
        int resumed = cli(command, env);
        assertThat(resumed).as("the resumed batch finishes").isZero();
        assertThat(count(imported)).isEqualTo(FILES);
        assertThat(count("select count(*) from article a join cms_user u on u.id = a.author_id where u.username = '"
                + journalist.username() + "'")).as("one article per file, no duplicate").isEqualTo(FILES);
        nothingIsHalfMade();
    }

    @Test
    void aBurstOfDueArticlesIsPublishedExactlyOnceAcrossAKill() throws Exception {
        Newsroom.Account journalist = account("JOURNALIST");
        Newsroom.Account editor = account("EDITOR");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        Instant due = Instant.now().plusSeconds(25);
        List<Future<String>> made = new ArrayList<>();
        for (int i = 0; i < SCHEDULED; i++) {
            int n = i;
            made.add(pool.submit(() -> {
                String path = "/api/articles/" + journalist.api().post("/api/articles",
                        Newsroom.article("Terjadwal " + n + " " + DATABASE)).text("id");
                assertThat(journalist.api().post(path + "/transitions", Map.of("to", "IN_REVIEW")).status()).isEqualTo(200);
                assertThat(editor.api().post(path + "/transitions", Map.of("to", "APPROVED")).status()).isEqualTo(200);
                ApiClient.Reply scheduled = editor.api().post(path + "/schedule", Map.of("publishAt", due.toString()));
                assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(200);
                return path;
            }));
        }
        for (Future<String> f : made) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(Instant.now()).as("all scheduled before they came due").isBefore(due);

        String published = "select count(*) from article where status = 'PUBLISHED' and headline like 'Terjadwal % "
                + DATABASE + "'";
        while (count(published) < 10) {
            Thread.sleep(10);
        }
        node.kill();
        long atCrash = count(published);
        System.out.println("[crash] scheduler: killed with " + atCrash + " of " + SCHEDULED + " due articles published");
        assertThat(atCrash).as("the crash came in the middle of the burst").isLessThan(SCHEDULED);
        nothingIsHalfMade();

        node.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (count(published) < SCHEDULED && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(count(published)).as("every due article published after the restart").isEqualTo(SCHEDULED);
        assertThat(count("select count(*) from (select e.article_id from audit_event e join article a on a.id = e.article_id "
                + "where a.headline like 'Terjadwal % " + DATABASE + "' and e.to_status = 'PUBLISHED' "
                + "group by e.article_id having count(*) <> 1) twice")).as("articles published more or less than once").isZero();
        assertThat(count("select count(*) from audit_event e join article a on a.id = e.article_id where a.headline like "
                + "'Terjadwal % " + DATABASE + "' and e.to_status = 'PUBLISHED'")).isEqualTo(SCHEDULED);
        nothingIsHalfMade();
    }

    /**
     * {@code CMS_MAX_CONNECTIONS}: with the node's connections all held open by idle clients, a new request gets
     * no answer; as soon as they close, it is served. (Slow and idle clients are cut off by the timeouts that
     * ServerLimitsIT tests; this is the ceiling above them.)
     */
    @Test
    void connectionsBeyondTheLimitWaitUntilOthersClose() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_CONNECTIONS + 5; i++) {
                idle.add(new Socket("127.0.0.1", node.url().getPort()));
            }
            Thread.sleep(500);
            HttpClient fresh = HttpClient.newHttpClient();
            HttpRequest ask = HttpRequest.newBuilder(
                    URI.create(node.url() + "api/public/articles")).timeout(Duration.ofSeconds(3)).build();
            assertThatThrownBy(() -> fresh.send(ask, HttpResponse.BodyHandlers.discarding()))
                    .as("no answer while every connection is taken").isInstanceOf(HttpTimeoutException.class);
            for (Socket socket : idle) {
                socket.close();
            }
            idle.clear();
            HttpRequest again = HttpRequest.newBuilder(
                    URI.create(node.url() + "api/public/articles")).timeout(Duration.ofSeconds(10)).build();
            assertThat(HttpClient.newHttpClient().send(again, HttpResponse.BodyHandlers.discarding())
                    .statusCode()).as("served once the others have gone").isEqualTo(200);
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    private static int cli(String[] args, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return ImportCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
    }
}
