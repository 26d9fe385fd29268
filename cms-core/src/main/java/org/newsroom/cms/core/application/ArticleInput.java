package org.newsroom.cms.core.application;


import java.time.Instant;

/**
 * The editorial fields of a create or full update, as the client sent them. Only {@code headline} is
 * required; {@code slug} is optional (generated from the headline) and frozen once published;
 * {@code embargoUntil} (optional) forbids publishing before that instant.
 */
public record ArticleInput(
        String headline,
        String standfirst,
        String body,
        String datelinePlace,
        String datelineSource,
        String language,
        String section,
        String slug,
        Instant embargoUntil) {
}
