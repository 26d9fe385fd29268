package org.newsroom.cms.core.application;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.Slugs;
import org.newsroom.cms.core.infrastructure.html.BodySanitizer;

/** Checks and normalises an {@link ArticleInput}, reporting every bad field at once. */
final class ArticleInputValidator {

    static final int MAX_HEADLINE = 300;
    static final int MAX_STANDFIRST = 2_000;
    static final int MAX_BODY = 2_000_000;
    static final int MAX_DATELINE_PART = 120;
    static final int MAX_SECTION = 80;

    private final List<ValidationException.Problem> errors = new ArrayList<>();

    private ArticleInputValidator() {
    }

    /** The same with the default language and any section accepted, for what needs no database. */
    static ArticleContent validate(ArticleInput input, BodySanitizer sanitizer) {
        return validate(input, sanitizer, NewsroomSettings.DEFAULT_LANGUAGE, slug -> null);
    }

    /**
     * @param defaultLanguage the language of an article that names none ({@link NewsroomSettings#defaultLanguage})
     * @param sectionProblem  what is wrong with a section value (a slug), or null when it names a known section
     * @return the cleaned content; throws {@link ValidationException} listing every problem
     */
    static ArticleContent validate(ArticleInput input, BodySanitizer sanitizer, String defaultLanguage,
                                   UnaryOperator<String> sectionProblem) {
        if (input == null) {
            throw ValidationException.of("body", Message.of("article.missing"));
        }
        ArticleInputValidator v = new ArticleInputValidator();
        String headline = v.text("headline", input.headline(), MAX_HEADLINE, true);
        String standfirst = v.text("standfirst", input.standfirst(), MAX_STANDFIRST, false);
        String place = v.text("dateline.place", input.datelinePlace(), MAX_DATELINE_PART, false);
        String source = v.text("dateline.source", input.datelineSource(), MAX_DATELINE_PART, false);
        String section = v.text("section", input.section(), MAX_SECTION, false);
        if (section != null && v.errors.stream().noneMatch(e -> e.field().equals("section"))) {
            String problem = sectionProblem.apply(section);
            if (problem != null) {
                v.error("section", Message.of("text", problem));
            }
        }
        String language = v.language(input.language(), defaultLanguage);
        String body = input.body() == null ? "" : input.body();
        if (body.length() > MAX_BODY) {
            v.error("body", Message.of("field.tooLong", body.length(), MAX_BODY));
        }
        if (input.slug() != null && !Slugs.isValid(input.slug())) {
            v.error("slug", Message.of("field.slug", Slugs.MAX_LENGTH));
        }
        if (!v.errors.isEmpty()) {
            throw ValidationException.of(v.errors);
        }
        return new ArticleContent(headline, standfirst, sanitizer.sanitize(body), place, source, language, section);
    }

    private String text(String field, String value, int max, boolean required) {
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            if (required) {
                error(field, Message.of("field.required"));
            }
            return null;
        }
        if (trimmed.length() > max) {
            error(field, Message.of("field.tooLong", trimmed.length(), max));
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            error(field, Message.of("field.controlCharacters"));
        }
        return trimmed;
    }

    private String language(String tag, String defaultLanguage) {
        if (tag == null || tag.isBlank()) {
            return defaultLanguage;
        }
        String normalised = languageTag(tag);
        if (normalised == null) {
            error("language", Message.of("field.language", tag));
        }
        return normalised;
    }

    /** The tag in its normal form ("ID" → "id", "en-gb" → "en-GB"), or null when it is not a language tag. */
    static String languageTag(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            String normalised = locale.toLanguageTag();
            return locale.getLanguage().isEmpty() || normalised.length() > 35 ? null : normalised;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private void error(String field, Message message) {
        errors.add(new ValidationException.Problem(field, message));
    }
}
