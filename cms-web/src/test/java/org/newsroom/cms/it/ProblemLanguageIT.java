package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Problem details in the language the client asks for (Indonesian or English), English by default. */
class ProblemLanguageIT extends AbstractApiIT {

    @Test
    void validationAndConflictProblemsHonourAcceptLanguage() {
        ApiClient.Reply english = journalist.post("/api/articles", Map.of("headline", " "));
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.json().path("errors").get(0).path("message").asText()).isEqualTo("is required.");

        ApiClient.Reply indonesian = journalist.post("/api/articles", Map.of("headline", " "),
                "Accept-Language", "id-ID,id;q=0.9,en;q=0.8");
        assertThat(indonesian.status()).isEqualTo(422);
        assertThat(indonesian.json().path("errors").get(0).path("message").asText()).isEqualTo("wajib diisi.");
        assertThat(indonesian.text("detail")).startsWith("Perbaiki isian");

        String id = journalist.post("/api/articles", Newsroom.article("Bahasa masalah")).text("id");
        journalist.put("/api/articles/" + id, Newsroom.article("Bahasa masalah 2"), "If-Match", "\"0\"");
        ApiClient.Reply stale = journalist.put("/api/articles/" + id, Newsroom.article("Bahasa masalah 3"),
                "If-Match", "\"0\"", "Accept-Language", "id");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.text("detail")).startsWith("Artikel ini sudah berubah sejak Anda membukanya");
        ApiClient.Reply staleEnglish = journalist.put("/api/articles/" + id, Newsroom.article("Bahasa masalah 3"),
                "If-Match", "\"0\"", "Accept-Language", "fr, en;q=0.5");
        assertThat(staleEnglish.text("detail")).startsWith("This article changed since you loaded it");
    }
}
