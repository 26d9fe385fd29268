package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import java.net.URL;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Config settings carry labels per UI language and a secret flag: a secret's value never leaves the server
 * (not in the plugin's view, not in the audit trail), and sending it back empty or masked keeps it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginSettingsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.cmsWithTestPlugins();
    }

    @ArquillianResource
    URL base;

    private Newsroom newsroom;

    @BeforeEach
    void newsroom() {
        newsroom = new Newsroom(base);
    }

    @AfterEach
    void reset() {
        newsroom.admin.put("/api/admin/plugins/probe/config", Map.of());
    }

    private JsonNode probe() {
        return newsroom.admin.get("/api/admin/plugins/probe").json();
    }

    private static JsonNode setting(JsonNode plugin, String key) {
        for (JsonNode s : plugin.path("configMetadata")) {
            if (s.path("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no setting " + key);
    }

    @Test
    void labelsInBothLanguagesAndTheSecretFlagAreInTheMetadata() {
        JsonNode tagging = newsroom.admin.get("/api/admin/plugins/tagging").json();
        JsonNode suggestions = setting(tagging, "suggestions");
        assertThat(suggestions.path("labels").path("en").asText()).isEqualTo("Suggestions");
        assertThat(suggestions.path("labels").path("id").asText()).isEqualTo("Jumlah saran");
        assertThat(suggestions.path("secret").asBoolean()).isFalse();
        JsonNode apiKey = setting(probe(), "apiKey");
        assertThat(apiKey.path("secret").asBoolean()).isTrue();
        assertThat(apiKey.path("labels").path("id").asText()).isEqualTo("Kunci API");
    }

    @Test
    void aSecretIsMaskedEverywhereAndKeptWhenSentEmpty() {
        ApiClient.Reply set = newsroom.admin.put("/api/admin/plugins/probe/config",
                Map.of("apiKey", "s3cret-value-123", "label", "first"));
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        assertThat(set.raw()).doesNotContain("s3cret-value-123");
        assertThat(set.json().path("config").path("apiKey").asText()).isEqualTo("********");
        assertThat(probe().path("config").path("apiKey").asText()).isEqualTo("********");
        assertThat(newsroom.admin.get("/api/admin/plugins").raw()).doesNotContain("s3cret-value-123");

        // the form sends it back empty (PUT) or masked: kept
        assertThat(newsroom.admin.put("/api/admin/plugins/probe/config", Map.of("apiKey", "", "label", "second"))
                .status()).isEqualTo(200);
        assertThat(newsroom.admin.patch("/api/admin/plugins/probe/config", Map.of("apiKey", "********",
                "label", "third")).status()).isEqualTo(200);
        assertThat(stored()).contains("s3cret-value-123").contains("third");

        // a new value replaces it; the trail shows only that it changed
        assertThat(newsroom.admin.patch("/api/admin/plugins/probe/config", Map.of("apiKey", "another-secret"))
                .status()).isEqualTo(200);
        assertThat(stored()).contains("another-secret");
        ApiClient.Reply trail = newsroom.admin.get("/api/admin/audit?type=PLUGIN_CONFIGURED&limit=10");
        assertThat(trail.raw()).doesNotContain("s3cret-value-123").doesNotContain("another-secret").contains("********");
        assertThat(newsroom.admin.get("/api/admin/plugins/probe/audit").raw())
                .doesNotContain("s3cret-value-123").doesNotContain("another-secret");
    }

    private static String stored() {
        try (var db = Newsroom.database();
             var q = db.prepareStatement("select config from plugin_state where plugin_id = 'probe'");
             var rs = q.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
