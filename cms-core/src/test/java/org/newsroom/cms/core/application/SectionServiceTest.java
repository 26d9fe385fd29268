package org.newsroom.cms.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.FieldError;

class SectionServiceTest {

    @Test
    void aSectionsSlugIsMadeFromItsNameAsArticleSlugsAre() {
        assertThat(SectionService.slugFor("Dunia Internasional")).isEqualTo("dunia-internasional");
        assertThat(SectionService.slugFor("Économie & Bourse")).isEqualTo("economie-bourse");
        assertThat(SectionService.slugFor("Article 33")).isEqualTo("article-33");
    }

    @Test
    void theSlugFitsTheColumn() {
        String slug = SectionService.slugFor("Berita " + "panjang ".repeat(20));
        assertThat(slug.length()).isLessThanOrEqualTo(80);
        assertThat(slug).doesNotEndWith("-").startsWith("berita-panjang");
    }

    @Test
    void aNameWithoutLatinLettersNeedsAnExplicitSlug() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> SectionService.slugFor("السياسة"));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("slug");
    }
}
