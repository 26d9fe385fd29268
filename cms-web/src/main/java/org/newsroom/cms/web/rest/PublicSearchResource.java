package org.newsroom.cms.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.SearchService;
import org.newsroom.cms.web.rest.dto.PublicSearchJson;

/** Full-text search over what readers can see: the live revisions of public articles. */
@Path("/public/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "Published content for readers and machines; no sign-in")
public class PublicSearchResource {

    @Inject
    SearchService search;

    @GET
    @Operation(operationId = "searchPublishedArticles", summary = "Search published articles", description = "Web search "
            + "syntax: words (stemmed in each article's language: Indonesian, English, else as written), \"quoted "
            + "phrase\", -exclude, or; % and _ are plain characters. Ranked by PostgreSQL's ts_rank_cd (headline "
            + "above standfirst, tags and bylines, above body) times a recency factor 1 / (1 + age in days / 30). "
            + "Filters: tag slug, contributor slug (author), section slug, first publication from/to (an ISO date "
            + "in the newsroom's zone, or an ISO instant; to is exclusive for instants, inclusive for dates). "
            + "Pass \"next\" back as ?after= with the same query for the following page. 400 for a missing q or "
            + "a bad parameter.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicSearchJson.class)))
    public PublicSearchJson search(
            @Parameter(description = "The words to search for", required = true) @QueryParam("q") String q,
            @Parameter(description = "A tag slug") @QueryParam("tag") String tag,
            @Parameter(description = "A contributor slug (the author pages' /authors/{slug})") @QueryParam("author") String author,
            @Parameter(description = "A section slug") @QueryParam("section") String section,
            @Parameter(description = "First published on or after: 2026-12-01 or 2026-12-01T06:00:00+07:00")
            @QueryParam("from") String from,
            @Parameter(description = "First published before (instant) or on (date)") @QueryParam("to") String to,
            @Parameter(description = "1 to 50") @QueryParam("limit") @DefaultValue("10") int limit,
            @Parameter(description = "The previous page's \"next\"") @QueryParam("after") String after) {
        return PublicSearchJson.of(search.search(new SearchService.Request(q, tag, author, section, from, to, limit,
                after)));
    }
}
