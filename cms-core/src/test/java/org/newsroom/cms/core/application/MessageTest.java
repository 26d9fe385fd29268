package org.newsroom.cms.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.newsroom.cms.core.domain.article.ArticleStatus;

/** The application's messages in English and Indonesian: the same keys, values filled in, English unchanged. */
class MessageTest {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Message.class.getResourceAsStream("messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("_id").stringPropertyNames())).isEqualTo(new TreeSet<>(bundle("").stringPropertyNames()));
    }

    @Test
    void numbersArePrintedWithoutGroupingAndNestedMessagesInTheSameLanguage() {
        Message tooLong = Message.of("field.tooLong", 12345, 300);
        assertThat(tooLong.english()).isEqualTo("is 12345 characters long; the limit is 300.");
        assertThat(tooLong.in(INDONESIAN)).isEqualTo("panjangnya 12345 karakter; batasnya 300.");
        EmbargoException embargo = new EmbargoException(java.time.Instant.parse("2026-12-01T06:00:00Z"), "published");
        assertThat(embargo.getMessage()).contains("it cannot be published before then");
        assertThat(embargo.getMessage(INDONESIAN)).contains("belum bisa diterbitkan sebelum itu");
    }

    @Test
    void exceptionsSayTheirMessageInTheReadersLanguage() {
        TransitionNotAllowedException refused = new TransitionNotAllowedException(ArticleStatus.KILLED,
                ArticleStatus.PUBLISHED, List.of());
        assertThat(refused.getMessage()).isEqualTo("An article in KILLED cannot move to PUBLISHED. You can make no "
                + "transition from KILLED.");
        assertThat(refused.getMessage(INDONESIAN)).startsWith("Artikel berstatus KILLED tidak bisa dipindah ke PUBLISHED.");
        assertThat(new VersionConflictException(3, 4).getMessage(INDONESIAN)).startsWith("Artikel ini sudah berubah");
        assertThat(new ConflictException("English only").getMessage(INDONESIAN)).isEqualTo("English only");

        ValidationException invalid = ValidationException.of(List.of(
                new ValidationException.Problem("headline", Message.of("field.required"))));
        assertThat(invalid.errors()).singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("is required."));
        assertThat(invalid.errors(INDONESIAN)).singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("wajib diisi."));
        assertThat(invalid.getMessage()).isEqualTo("headline: is required.");
    }
}
