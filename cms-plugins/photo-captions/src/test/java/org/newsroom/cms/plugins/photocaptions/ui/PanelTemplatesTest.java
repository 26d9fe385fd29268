package org.newsroom.cms.plugins.photocaptions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.ui.PanelRoutes;
import org.newsroom.cms.plugin.api.ui.Templates;
import org.newsroom.cms.plugins.photocaptions.publish.PublishRules;
import org.newsroom.cms.plugins.photocaptions.store.Photo;

/**
 * The panel's templates rendered as the panel renders them: every control labelled, nothing the strict CSP would
 * block (no inline style or script), text escaped, controls only when editable, the routes the panel serves.
 */
class PanelTemplatesTest {

    static final UUID ARTICLE = UUID.randomUUID();
    static final Templates TEMPLATES = new Templates(PhotosPanel.class, "org.newsroom.cms.plugins.photocaptions.jte");

    static Photo photo(int position, String caption, String credit, String alt, boolean image) {
        return new Photo(UUID.randomUUID(), ARTICLE, position, caption, credit, null, null, null, alt,
                image ? "key-" + position : null, image ? "image/jpeg" : null, image ? 1000 : null,
                image ? "ab".repeat(32) : null, image ? 640 : null, image ? 480 : null, null);
    }

    static PanelView view(boolean editable, Locale locale) {
        return new PanelView(PhotoFormTest.MESSAGES.in(locale), new PanelRoutes("photo-captions", ARTICLE), "csrf-1",
                editable, 20);
    }

    static Document render(boolean editable, Locale locale, List<Photo> photos) {
        PanelView v = view(editable, locale);
        List<PhotoItem> items = photos.stream().map(p -> new PhotoItem(p, photos.size(), PhotoForm.of(p),
                !PublishRules.ALL.broken(p).isEmpty())).toList();
        String html = TEMPLATES.render("photos", Map.of("v", v, "items", items,
                "vetoes", v.say(PublishRules.ALL.vetoes(photos))));
        return Jsoup.parseBodyFragment(html);
    }

    static final List<Photo> PHOTOS = List.of(
            photo(1, "Banjir <b>di</b> Demak", "ANTARA", "Warga mendorong motor melewati air", true),
            photo(2, "Kepala Staf Angkatan Bersenjata Iran", null, null, false));

    @Test
    void everyControlHasALabelAndNothingInlineTheCspWouldBlock() {
        Document doc = render(true, Locale.ENGLISH, PHOTOS);
        for (Element control : doc.select("input:not([type=hidden]), textarea, select")) {
            boolean labelled = !control.id().isEmpty() && !doc.select("label[for=" + control.id() + "]").isEmpty()
                    || control.hasAttr("aria-label");
            assertThat(labelled).as("label of " + control).isTrue();
        }
        for (Element button : doc.select("button")) {
            assertThat(button.hasAttr("aria-label") ? button.attr("aria-label") : button.text())
                    .as("name of " + button).isNotBlank();
        }
        assertThat(doc.select("[style], script, style")).isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on") || a.getKey().startsWith("hx-on"))).isEmpty();
        assertThat(doc.select("progress").eachAttr("aria-label")).hasSize(2).containsOnly("Upload progress");
        // ids are unique, so every label points at one control
        assertThat(doc.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void theListShowsThumbnailsTheLeadTheSlotWithItsOwnDropZoneAndTheVetoes() {
        Document doc = render(true, Locale.ENGLISH, PHOTOS);
        Photo lead = PHOTOS.get(0);
        Photo slot = PHOTOS.get(1);
        Element first = doc.getElementById("photo-" + lead.id());
        assertThat(first.selectFirst("img.thumb").attr("src"))
                .isEqualTo("/api/articles/" + ARTICLE + "/photo-captions/photos/" + lead.id() + "/image/320");
        assertThat(first.selectFirst("img.thumb").attr("alt")).isEqualTo("Warga mendorong motor melewati air");
        assertThat(first.text()).contains("Lead photo").contains("Banjir <b>di</b> Demak").contains("Credit: ANTARA");
        assertThat(first.select("b")).as("captions are escaped").isEmpty();
        assertThat(first.select("button").eachText()).containsExactly("Move down", "Remove", "Save photo 1");
        assertThat(first.selectFirst("details").hasAttr("open")).as("nothing to fix: folded").isFalse();

        Element second = doc.getElementById("photo-" + slot.id());
        assertThat(second.select("img")).isEmpty();
        assertThat(second.text()).contains("Waiting for its image");
        Element slotForm = second.selectFirst("[data-dropzone] form");
        assertThat(slotForm.attr("hx-post")).isEqualTo("/newsroom/plugins/photo-captions/articles/" + ARTICLE
                + "/photos/" + slot.id() + "/image");
        assertThat(slotForm.attr("hx-encoding")).isEqualTo("multipart/form-data");
        assertThat(second.select("button").eachAttr("hx-post")).contains(
                "/newsroom/plugins/photo-captions/articles/" + ARTICLE + "/photos/" + slot.id() + "/move?to=1");
        assertThat(second.select("button").eachAttr("aria-label")).contains("Make lead: photo 2", "Move up: photo 2");
        assertThat(second.selectFirst("details").hasAttr("open")).as("checks fail: unfolded").isTrue();
        assertThat(second.selectFirst("textarea[name=caption]").text()).isEqualTo("Kepala Staf Angkatan Bersenjata Iran");

        Element list = doc.getElementById("photo-list");
        assertThat(list.hasAttr("data-sortable")).isTrue();
        assertThat(list.attr("data-sort-url")).endsWith("/photos/order");
        assertThat(list.select("li.sort-item").eachAttr("data-key"))
                .containsExactly(lead.id().toString(), slot.id().toString());
        assertThat(doc.getElementById("photo-vetoes").select("li").eachText()).containsExactly(
                "Photo 2: upload the image (so far there is only a caption slot)", "Photo 2: add a credit line",
                "Photo 2: add alt text describing the image for readers who cannot see it");
        Element upload = doc.selectFirst("#photos > [data-dropzone] input[type=file]");
        assertThat(upload.hasAttr("multiple")).isTrue();
        assertThat(doc.getElementById("photo-search").attr("hx-trigger")).isEqualTo("input changed delay:300ms, search");
    }

    @Test
    void readOnlyItShowsThePhotosAndTheirTextsWithoutAnyControl() {
        Document doc = render(false, Locale.forLanguageTag("id"), PHOTOS);
        assertThat(doc.select("form, button, input, textarea, [data-dropzone], [data-sortable]")).isEmpty();
        assertThat(doc.text()).contains("Foto utama").contains("Menunggu gambarnya").contains("Teks alternatif")
                .contains("Warga mendorong motor melewati air")
                .contains("Foto 2: tambahkan baris kredit");
    }

    @Test
    void noPhotosNoVetoes() {
        Document doc = render(true, Locale.ENGLISH, List.of());
        assertThat(doc.getElementById("photo-list").text()).isEqualTo("No photos yet.");
        assertThat(doc.getElementById("photo-list").hasAttr("data-sortable")).isFalse();
        assertThat(doc.getElementById("photo-vetoes").text()).isEqualTo("No photos, nothing to check.");
    }
}
