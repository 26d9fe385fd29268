package org.newsroom.cms.web.rest.dto;

import java.time.Instant;

import org.newsroom.cms.core.domain.section.Section;

/** A section: its slug (what an article's {@code section} holds) and its display name. */
public record SectionJson(String slug, String name, Instant createdAt, Instant updatedAt) {

    public static SectionJson of(Section s) {
        return new SectionJson(s.getSlug(), s.getName(), s.getCreatedAt(), s.getUpdatedAt());
    }
}
