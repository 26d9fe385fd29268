package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

/**
 * Plugin state is kept in memory on each node and refreshed through the change channel (PostgreSQL
 * LISTEN/NOTIFY). The test plays "another node": it changes {@code plugin_state} over its own JDBC
 * connection, as that node's admin service would, and watches this node.
 */
class PluginChangesIT extends AbstractApiIT {

    private static final String PLUGIN = "tagging";

    private void setEnabled(boolean enabled, boolean announce) throws Exception {
        try (Connection c = Newsroom.database()) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement(
                    "update plugin_state set enabled = ?, version = version + 1 where plugin_id = ?")) {
                update.setBoolean(1, enabled);
                update.setString(2, PLUGIN);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            if (announce) {
                try (PreparedStatement notify = c.prepareStatement("select pg_notify('cms_change', ?)")) {
                    notify.setString(1, "plugins:" + PLUGIN);
                    notify.execute();
                }
            }
            c.commit();
        }
    }

    private int publicTags() {
        return newsroom.anonymous().get("/api/public/tags").status();
    }

    /** Milliseconds until the answer satisfies {@code expected}, or -1 after {@code limitMillis}. */
    private long millisUntil(IntPredicate expected, long limitMillis) throws InterruptedException {
        long start = System.nanoTime();
        while ((System.nanoTime() - start) / 1_000_000 < limitMillis) {
            if (expected.test(publicTags())) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(20);
        }
        return -1;
    }

    @Test
    void anotherNodesChangeIsSeenWithinASecondAndUnannouncedRowsAreNotReadOnEveryRequest() throws Exception {
        assertThat(publicTags()).isEqualTo(200);
        try {
            setEnabled(false, true);
            long seen = millisUntil(s -> s == 404, 1000);
            assertThat(seen).as("disable through another node seen within a second").isBetween(0L, 1000L);
            setEnabled(true, true);
            assertThat(millisUntil(s -> s == 200, 1000)).as("enable seen within a second").isBetween(0L, 1000L);

            // the hot path reads no plugin_state: a row changed without an announcement goes unnoticed…
            setEnabled(false, false);
            assertThat(millisUntil(s -> s == 404, 1500)).as("served from memory").isEqualTo(-1L);
            // …until the change channel says so
            try (Connection c = Newsroom.database(); PreparedStatement notify = c.prepareStatement(
                    "select pg_notify('cms_change', 'plugins:" + PLUGIN + "')")) {
                notify.execute();
            }
            assertThat(millisUntil(s -> s == 404, 1000)).isBetween(0L, 1000L);
        } finally {
            setEnabled(true, true);
            millisUntil(s -> s == 200, 2000);
        }
        assertThat(publicTags()).isEqualTo(200);
    }

    @Test
    void putReplacesTheWholeConfigurationAndPatchChangesOnlyTheKeysGiven() {
        String config = "/api/admin/plugins/photo-captions/config";
        try {
            ApiClient.Reply put = newsroom.admin.put(config, java.util.Map.of("maxUploadMb", 30, "requireCredit", false));
            assertThat(put.status()).as(put.raw()).isEqualTo(200);
            ApiClient.Reply patched = newsroom.admin.patch(config, java.util.Map.of("maxUploadMb", 40));
            assertThat(patched.status()).as(patched.raw()).isEqualTo(200);
            assertThat(patched.json().path("config").path("maxUploadMb").asInt()).isEqualTo(40);
            assertThat(patched.json().path("config").path("requireCredit").asBoolean()).as("kept by PATCH").isFalse();

            java.util.Map<String, Object> reset = new java.util.HashMap<>();
            reset.put("requireCredit", null);
            assertThat(newsroom.admin.patch(config, reset).json().path("config").path("requireCredit").asBoolean())
                    .as("null resets one key to its default").isTrue();
            assertThat(newsroom.admin.patch(config, java.util.Map.of("maxUploadMb", "lots")).status()).isEqualTo(400);

            ApiClient.Reply replaced = newsroom.admin.put(config, java.util.Map.of("requireCredit", false));
            assertThat(replaced.json().path("config").path("maxUploadMb").asInt()).as("PUT resets what it leaves out")
                    .isEqualTo(20);
        } finally {
            newsroom.admin.put(config, java.util.Map.of());
        }
    }
}
