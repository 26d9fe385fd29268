package org.newsroom.cms.core.application;

import org.newsroom.cms.plugin.api.FieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.infrastructure.html.BodySanitizer;

class ArticleInputValidatorTest {

    private final BodySanitizer sanitizer = new BodySanitizer();

    @Test
    void cleansAndDefaults() {
        ArticleContent c = ArticleInputValidator.validate(new ArticleInput("  Iran akan Tingkatkan  ", null,
                "<p>x</p><script>y</script>", "Jakarta", "HanTer", null, " World ", null, null), sanitizer);
        assertThat(c.headline()).isEqualTo("Iran akan Tingkatkan");
        assertThat(c.body()).isEqualTo("<p>x</p>");
        assertThat(c.language()).isEqualTo("id");
        assertThat(c.section()).isEqualTo("World");
        assertThat(c.datelinePlace()).isEqualTo("Jakarta");
    }

    @Test
    void normalisesLanguageTags() {
        assertThat(ArticleInputValidator.validate(new ArticleInput("h", null, null, null, null, "ID", null, null, null),
                sanitizer).language()).isEqualTo("id");
        assertThat(ArticleInputValidator.validate(new ArticleInput("h", null, null, null, null, "en-gb", null, null, null),
                sanitizer).language()).isEqualTo("en-GB");
    }

    @Test
    void listsEveryBadFieldAtOnce() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> ArticleInputValidator.validate(new ArticleInput(" ", null, null, "x".repeat(200), null,
                        "not a tag!", null, "Bad Slug", null), sanitizer));
        assertThat(e.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("headline", "dateline.place", "language", "slug");
    }

    @Test
    void missingBodyIsAValidationError() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> ArticleInputValidator.validate(null, sanitizer));
        assertThat(e.errors()).hasSize(1);
    }

    @Test
    void aNewArticleWithoutLanguageGetsTheNewsroomDefault() {
        ArticleInput noLanguage = new ArticleInput("h", null, null, null, null, " ", null, null, null);
        assertThat(ArticleInputValidator.validate(noLanguage, sanitizer, "en-GB", slug -> null).language())
                .isEqualTo("en-GB");
        assertThat(ArticleInputValidator.validate(noLanguage, sanitizer).language()).isEqualTo("id");
    }

    @Test
    void anUnknownSectionIsReportedWithTheOtherFields() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> ArticleInputValidator.validate(new ArticleInput(" ", null, null, null, null, null, " sport ",
                        null, null), sanitizer, "id", slug -> slug.equals("world") ? null : "no section " + slug));
        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("headline", "section");
        assertThat(e.errors()).extracting(FieldError::message).contains("no section sport");
        assertThat(ArticleInputValidator.validate(new ArticleInput("h", null, null, null, null, null, "world", null,
                null), sanitizer, "id", slug -> slug.equals("world") ? null : "no").section()).isEqualTo("world");
    }
}
