package org.newsroom.cms.web.rest.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.newsroom.cms.plugin.api.FieldError;

/**
 * Builds RFC 9457 {@code application/problem+json} responses. The {@code type} is a stable URN per kind
 * of problem, {@code detail} says what to do, and extension members (e.g. {@code errors},
 * {@code allowed}) carry the specifics a client can act on.
 * <p>
 * A value a client sent and a problem repeats is cut to {@value #MAX_ECHO} characters ({@link #echo}); as a
 * net for messages built elsewhere (core, plugins, Bean Validation's {@code ${validatedValue}}), every quoted
 * run longer than that in a detail or field message is cut the same way, and a detail to
 * {@value #MAX_DETAIL} characters, so a 10 MB value never comes back.
 */
public final class Problems {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final MediaType PROBLEM_JSON_TYPE = new MediaType("application", "problem+json");
    static final int MAX_ECHO = 100;
    static final int MAX_DETAIL = 2_000;
    private static final String TYPE_PREFIX = "urn:newsroom-cms:problem:";
    /** A quoted run too long to repeat, closed or cut off. */
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{" + (MAX_ECHO + 1) + ",})(\"|$)");

    private Problems() {
    }

    /** A problem body: type, title, status, detail, then any extensions in the order given. */
    public static Map<String, Object> body(int status, String type, String title, String detail,
                                           Map<String, ?> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", capped(detail, MAX_DETAIL));
        if (extensions != null) {
            extensions.forEach((member, value) -> body.put(member, member.equals("errors") ? capped(value) : value));
        }
        return body;
    }

    public static Response response(int status, String type, String title, String detail) {
        return response(status, type, title, detail, null);
    }

    public static Response response(int status, String type, String title, String detail,
                                    Map<String, ?> extensions) {
        return Response.status(status).type(PROBLEM_JSON_TYPE)
                .entity(body(status, type, title, detail, extensions)).build();
    }

    /**
     * 400 for text the API cannot store (NUL, lone surrogates), wherever it came in.
     *
     * @param subject what held it, e.g. {@code The field "dateline.place"}
     * @param field   the name listed in {@code errors}
     * @param flaw    what is wrong, e.g. "contains a NUL character (U+0000)"
     */
    public static ProblemDetail invalidText(String subject, String field, String flaw) {
        return new ProblemDetail(400, "invalid-text", "Text that cannot be stored",
                subject + " " + flaw + ". Remove it and send the request again.",
                Map.of("errors", List.of(new FieldError(field, flaw))));
    }

    /** A client's value quoted for a message, cut to {@value #MAX_ECHO} characters ("…"). */
    public static String echo(Object value) {
        return "\"" + cut(String.valueOf(value), MAX_ECHO) + "\"";
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    static String capped(String text, int max) {
        if (text == null) {
            return null;
        }
        Matcher m = QUOTED.matcher(text); // linear: a quoted run ends at the next quote or the end
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("\"" + cut(m.group(1), MAX_ECHO) + m.group(2)));
        }
        m.appendTail(out);
        return cut(out.toString(), max);
    }

    private static Object capped(Object errors) {
        if (!(errors instanceof List<?> list) || list.stream().noneMatch(FieldError.class::isInstance)) {
            return errors;
        }
        return list.stream().map(e -> e instanceof FieldError f
                ? new FieldError(f.field() == null ? null : cut(f.field(), MAX_ECHO), capped(f.message(), 500))
                : e).toList();
    }
}
