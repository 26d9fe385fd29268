package org.newsroom.cms.plugin.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one error type a plugin throws from its endpoints and hooks. The host answers it as RFC 9457
 * problem+json in the same shape as the core's errors: {@code type} ({@code urn:newsroom-cms:problem:<kind>}),
 * {@code title}, {@code status}, {@code detail} saying what to do, {@code errors} (a list of
 * {@link FieldError}) when fields are at fault, then any extension members added with {@link #with}.
 * <p>
 * Throwing it rolls back the request's transaction, like any other exception: nothing the plugin wrote in
 * that request stays. From a {@link TransitionValidator} return reasons instead of throwing.
 */
public final class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String kind;
    private final String title;
    private final transient List<FieldError> errors;
    private final transient Map<String, Object> extensions;

    private PluginException(int status, String kind, String title, String detail, List<FieldError> errors,
                            Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    /** Any problem: e.g. {@code of(413, "too-large", "Upload too large", "Send at most 20 MB.")}. */
    public static PluginException of(int status, String kind, String title, String detail) {
        return new PluginException(status, kind, title, detail, List.of(), Map.of());
    }

    /** 400: the request cannot be read (a malformed parameter, a missing body). */
    public static PluginException badRequest(String detail) {
        return of(400, "bad-request", "Bad request", detail);
    }

    /** 403: the caller may not do this; say who may. */
    public static PluginException forbidden(String detail) {
        return of(403, "forbidden", "Not allowed", detail);
    }

    /** 404: nothing there. */
    public static PluginException notFound(String detail) {
        return of(404, "not-found", "Not found", detail);
    }

    /** 409: the request clashes with the current state (a duplicate name, a disabled feature…). */
    public static PluginException conflict(String detail) {
        return of(409, "conflict", "Conflict", detail);
    }

    /** 422: fields with valid syntax but unacceptable values, all listed so they can be fixed at once. */
    public static PluginException invalid(List<FieldError> errors) {
        return new PluginException(422, "validation", "The request has invalid fields",
                "Fix the fields listed in \"errors\" and send the request again.", errors, Map.of());
    }

    public static PluginException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** This problem with the fields at fault listed in {@code errors}. */
    public PluginException withErrors(List<FieldError> fieldErrors) {
        return new PluginException(status, kind, title, getMessage(), fieldErrors, extensions);
    }

    /** This problem with one more extension member (e.g. {@code "allowed"}), after {@code errors}. */
    public PluginException with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new PluginException(status, kind, title, getMessage(), errors, more);
    }

    public int status() {
        return status;
    }

    /** The last part of the problem type URN, e.g. {@code conflict}. */
    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
