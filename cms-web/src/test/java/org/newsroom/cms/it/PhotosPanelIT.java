package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.cms.it.PhotosPanelFixtures.ROUTES;

import java.awt.Color;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.cms.it.PageSession.File;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The photo-captions plugin's newsroom panel over HTTP, driven as htmx drives it (a signed-in session, the CSRF
 * header): the panel in the editor, uploads pre-filled from the IPTC the test wrote, the photo form with its errors
 * inline, publish checks refreshed after each change, a wire caption slot filled by an upload, order and lead,
 * reuse of a photo already in the CMS, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhotosPanelIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.cms();
    }

    @ArquillianResource
    URL base;

    Newsroom newsroom;
    Newsroom.Account journalist;
    PageSession session;

    @BeforeEach
    void signIn() throws Exception {
        newsroom = new Newsroom(base);
        journalist = newsroom.account("photos", "Photo Desk", "JOURNALIST");
        session = new PageSession(base).signIn(journalist.username(), journalist.password());
    }

    String article(String headline) {
        ApiClient.Reply created = journalist.api().post("/api/articles", Newsroom.article(headline));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    JsonNode photos(String id) {
        return journalist.api().get("/api/articles/" + id + "/photo-captions/photos").json();
    }

    static List<String> vetoes(String html) {
        return Jsoup.parseBodyFragment(html).select("#photo-vetoes li").eachText();
    }

    @Test
    void uploadsArePrefilledFromTheirIptcAndTheFormFixesWhatTheChecksAsk() throws Exception {
        String id = article("Banjir di Demak " + UUID.randomUUID());
        HttpResponse<String> editor = session.get("/newsroom/articles/" + id);
        Document page = Jsoup.parse(editor.body());
        assertThat(page.select("aside #panel-photo-captions h2").text()).isEqualTo("Photos");
        assertThat(page.selectFirst("#panel-photo-captions input[type=file][multiple]").attr("name")).isEqualTo("files");
        assertThat(page.select("#photo-list").text()).isEqualTo("No photos yet.");

        byte[] tagged = PhotosPanelFixtures.taggedJpeg("Warga melintasi banjir di Demak", "Budi Santoso",
                "ANTARA FOTO/Budi Santoso", "© ANTARA 2026", null);
        byte[] plain = PhotosPanelFixtures.jpeg(800, 600, Color.DARK_GRAY);
        HttpResponse<String> uploaded = session.upload(ROUTES + id + "/photos",
                List.of(new File("files", "banjir.jpg", tagged), new File("files", "plain.jpg", plain),
                        new File("files", "notes.jpg", "not an image".getBytes(StandardCharsets.UTF_8))));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        Document list = Jsoup.parseBodyFragment(uploaded.body());
        assertThat(list.select("#photo-list > li.sort-item")).hasSize(2);
        assertThat(list.select("#photo-status p").eachText()).containsExactly(
                "Photo 1 added; caption, credit, photographer, copyright filled in from the file.", "Photo 2 added.");
        assertThat(list.select("#photo-errors p").eachText()).containsExactly("notes.jpg is not a JPEG, PNG or WebP image.");
        assertThat(list.selectFirst("#photo-list textarea[name=caption]").text()).isEqualTo("Warga melintasi banjir di Demak");
        assertThat(list.selectFirst("#photo-list input[name=credit]").val()).isEqualTo("ANTARA FOTO/Budi Santoso");
        assertThat(vetoes(uploaded.body())).containsExactly(
                "Photo 1: add alt text describing the image for readers who cannot see it",
                "Photo 2: add a caption", "Photo 2: add a credit line",
                "Photo 2: add alt text describing the image for readers who cannot see it");
        JsonNode stored = photos(id);
        assertThat(stored.get(0).path("caption").asText()).isEqualTo("Warga melintasi banjir di Demak");
        assertThat(stored.get(0).path("photographer").asText()).isEqualTo("Budi Santoso");
        assertThat(stored.get(0).path("lead").asBoolean()).as("the first is the lead").isTrue();
        String first = stored.get(0).path("id").asText();

        // the thumbnail is the rendition, and the session may fetch it
        String thumb = list.selectFirst("#photo-" + first + " img.thumb").attr("src");
        assertThat(thumb).isEqualTo("/api/articles/" + id + "/photo-captions/photos/" + first + "/image/320");
        HttpResponse<String> image = session.send("GET", thumb, null, null, "Accept", "image/avif,image/webp,*/*");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");

        // a credit too long: 422, the form back as typed with the message inline, nothing saved
        HttpResponse<String> refused = session.htmx(ROUTES + id + "/photos/" + first,
                Map.of("caption", "Warga melintasi banjir", "credit", "x".repeat(301), "altText", "Air setinggi lutut"));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document form = Jsoup.parseBodyFragment(refused.body());
        assertThat(form.selectFirst("#credit-" + first).attr("aria-invalid")).isEqualTo("true");
        assertThat(form.selectFirst("#credit-" + first + "-error").text()).isEqualTo("Too long: at most 300 characters.");
        assertThat(form.selectFirst("#altText-" + first).text()).isEqualTo("Air setinggi lutut");
        assertThat(photos(id).get(0).path("altText").isNull()).isTrue();

        // alt text added: the photo comes back saved and its veto is gone from the checks
        HttpResponse<String> saved = session.htmx(ROUTES + id + "/photos/" + first,
                Map.of("altText", "Orang-orang mendorong sepeda motor melewati air setinggi lutut"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Jsoup.parseBodyFragment(saved.body()).select("li#photo-" + first + " [role=status]").text())
                .isEqualTo("Photo 1 saved.");
        assertThat(vetoes(saved.body())).doesNotContain(
                "Photo 1: add alt text describing the image for readers who cannot see it")
                .contains("Photo 2: add a credit line");
        assertThat(photos(id).get(0).path("credit").asText()).as("fields not sent are kept")
                .isEqualTo("ANTARA FOTO/Budi Santoso");

        // the same checks the validator applies: publishing is vetoed for photo 2 only
        String second = photos(id).get(1).path("id").asText();
        session.htmx(ROUTES + id + "/photos/" + second, Map.of("caption", "Jalan di Demak", "credit", "Photo Desk",
                "altText", "Jalan tergenang di depan pasar"));
        assertThat(vetoes(session.get(ROUTES + id + "/photos").body())).isEmpty();
        assertThat(session.get(ROUTES + id + "/photos").body()).contains("The photos are ready to publish.");

        // in Indonesian
        session.language = "id-ID,id;q=0.9";
        assertThat(session.get(ROUTES + id + "/photos").body()).contains("Tambah foto").contains("Foto siap diterbitkan.");
    }

    @Test
    void aFileDroppedOnAWireSlotKeepsTheWireCaptionAndFillsOnlyWhatIsEmpty() throws Exception {
        ApiClient.Reply imported = journalist.api().raw("POST", "/api/import/wire?filename=seed.txt",
                "text/plain; charset=UTF-8", PhotosPanelFixtures.uniqueSeed().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        String id = imported.json().path("results").get(0).path("articleId").asText();
        String slot = photos(id).get(0).path("id").asText();

        Document panel = Jsoup.parseBodyFragment(session.get(ROUTES + id + "/photos").body());
        assertThat(panel.select("#photo-" + slot).text()).contains("Waiting for its image")
                .contains("Kepala Staf Angkatan Bersenjata Iran, Mayor Jenderal Mohammad Baqeri");
        assertThat(panel.selectFirst("#photo-" + slot + " [data-dropzone] form").attr("hx-post"))
                .isEqualTo(ROUTES + id + "/photos/" + slot + "/image");
        assertThat(vetoes(panel.outerHtml())).contains("Photo 1: upload the image (so far there is only a caption slot)");

        byte[] agency = PhotosPanelFixtures.taggedJpeg("Mohammad Bagheri at a press conference in Tehran", "Majid Asgaripour",
                "WANA via REUTERS", null, null);
        HttpResponse<String> filled = session.upload(ROUTES + id + "/photos/" + slot + "/image",
                List.of(new File("file", "baqeri.jpg", agency)));
        assertThat(filled.statusCode()).as(filled.body()).isEqualTo(200);
        assertThat(Jsoup.parseBodyFragment(filled.body()).select("#photo-status").text())
                .isEqualTo("Photo 1 added; credit, photographer filled in from the file.");
        JsonNode photo = photos(id).get(0);
        assertThat(photo.path("id").asText()).isEqualTo(slot);
        assertThat(photo.path("caption").asText()).as("the wire caption stays")
                .isEqualTo("Kepala Staf Angkatan Bersenjata Iran, Mayor Jenderal Mohammad Baqeri");
        assertThat(photo.path("credit").asText()).isEqualTo("WANA via REUTERS");
        assertThat(photo.path("photographer").asText()).isEqualTo("Majid Asgaripour");
        assertThat(photo.path("hasImage").asBoolean()).isTrue();
        assertThat(photos(id)).hasSize(1);
        assertThat(vetoes(filled.body())).containsExactly(
                "Photo 1: add alt text describing the image for readers who cannot see it");
    }

    @Test
    void photosAreReorderedByDragOrByButtonsAndTheFirstIsTheLead() throws Exception {
        String id = article("Tiga foto " + UUID.randomUUID());
        session.upload(ROUTES + id + "/photos", List.of(new File("files", "a.jpg", PhotosPanelFixtures.jpeg(320, 240, Color.RED)),
                new File("files", "b.jpg", PhotosPanelFixtures.jpeg(320, 240, Color.GREEN)),
                new File("files", "c.jpg", PhotosPanelFixtures.jpeg(320, 240, Color.BLUE))));
        List<String> ids = photos(id).findValuesAsText("id");
        assertThat(ids).hasSize(3);

        // a drag posts every key in the new order
        HttpResponse<String> dragged = session.htmx("POST", ROUTES + id + "/photos/order",
                Map.of("order", List.of(ids.get(2), ids.get(0), ids.get(1))));
        assertThat(dragged.statusCode()).as(dragged.body()).isEqualTo(200);
        assertThat(Jsoup.parseBodyFragment(dragged.body()).select("#photo-list > li").eachAttr("data-key"))
                .containsExactly(ids.get(2), ids.get(0), ids.get(1));
        assertThat(photos(id).findValuesAsText("id")).containsExactly(ids.get(2), ids.get(0), ids.get(1));
        assertThat(photos(id).get(0).path("lead").asBoolean()).isTrue();

        // the keyboard's way: Move down, Make lead
        Document list = Jsoup.parseBodyFragment(dragged.body());
        assertThat(list.select("#photo-" + ids.get(2) + " button").eachText()).doesNotContain("Make lead", "Move up");
        String down = list.selectFirst("#photo-" + ids.get(2) + " button[aria-label='Move down: photo 1']").attr("hx-post");
        assertThat(session.htmx(down, Map.of()).statusCode()).isEqualTo(200);
        assertThat(photos(id).findValuesAsText("id")).containsExactly(ids.get(0), ids.get(2), ids.get(1));
        String lead = Jsoup.parseBodyFragment(session.get(ROUTES + id + "/photos").body())
                .selectFirst("#photo-" + ids.get(1) + " button[aria-label='Make lead: photo 3']").attr("hx-post");
        HttpResponse<String> leadAnswer = session.htmx(lead, Map.of());
        assertThat(Jsoup.parseBodyFragment(leadAnswer.body()).select("#photo-" + ids.get(1)).text()).contains("Lead photo");
        assertThat(photos(id).findValuesAsText("id")).containsExactly(ids.get(1), ids.get(0), ids.get(2));

        // an order that leaves a photo out is refused in the panel's alert, and nothing moves
        HttpResponse<String> partial = session.htmx("POST", ROUTES + id + "/photos/order",
                Map.of("order", List.of(ids.get(0), ids.get(1))));
        assertThat(partial.statusCode()).isEqualTo(422);
        assertThat(partial.headers().firstValue("HX-Retarget")).hasValue("#panel-photo-captions-alert");
        assertThat(partial.body()).contains("list every photo id of this article exactly once");
        assertThat(session.htmx(ROUTES + id + "/photos/" + ids.get(0) + "/move?to=9", Map.of()).statusCode()).isEqualTo(422);
        assertThat(photos(id).findValuesAsText("id")).containsExactly(ids.get(1), ids.get(0), ids.get(2));

        // removing one renumbers the rest
        assertThat(session.send("DELETE", ROUTES + id + "/photos/" + ids.get(1), null, null, "X-CSRF-Token", session.csrf)
                .statusCode()).isEqualTo(200);
        assertThat(photos(id).findValuesAsText("id")).containsExactly(ids.get(0), ids.get(2));
    }

    @Test
    void aPhotoAlreadyInTheCmsIsFoundByCaptionCreditOrPhotographerAndReusedWithoutASecondUpload() throws Exception {
        String token = "Reuse" + UUID.randomUUID().toString().substring(0, 8);
        String first = article("Asal foto " + token);
        session.upload(ROUTES + first + "/photos", List.of(new File("files", "pasar.jpg",
                PhotosPanelFixtures.taggedJpeg("Pasar terapung " + token, "Rina Kusuma", "KOMPAS/" + token, null, "Perahu"))));
        String original = photos(first).get(0).path("id").asText();
        String second = article("Foto dipakai lagi " + token);

        for (String query : List.of(token.toLowerCase(), "pasar terap " + token, "Rina Kus " + token, "kompas " + token)) {
            HttpResponse<String> found = session.get(ROUTES + second + "/photos/search?q="
                    + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parseBodyFragment(found.body()).select("button.picker-option").eachAttr("hx-post"))
                    .as(query).containsExactly(ROUTES + second + "/photos/reuse/" + original);
        }
        assertThat(session.get(ROUTES + second + "/photos/search?q=nothing" + token).body()).contains("No photo matches");

        HttpResponse<String> reused = session.htmx(ROUTES + second + "/photos/reuse/" + original, Map.of());
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(200);
        assertThat(Jsoup.parseBodyFragment(reused.body()).select("#photo-status").text()).isEqualTo("Photo 1 added from the CMS.");
        JsonNode copy = photos(second).get(0);
        assertThat(copy.path("id").asText()).isNotEqualTo(original);
        assertThat(copy.path("caption").asText()).isEqualTo("Pasar terapung " + token);
        assertThat(copy.path("credit").asText()).isEqualTo("KOMPAS/" + token);
        try (Connection db = Newsroom.database()) {
            assertThat(imageKeys(db, original)).isEqualTo(imageKeys(db, copy.path("id").asText()));
            assertThat(count(db, "select count(*) from plg_photo_captions_image where image_key = "
                    + "(select image_key from plg_photo_captions_photo where id = ?::uuid)", original)).isEqualTo(1);
        }
        // already in this article: not offered again
        assertThat(session.get(ROUTES + second + "/photos/search?q=" + token).body()).doesNotContain("picker-option");

        // the copy is edited alone; deleting the original keeps the copy's image
        session.htmx(ROUTES + second + "/photos/" + copy.path("id").asText(), Map.of("caption", "Pasar di Banjarmasin"));
        assertThat(photos(first).get(0).path("caption").asText()).isEqualTo("Pasar terapung " + token);
        assertThat(session.send("DELETE", ROUTES + first + "/photos/" + original, null, null, "X-CSRF-Token", session.csrf)
                .statusCode()).isEqualTo(200);
        assertThat(session.send("GET", "/api/articles/" + second + "/photo-captions/photos/" + copy.path("id").asText()
                + "/image", null, null, "Accept", "image/*").statusCode()).isEqualTo(200);
        // and the last photo going takes the bytes with it
        try (Connection db = Newsroom.database()) {
            String key = imageKeys(db, copy.path("id").asText());
            session.send("DELETE", ROUTES + second + "/photos/" + copy.path("id").asText(), null, null, "X-CSRF-Token", session.csrf);
            assertThat(count(db, "select count(*) from plg_photo_captions_image where image_key = ?", key)).isZero();
        }
    }

    @Test
    void onlyWhoMayEditTheArticleChangesItsPhotosAndTheReviewScreenShowsThemReadOnly() throws Exception {
        String id = article("Ditinjau " + UUID.randomUUID());
        session.upload(ROUTES + id + "/photos", List.of(new File("files", "a.jpg", PhotosPanelFixtures.jpeg(320, 240, Color.RED))));
        String photo = photos(id).get(0).path("id").asText();

        // without the CSRF header nothing runs
        HttpResponse<String> forged = session.send("POST", ROUTES + id + "/photos/" + photo,
                "application/x-www-form-urlencoded", "caption=forged");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(photos(id).get(0).path("caption").isNull()).isTrue();

        // another journalist: read-only panel, every change refused
        Newsroom.Account other = newsroom.account("photos-other", "Other Desk", "JOURNALIST");
        PageSession stranger = new PageSession(base).signIn(other.username(), other.password());
        Document panel = Jsoup.parseBodyFragment(stranger.get(ROUTES + id + "/photos").body());
        assertThat(panel.select("form, button, input")).isEmpty();
        assertThat(stranger.htmx(ROUTES + id + "/photos/" + photo, Map.of("caption", "Not mine")).statusCode()).isEqualTo(403);
        assertThat(stranger.upload(ROUTES + id + "/photos", List.of(new File("files", "b.jpg",
                PhotosPanelFixtures.jpeg(320, 240, Color.BLUE)))).statusCode()).isEqualTo(403);
        assertThat(photos(id)).hasSize(1);

        // submitted: the journalist may no longer edit; the review screen shows the photos without controls
        assertThat(journalist.api().post("/api/articles/" + id + "/transitions", Map.of("to", "IN_REVIEW")).status())
                .isEqualTo(200);
        Document review = Jsoup.parse(session.get("/newsroom/articles/" + id + "/review").body());
        assertThat(review.select("#panel-photo-captions #photo-" + photo)).hasSize(1);
        assertThat(review.select("#panel-photo-captions form, #panel-photo-captions button")).isEmpty();
        assertThat(review.select("#panel-photo-captions #photo-vetoes li").eachText())
                .contains("Photo 1: add a caption");
        assertThat(session.htmx(ROUTES + id + "/photos/" + photo, Map.of("caption", "Late")).statusCode()).isEqualTo(403);
        assertThat(session.get(ROUTES + UUID.randomUUID() + "/photos").statusCode()).isEqualTo(404);
        assertThat(session.get(ROUTES + id + "/nothing-here").statusCode()).isEqualTo(404);
        assertThat(session.htmx(ROUTES + id + "/photos/not-a-uuid", Map.of()).statusCode()).isEqualTo(404);
    }

    private static String imageKeys(Connection db, String photoId) throws Exception {
        try (PreparedStatement q = db.prepareStatement("select image_key from plg_photo_captions_photo where id = ?::uuid")) {
            q.setString(1, photoId);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static long count(Connection db, String sql, String value) throws Exception {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, value);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
