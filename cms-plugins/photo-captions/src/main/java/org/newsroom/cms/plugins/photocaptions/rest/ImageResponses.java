package org.newsroom.cms.plugins.photocaptions.rest;

import java.util.function.Supplier;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Image bytes with a strong ETag and Cache-Control, or 304 when the client's copy is current. The bytes are
 * fetched only for a 200: a revalidation costs no read from the photo store (which may be a remote bucket).
 */
final class ImageResponses {

    /** Image endpoints also produce this, so their errors can be answered as problem+json. */
    static final String PROBLEM_JSON = "application/problem+json";

    private ImageResponses() {
    }

    static Response image(Request request, Supplier<byte[]> bytes, String mediaType, String etag,
                          String cacheControl) {
        EntityTag tag = new EntityTag(etag);
        Response.ResponseBuilder notModified = request == null ? null : request.evaluatePreconditions(tag);
        Response.ResponseBuilder builder = notModified != null ? notModified.tag(tag)
                : Response.ok(bytes.get(), mediaType).tag(tag).header("X-Content-Type-Options", "nosniff");
        return builder.header("Cache-Control", cacheControl).build();
    }
}
