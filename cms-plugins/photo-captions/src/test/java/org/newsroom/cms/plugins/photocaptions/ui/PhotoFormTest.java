package org.newsroom.cms.plugins.photocaptions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.ui.FragmentRequest;
import org.newsroom.cms.plugin.api.ui.PanelRoutes;
import org.newsroom.cms.plugin.api.ui.UiMessages;
import org.newsroom.cms.plugins.photocaptions.rest.PhotoRequests;
import org.newsroom.cms.plugins.photocaptions.store.PhotoText;

class PhotoFormTest {

    static final UiMessages MESSAGES = new UiMessages(PhotosPanel.class, "org.newsroom.cms.plugins.photocaptions.ui.messages");

    static FragmentRequest post(Map<String, List<String>> params) {
        return new FragmentRequest("POST", "photos/x", Optional.empty(), params, List.of(),
                new Caller("hermansyah", Set.of("JOURNALIST")), Locale.ENGLISH, "token",
                new PanelRoutes("photo-captions", UUID.randomUUID()));
    }

    @Test
    void fieldsSentAreSetStrippedAndEmptyClearsWhileFieldsNotSentAreKept() {
        PhotoForm form = PhotoForm.posted(post(Map.of("caption", List.of("  Banjir di Demak "), "credit", List.of("  "),
                "altText", List.of("Warga mendorong motor melewati air setinggi lutut"))), MESSAGES.in(Locale.ENGLISH));
        assertThat(form.valid()).isTrue();
        assertThat(form.text()).isEqualTo(new PhotoText("Banjir di Demak", "", null, null, null,
                "Warga mendorong motor melewati air setinggi lutut"));
        assertThat(form.value("photographer")).isEmpty();
    }

    @Test
    void tooLongOrUnstorableTextIsRefusedFieldByFieldInTheUisLanguage() {
        Map<String, List<String>> params = Map.of(
                "credit", List.of("x".repeat(PhotoRequests.CREDIT_MAX + 1)),
                "caption", List.of("ok " + "x".repeat(PhotoRequests.CAPTION_MAX - 3)),
                "photographer", List.of("Budi\u0000"),
                "altText", List.of("broken \uD800 char"));
        PhotoForm english = PhotoForm.posted(post(params), MESSAGES.in(Locale.ENGLISH));
        assertThat(english.valid()).isFalse();
        assertThat(english.errors()).containsOnlyKeys("credit", "photographer", "altText");
        assertThat(english.error("credit")).isEqualTo("Too long: at most 300 characters.");
        assertThat(english.error("photographer")).startsWith("Contains characters that cannot be stored");
        assertThat(english.value("credit")).as("the typed value comes back to be fixed").hasSize(301);

        PhotoForm indonesian = PhotoForm.posted(post(params), MESSAGES.in(Locale.forLanguageTag("id")));
        assertThat(indonesian.error("credit")).isEqualTo("Terlalu panjang: paling banyak 300 karakter.");
    }

    @Test
    void pairedSurrogatesAreStorable() {
        assertThat(PhotoForm.storable("Kamera \uD83D\uDCF7")).isTrue();
        assertThat(PhotoForm.storable("\uDC00")).isFalse();
        assertThat(PhotoForm.storable("end \uD83D")).isFalse();
    }
}
