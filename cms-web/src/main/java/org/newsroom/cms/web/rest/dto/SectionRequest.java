package org.newsroom.cms.web.rest.dto;

/**
 * Body of {@code POST /api/admin/sections} ({@code slug} optional: made from the name) and of
 * {@code PUT /api/admin/sections/{slug}} (only {@code name}: a slug never changes).
 */
public record SectionRequest(String name, String slug) {
}
