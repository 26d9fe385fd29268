package org.newsroom.cms.it;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The test server's management interface (port 9990: health and metrics), on the application's host. */
final class Management {

    static final int PORT = 9990;

    private Management() {
    }

    static ApiClient client(URL applicationBase) {
        try {
            return ApiClient.anonymous(new URL(applicationBase.getProtocol(), applicationBase.getHost(), PORT, "/"));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A health answer's checks by name. */
    static Map<String, JsonNode> checks(JsonNode health) {
        Map<String, JsonNode> byName = new HashMap<>();
        health.path("checks").forEach(check -> byName.put(check.path("name").asText(), check));
        return byName;
    }
}
