package org.newsroom.cms.web.rest;

import org.newsroom.cms.core.interchange.newsml.NewsmlDocuments;
import org.newsroom.cms.core.interchange.ninjs.NinjsDocuments;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.ArticleInput;
import org.newsroom.cms.core.application.ArticleQuery;
import org.newsroom.cms.core.application.ArticleService;
import org.newsroom.cms.core.application.AuditEntry;
import org.newsroom.cms.core.application.CommentEntry;
import org.newsroom.cms.core.application.MalformedInputException;
import org.newsroom.cms.core.application.ResultPage;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleSort;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.web.rest.dto.ArticleJson;
import org.newsroom.cms.web.rest.dto.ArticleRequest;
import org.newsroom.cms.web.rest.dto.ArticleSummaryJson;
import org.newsroom.cms.web.rest.dto.CommentRequest;
import org.newsroom.cms.web.rest.dto.CorrectionRequest;
import org.newsroom.cms.web.rest.dto.RepublishRequest;
import org.newsroom.cms.web.rest.dto.PageJson;
import org.newsroom.cms.web.rest.dto.TransitionRequest;
import org.newsroom.cms.web.rest.problem.Problems;
import org.newsroom.cms.web.security.CurrentUser;

/** The newsroom's article API: write, edit (with If-Match), move through the workflow, comment, audit. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Newsroom article editing and editorial workflow")
public class ArticleResource {

    @Inject
    ArticleService articles;
    @Inject
    ArticleResponses responses;
    @Inject
    PluginRoutes pluginRoutes;
    @Inject
    NinjsDocuments ninjsDocuments;
    @Inject
    NewsmlDocuments newsmlDocuments;
    @Inject
    CurrentUser currentUser;
    @Inject
    PluginParts pluginParts;

    @POST
    @Operation(operationId = "createArticle", summary = "Create a draft", description = "The caller becomes the author. Body HTML is sanitised. "
            + "201 with Location and ETag; 422 lists every invalid field. \"plugins\" gives plugins' fields in the "
            + "same call and transaction, e.g. {\"plugins\": {\"tagging\": {\"tags\": [\"politik\"]}, \"bylines\": "
            + "{\"bylines\": [{\"contributor\": \"hermansyah\", \"role\": \"author\"}]}}}: a part a plugin refuses "
            + "fails the whole create with that plugin's problem (fields named plugins.<id>.…, e.g. "
            + "plugins.tagging.tags[1]) and no article is made; an unknown plugin is a 400, a disabled one a 409.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleJson.class)))
    public Response create(ArticleRequest request, @Context UriInfo uriInfo) throws JsonProcessingException {
        Map<String, Object> parts = request == null ? Map.of() : pluginParts.read(request.plugins());
        Article article = articles.create(currentUser.actor(), request == null ? null : request.toInput(), null, parts);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(article.getId().toString()).build())
                .tag(ETags.of(article.getVersion())).entity(responses.json(article)).build();
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List articles", description = "Filter by states "
            + "(status=IN_REVIEW,APPROVED: any of them), author username, section slug, full-text search over the "
            + "working copies (q: headline, standfirst, body, tags and bylines, stemmed in each article's language; "
            + "\"quoted phrase\", -exclude and or as in web search; % and _ are plain characters) and headline text "
            + "(headline: contains, ignoring case; % and _ are plain characters); sort -updated (default, newest change "
            + "first), updated, -created or created; page starts at 1, size at most 100. An unknown state or "
            + "sort is a 400 naming it; an unknown author or section gives an empty page.")
    public PageJson<ArticleSummaryJson> list(
            @Parameter(description = "States, comma-separated, e.g. IN_REVIEW,APPROVED")
            @QueryParam("status") String status,
            @Parameter(description = "The author's username") @QueryParam("author") String author,
            @Parameter(description = "A section slug (GET /api/admin/sections)") @QueryParam("section") String section,
            @Parameter(description = "Full-text search over the working copies (websearch syntax)")
            @QueryParam("q") String q,
            @Parameter(description = "Text the headline contains, ignoring case") @QueryParam("headline") String headline,
            @Parameter(description = "-updated (default), updated, -created or created")
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        ResultPage<Article> result = articles.list(currentUser.actor(), new ArticleQuery(statuses(status), author,
                section, headline, sort(sort), page, size, q));
        return new PageJson<>(result.items().stream().map(ArticleSummaryJson::of).toList(), result.page(),
                result.size(), result.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getArticle", summary = "Get an article", description = "The ETag is the version to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleJson.class)))
    public Response get(@PathParam("id") UUID id) {
        Article article = articles.read(currentUser.actor(), id);
        return responses.ok(article).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "saveArticle", summary = "Save an article", description = "Replaces the editorial fields and makes a new "
            + "revision; on a live article only the working copy changes. If-Match is required (428 without it); "
            + "a stale one gives 412 and nothing is overwritten; 423 while someone else holds the edit lock. "
            + "With autosave=true, the save folds into your latest revision while it is still open (made by your "
            + "autosaves, not yet closed by an explicit save or a transition) instead of adding one; the version "
            + "(ETag) changes all the same. An explicit save (no autosave) closes it.",
            extensions = @Extension(name = "x-owner-only", value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "423", ref = "Locked")
    public Response update(@PathParam("id") UUID id, @Parameter(required = true, description = "The ETag of the version you edited")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Parameter(description = "true for an autosave (folds into your open revision)",
                                   schema = @Schema(type = SchemaType.BOOLEAN))
                           @QueryParam("autosave") String autosave,
                           ArticleRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        if (request != null && request.plugins() != null) {
            throw new MalformedInputException("plugins", "Plugins' fields are given only when an article is created; "
                    + "on a save, change them through each plugin's endpoints under /api/articles/" + id + "/<plugin-id>/.");
        }
        ArticleInput input = request == null ? null : request.toInput();
        Article article = flag(autosave, "autosave")
                ? articles.autosave(currentUser.actor(), id, expected, input)
                : articles.update(currentUser.actor(), id, expected, input);
        return responses.ok(article).build();
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(operationId = "transitionArticle", summary = "Move an article through the workflow",
            description = "{\"to\": \"IN_REVIEW\", \"comment\": \"…\"}. 403 if your role may not; 409 naming the "
                    + "allowed targets if the move does not exist from the current state (publishing a PUBLISHED "
                    + "article is such a 409: use /corrections or /republish), or naming the embargo time; 422 when a "
                    + "required comment (request changes, kill) is missing. If-Match is optional here; when sent, "
                    + "a stale version is a 412.",
            extensions = @Extension(name = "x-owner-only", value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleJson.class)))
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               TransitionRequest request) {
        if (request == null || request.to() == null || request.to().isBlank()) {
            throw ValidationException.of("to", "name the target state, e.g. {\"to\": \"IN_REVIEW\"}.");
        }
        Article article = articles.transition(currentUser.actor(), id, status(request.to(), "to"), request.comment(),
                ETags.optionalVersion(ifMatch));
        return responses.ok(article).build();
    }

    @POST
    @Path("/{id}/corrections")
    @Operation(operationId = "correctArticle", summary = "Correct a published article",
            description = "{\"note\": \"…\"}: publishes the edited working copy with a public correction note, "
                    + "listed with the article. Editors and admins; If-Match required (428 without, 412 when stale); "
                    + "409 unless PUBLISHED; 422 without a note. Audited as CORRECTED.",
            extensions = @Extension(name = "x-roles", value = "[\"EDITOR\", \"ADMIN\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleJson.class)))
    public Response correct(@PathParam("id") UUID id, @Parameter(required = true, description = "The ETag of the version you edited")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            CorrectionRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        Article article = articles.correct(currentUser.actor(), id, request == null ? null : request.note(), expected);
        return responses.ok(article).build();
    }

    @POST
    @Path("/{id}/republish")
    @Operation(operationId = "republishArticle", summary = "Republish a live article's edited working copy",
            description = "For developing stories: the working copy goes live without a correction note; "
                    + "{\"comment\": \"…\"} optional, for the audit trail. Editors and admins; If-Match required "
                    + "(428 without, 412 when stale); 409 unless PUBLISHED with unpublished changes. Audited as "
                    + "REPUBLISHED.",
            extensions = @Extension(name = "x-roles", value = "[\"EDITOR\", \"ADMIN\"]", parseValue = true))
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleJson.class)))
    public Response republish(@PathParam("id") UUID id, @Parameter(required = true, description = "The ETag of the version you edited")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              RepublishRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        Article article = articles.republish(currentUser.actor(), id, request == null ? null : request.comment(),
                expected);
        return responses.ok(article).build();
    }

    @GET
    @Path("/{id}/ninjs")
    @Produces({NinjsDocuments.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getArticleNinjs", summary = "The working copy as IPTC ninjs 2.2 (?version=3.1 for 3.1)",
            description = "pubstatus \"withheld\" until live.")
    @APIResponse(responseCode = "200", description = "The IPTC ninjs document",
            content = @Content(mediaType = "application/ninjs+json", schema = @Schema(type = SchemaType.OBJECT)))
    public Response ninjs(@PathParam("id") UUID id, @QueryParam("version") String version, @Context UriInfo uriInfo) {
        return Response.ok(NinjsDocuments.inVersion(ninjsDocuments.working(articles.read(currentUser.actor(), id), uriInfo.getBaseUri()),
                version), NinjsDocuments.MEDIA_TYPE).build();
    }

    @GET
    @Path("/{id}/newsml")
    @Produces(NewsmlDocuments.MEDIA_TYPE)
    @Operation(operationId = "getArticleNewsml", summary = "The working copy as an IPTC NewsML-G2 2.35 newsItem",
            description = "Who may read the article may export it (as GET /api/articles/{id}). pubStatus "
            + "stat:withheld until live; photos link their newsroom addresses.")
    @APIResponse(responseCode = "200", description = "The NewsML-G2 news item",
            content = @Content(mediaType = NewsmlDocuments.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response newsml(@PathParam("id") UUID id, @Context UriInfo uriInfo) {
        String item = newsmlDocuments.working(articles.read(currentUser.actor(), id),
                uriInfo.getBaseUri().resolve("/")); // the site root: SiteSettings adds the paths
        return Response.ok(item, NewsmlDocuments.MEDIA_TYPE + ";charset=UTF-8").build();
    }

    @GET
    @Path("/{id}/comments")
    @Operation(operationId = "listComments", summary = "Editorial comments on an article", description = "Oldest first: "
            + "comments made on their own, and those given with a transition (a change request's comment, a kill "
            + "reason…), each once, with \"transition\" naming the state the article moved to (null otherwise).")
    public List<CommentEntry> comments(@PathParam("id") UUID id) {
        articles.read(currentUser.actor(), id);
        return articles.comments(id);
    }

    @POST
    @Path("/{id}/comments")
    @Operation(operationId = "addComment", summary = "Comment on an article without changing its state", description = "{\"body\": \"…\"}")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CommentEntry.class)))
    public Response comment(@PathParam("id") UUID id, CommentRequest request) {
        CommentEntry entry = articles.comment(currentUser.actor(), id, request == null ? null : request.body());
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "getArticleAudit", summary = "Audit trail of an article", description = "Every creation and transition, oldest first, "
            + "with actor, from → to, time and comment.")
    public List<AuditEntry> audit(@PathParam("id") UUID id) {
        articles.read(currentUser.actor(), id);
        return articles.audit(id);
    }

    /** {@code /api/articles/{id}/<plugin-id>/…}: a plugin's article-scoped endpoints (see {@link PluginRoutes}). */
    @Path("/{id}/{pluginId}")
    public Object pluginResource(@PathParam("id") UUID id, @PathParam("pluginId") String pluginId) {
        return pluginRoutes.articleResource(id, pluginId);
    }

    private static ArticleStatus status(String value, String field) {
        try {
            return ArticleStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, Problems.echo(value) + " is not a state; use one of "
                    + List.of(ArticleStatus.values()) + ".");
        }
    }

    /** {@code IN_REVIEW,APPROVED} → both; an unknown one is a 400 naming it. */
    private static Set<ArticleStatus> statuses(String value) {
        Set<ArticleStatus> statuses = EnumSet.noneOf(ArticleStatus.class);
        if (value == null) {
            return statuses;
        }
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                statuses.add(ArticleStatus.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new MalformedInputException("status", Problems.echo(part.strip()) + " is not a state; use one "
                        + "or more of " + List.of(ArticleStatus.values()) + ", comma-separated.");
            }
        }
        return statuses;
    }

    private static ArticleSort sort(String value) {
        if (value == null || value.isBlank()) {
            return ArticleSort.DEFAULT;
        }
        return ArticleSort.ofParameter(value).orElseThrow(() -> new MalformedInputException("sort",
                Problems.echo(value) + " is not a sort order; use one of " + ArticleSort.parameters() + "."));
    }

    /** A true/false query flag, absent = false; anything else is a 400 rather than silently false. */
    private static boolean flag(String value, String name) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new MalformedInputException(name, Problems.echo(value) + " is not true or false.");
    }
}
