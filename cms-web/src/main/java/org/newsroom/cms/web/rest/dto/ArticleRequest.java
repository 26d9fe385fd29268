package org.newsroom.cms.web.rest.dto;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsroom.cms.core.application.ArticleInput;

/**
 * Body of {@code POST /api/articles} and {@code PUT /api/articles/{id}} (a full replacement of these
 * fields). {@code embargoUntil} is an ISO-8601 time with an offset, e.g. "2026-12-01T06:00:00+07:00".
 * {@code plugins} (create only) holds each plugin's part by plugin id, read by that plugin.
 */
public record ArticleRequest(String headline, String standfirst, String body, DatelineJson dateline, String language,
                             String section, String slug, String embargoUntil,
                             @Schema(type = SchemaType.OBJECT, description = "Create only: each plugin's fields by "
                                     + "plugin id, in the shape of the body of that plugin's own endpoint for them "
                                     + "(tagging: PUT /api/articles/{id}/tagging/tags; bylines: PUT "
                                     + "/api/articles/{id}/bylines), stored in the same transaction as the article. A "
                                     + "part a plugin refuses fails the whole create with that plugin's problem, its "
                                     + "fields named from the root (plugins.tagging.tags[1]); an unknown plugin is a "
                                     + "400, a disabled one a 409. On save (PUT) this field is a 400.",
                                     example = "{\"tagging\": {\"tags\": [\"politik\", \"Iran\"]}, \"bylines\": "
                                             + "{\"bylines\": [{\"contributor\": \"hermansyah\", \"role\": \"author\"}]}}")
                             Map<String, JsonNode> plugins) {

    public ArticleInput toInput() {
        return new ArticleInput(headline, standfirst, body, dateline == null ? null : dateline.place(),
                dateline == null ? null : dateline.source(), language, section, slug,
                Times.parse("embargoUntil", embargoUntil));
    }
}
