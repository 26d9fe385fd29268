package org.newsroom.cms.plugins.photocaptions.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.Bodies;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.photocaptions.photos.ArticlePhotos;
import org.newsroom.cms.plugins.photocaptions.rest.PhotoRequests.NewSlot;
import org.newsroom.cms.plugins.photocaptions.rest.PhotoRequests.PhotoEdit;
import org.newsroom.cms.plugins.photocaptions.store.PhotoText;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

class PhotoRequestsTest {

    /** Configured like the host's mapper: unknown fields are an error. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void sentFieldsAreSetNullOrBlankClearsAndAbsentOnesAreKept() throws Exception {
        PhotoEdit edit = Bodies.valid(JSON.readValue("""
                {"caption": "  Banjir di Demak ", "credit": "", "altText": null,
                 "photographerContributor": "budi-santoso", "position": 2}""", PhotoEdit.class));

        assertThat(edit.text()).isEqualTo(new PhotoText("Banjir di Demak", "", null, "budi-santoso", null, ""));
        assertThat(edit.position()).isEqualTo(2);
        assertThat(JSON.readValue("{}", PhotoEdit.class).text()).isEqualTo(PhotoText.NONE);
    }

    @Test
    void everyBadFieldIsListedWithWhatToDo() throws Exception {
        PhotoEdit edit = JSON.readValue("""
                {"caption": "%s", "photographerContributor": "Budi Santoso", "position": 0}"""
                .formatted("x".repeat(2001)), PhotoEdit.class);

        assertThatThrownBy(() -> Bodies.valid(edit))
                .asInstanceOf(InstanceOfAssertFactories.type(PluginException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors()).containsExactly(
                            new FieldError("caption", "at most 2000 characters"),
                            new FieldError("photographerContributor", PhotoRequests.SLUG_MESSAGE),
                            new FieldError("position", "give the place in the list as a whole number from 1"));
                });
    }

    @Test
    void lengthsAreCheckedAfterStrippingAndABlankSlugClears() {
        PhotoEdit padded = new PhotoEdit("  " + "x".repeat(2000) + "  ", null, null, "  ", null, null, null);
        assertThat(Bodies.valid(padded).caption()).hasSize(2000);
        assertThat(padded.text().photographerContributor()).isEmpty();
    }

    @Test
    void unknownFieldsAndAPositionOnANewSlotAreRefused() {
        assertThatThrownBy(() -> JSON.readValue("{\"colour\": \"blue\"}", PhotoEdit.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"caption\": \"C\", \"position\": 1}", NewSlot.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void aNewSlotKeepsOnlyWhatWasSent() throws Exception {
        NewSlot slot = Bodies.valid(JSON.readValue("{\"caption\": \" Waiting \", \"credit\": \"Reuters\"}",
                NewSlot.class));
        assertThat(slot.text()).isEqualTo(new PhotoText("Waiting", "Reuters", null, null, null, null));
        assertThatThrownBy(() -> Bodies.valid(new NewSlot(null, "x".repeat(301), null, null, null, null)))
                .asInstanceOf(InstanceOfAssertFactories.type(PluginException.class))
                .extracting(PluginException::errors).asList()
                .containsExactly(new FieldError("credit", "at most 300 characters"));
    }

    @Test
    void uploadsAreReadOnlyUpToTheLimit() throws Exception {
        assertThat(ArticlePhotos.readCapped(new ByteArrayInputStream(new byte[100]), 100)).hasSize(100);
        assertThatThrownBy(() -> ArticlePhotos.readCapped(new ByteArrayInputStream(new byte[101]), 100))
                .asInstanceOf(InstanceOfAssertFactories.type(PluginException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.kind()).isEqualTo("upload-too-large");
                });
    }
}
