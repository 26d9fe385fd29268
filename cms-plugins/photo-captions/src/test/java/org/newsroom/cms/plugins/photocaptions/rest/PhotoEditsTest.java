package org.newsroom.cms.plugins.photocaptions.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugins.photocaptions.image.UploadRejectedException;

class PhotoEditsTest {

    @Test
    void presentFieldsAreSetBlankClearsAbsentAreKept() {
        Map<String, Object> body = new HashMap<>();
        body.put("caption", "  Banjir di Demak ");
        body.put("credit", "");
        body.put("altText", null);
        body.put("photographerContributor", "budi-santoso");
        body.put("position", 2);
        PhotoEdits.Edit edit = PhotoEdits.parse(body, true);
        assertThat(edit.valid()).isTrue();
        assertThat(edit.text()).containsEntry("caption", "Banjir di Demak").containsEntry("credit", null)
                .containsEntry("altText", null).containsEntry("photographerContributor", "budi-santoso")
                .doesNotContainKey("copyright");
        assertThat(edit.position()).isEqualTo(2);
    }

    @Test
    void problemsAreListedPerField() {
        Map<String, Object> body = new HashMap<>();
        body.put("caption", "x".repeat(2001));
        body.put("credit", 7);
        body.put("photographerContributor", "Budi Santoso");
        body.put("position", 0);
        body.put("colour", "blue");
        PhotoEdits.Edit edit = PhotoEdits.parse(body, true);
        assertThat(edit.unknown()).containsExactly("colour");
        assertThat(edit.errors()).extracting(PhotoEdits.FieldError::field)
                .containsExactlyInAnyOrder("caption", "credit", "photographerContributor", "position");
        assertThat(PhotoEdits.parse(Map.of("position", 1), false).unknown()).containsExactly("position");
    }

    @Test
    void uploadsAreReadOnlyUpToTheLimit() throws Exception {
        assertThat(ArticlePhotosResource.readCapped(new ByteArrayInputStream(new byte[100]), 100)).hasSize(100);
        assertThatThrownBy(() -> ArticlePhotosResource.readCapped(new ByteArrayInputStream(new byte[101]), 100))
                .isInstanceOf(UploadRejectedException.class)
                .extracting(e -> ((UploadRejectedException) e).status()).isEqualTo(413);
    }
}
