package org.newsroom.cms.web.rest.dto;

/** Optional body of {@code POST /api/articles/{id}/republish}: a comment for the audit trail. */
public record RepublishRequest(String comment) {
}
