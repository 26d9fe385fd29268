package org.newsroom.cms.plugins.photocaptions.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugins.photocaptions.store.Photo;

class PublishRulesTest {

    private static final UUID ARTICLE = UUID.randomUUID();

    static Photo photo(int position, String caption, String credit, String alt, boolean image) {
        return new Photo(UUID.randomUUID(), ARTICLE, position, caption, credit, null, null, null, alt,
                image ? "key-" + position : null, image ? "image/jpeg" : null, image ? 1000 : null,
                image ? "ab".repeat(32) : null, image ? 640 : null, image ? 480 : null, null);
    }

    @Test
    void everyMissingPieceIsAReasonNamingThePhoto() {
        List<Photo> photos = List.of(
                photo(1, "Kepala Staf Angkatan Bersenjata Iran", "Reuters", "A general in uniform at a lectern", true),
                photo(2, "Banjir di Demak", null, null, true),
                photo(3, null, null, null, false));

        assertThat(PublishRules.ALL.reasons(photos)).containsExactly(
                "Photo 2: add a credit line",
                "Photo 2: add alt text describing the image for readers who cannot see it",
                "Photo 3: upload the image (so far there is only a caption slot)",
                "Photo 3: add a caption",
                "Photo 3: add a credit line",
                "Photo 3: add alt text describing the image for readers who cannot see it");
    }

    @Test
    void altTextThatRepeatsTheCaptionIsFlagged() {
        List<Photo> photos = List.of(photo(1, "Banjir di Demak.", "ANTARA", "banjir di  demak", true));
        assertThat(PublishRules.ALL.reasons(photos)).containsExactly(
                "Photo 1: the alt text repeats the caption; describe what the image shows instead");
    }

    @Test
    void eachCheckCanBeSwitchedOff() {
        List<Photo> photos = List.of(photo(1, "Same", null, "Same", false), photo(2, null, "AP", null, true));
        assertThat(new PublishRules(false, false, false, false, false).reasons(photos)).isEmpty();
        assertThat(new PublishRules(true, false, false, false, false).reasons(photos))
                .containsExactly("Photo 1: upload the image (so far there is only a caption slot)");
        assertThat(new PublishRules(false, true, false, false, false).reasons(photos))
                .containsExactly("Photo 2: add a caption");
        assertThat(new PublishRules(false, false, true, false, false).reasons(photos))
                .containsExactly("Photo 1: add a credit line");
        assertThat(new PublishRules(false, false, false, true, false).reasons(photos)).containsExactly(
                "Photo 2: add alt text describing the image for readers who cannot see it");
        assertThat(new PublishRules(false, false, false, false, true).reasons(photos)).containsExactly(
                "Photo 1: the alt text repeats the caption; describe what the image shows instead");
        assertThat(PublishRules.ALL.reasons(List.of())).isEmpty();
    }

    @Test
    void deliveredJsonHasNewsroomOrPublicUrls() {
        Photo withImage = photo(1, "C", "Reuters", "Alt", true);
        Map<String, Object> newsroom = PhotoJson.of(withImage, true);
        assertThat(newsroom).containsEntry("lead", true).containsEntry("hasImage", true)
                .containsEntry("url", "/api/articles/" + ARTICLE + "/photo-captions/photos/" + withImage.id() + "/image")
                .containsEntry("renditions", Map.of(
                        "320", "/api/articles/" + ARTICLE + "/photo-captions/photos/" + withImage.id() + "/image/320",
                        "1280", "/api/articles/" + ARTICLE + "/photo-captions/photos/" + withImage.id() + "/image/1280"));
        Map<String, Object> published = PhotoJson.of(withImage, false);
        assertThat(published).containsEntry("url", "/api/public/photos/" + withImage.id())
                .containsEntry("renditions", Map.of("320", "/api/public/photos/" + withImage.id() + "/320",
                        "1280", "/api/public/photos/" + withImage.id() + "/1280"))
                .doesNotContainKeys("capturedAt", "sizeBytes", "photographerContributor");
        assertThat(published.keySet()).containsExactly("id", "position", "lead", "caption", "credit", "photographer",
                "copyright", "altText", "width", "height", "hasImage", "url", "renditions");

        Map<String, Object> slot = PhotoJson.of(photo(2, "C", null, null, false), true);
        assertThat(slot).containsEntry("hasImage", false).containsEntry("lead", false).containsEntry("url", null)
                .containsEntry("renditions", Map.of());
    }

    @Test
    void vetoesNameThePhotoAndTheRuleSoTheyCanBeSaidInAnyLanguage() {
        List<Photo> photos = List.of(photo(1, "Banjir", "ANTARA", "Warga di air", true), photo(2, null, "AP", null, false));
        assertThat(PublishRules.ALL.vetoes(photos)).containsExactly(
                new PublishRules.Veto(2, PublishRules.Rule.IMAGE), new PublishRules.Veto(2, PublishRules.Rule.CAPTION),
                new PublishRules.Veto(2, PublishRules.Rule.ALT_TEXT));
        assertThat(PublishRules.ALL.broken(photos.get(0))).isEmpty();
        assertThat(PublishRules.ALL.vetoes(photos).get(1).reason()).isEqualTo("Photo 2: add a caption");
    }
}
