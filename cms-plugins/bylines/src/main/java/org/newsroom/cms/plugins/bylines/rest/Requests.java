package org.newsroom.cms.plugins.bylines.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsroom.cms.plugins.bylines.store.ContributorStore;
import org.newsroom.cms.plugins.bylines.text.Names;
import org.newsroom.cms.plugins.bylines.text.Role;

/**
 * Reads and checks request bodies (JSON objects as maps) without touching the database: every problem is
 * collected as a {@link FieldError}, unknown fields included, so one 422 lists them all.
 */
public final class Requests {

    /** One requested byline: its position in the request, a contributor slug and a role. */
    public record Item(int index, String contributor, Role role) {
    }

    /** Requested bylines, or the errors that make the request invalid. */
    public record BylinesBody(List<Item> items, List<FieldError> errors) {
    }

    /** Contributor fields, or the errors that make the request invalid. */
    public record ContributorBody(ContributorStore.Fields fields, List<FieldError> errors) {
    }

    static final int MAX_BYLINES = 50;
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,63}$");
    private static final Set<String> CONTRIBUTOR_FIELDS = Set.of("slug", "displayName", "bio", "username", "guest",
            "affiliation", "needsConfirmation");

    private Requests() {
    }

    /**
     * {@code {"bylines": [{"contributor": "<slug>", "role": "author"}, …]}}; a missing role is
     * {@code defaultRole}.
     */
    public static BylinesBody bylines(Map<String, Object> body, Role defaultRole) {
        List<FieldError> errors = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        if (body == null || !(body.get("bylines") instanceof List<?> list)) {
            errors.add(new FieldError("bylines", "is required: a list of {\"contributor\": \"<slug>\", \"role\": "
                    + "\"author\"} (an empty list removes every byline)."));
            return new BylinesBody(items, errors);
        }
        body.keySet().stream().filter(k -> !k.equals("bylines")).forEach(k -> errors.add(unknown(k)));
        if (list.size() > MAX_BYLINES) {
            errors.add(new FieldError("bylines", "has " + list.size() + " entries; at most " + MAX_BYLINES + "."));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "bylines[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                errors.add(new FieldError(at, "must be an object {\"contributor\": \"<slug>\", \"role\": \"…\"}."));
                continue;
            }
            entry.keySet().stream().map(String::valueOf).filter(k -> !k.equals("contributor") && !k.equals("role"))
                    .forEach(k -> errors.add(unknown(at + "." + k)));
            Object slug = entry.get("contributor");
            if (!(slug instanceof String s) || s.isBlank()) {
                errors.add(new FieldError(at + ".contributor", "is required: the slug of a contributor."));
                continue;
            }
            Object roleValue = entry.get("role");
            Role role = defaultRole;
            if (roleValue != null) {
                role = Role.of(String.valueOf(roleValue)).orElse(null);
                if (role == null || !(roleValue instanceof String)) {
                    errors.add(new FieldError(at + ".role", "\"" + roleValue + "\" is not a role; use one of "
                            + String.join(", ", Role.valueList()) + "."));
                    continue;
                }
            }
            if (!seen.add(s.strip() + "|" + role)) {
                errors.add(new FieldError(at, "lists " + s.strip() + " as " + role.value() + " a second time."));
                continue;
            }
            items.add(new Item(i, s.strip(), role));
        }
        return new BylinesBody(items, errors);
    }

    /**
     * A contributor: {@code displayName} (required), {@code slug} (optional, derived from the name),
     * {@code bio}, {@code username}, {@code guest} (default: no username), {@code affiliation},
     * {@code needsConfirmation} (default false). PUT is a full replacement: absent fields are cleared.
     */
    public static ContributorBody contributor(Map<String, Object> body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null) {
            errors.add(new FieldError("displayName", "is required; send a JSON object."));
            return new ContributorBody(null, errors);
        }
        body.keySet().stream().filter(k -> !CONTRIBUTOR_FIELDS.contains(k)).forEach(k -> errors.add(unknown(k)));
        String name = text(body, "displayName", 200, errors);
        if (name == null && errors.stream().noneMatch(e -> e.field().equals("displayName"))) {
            errors.add(new FieldError("displayName", "is required: the name shown in bylines."));
        }
        String slug = text(body, "slug", 120, errors);
        if (slug != null && !Names.isSlug(slug)) {
            errors.add(new FieldError("slug", "must be lower-case letters and digits separated by single dashes, "
                    + "e.g. \"siti-rahma\"."));
        }
        String bio = text(body, "bio", 1000, errors);
        String username = text(body, "username", 64, errors);
        if (username != null && !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "is not a newsroom username (lower case, 2-64 characters)."));
        }
        String affiliation = text(body, "affiliation", 200, errors);
        boolean guest = bool(body, "guest", username == null, errors);
        boolean needsConfirmation = bool(body, "needsConfirmation", false, errors);
        if (guest && username != null) {
            errors.add(new FieldError("guest", "a guest has no account; leave out username or set guest to false."));
        }
        ContributorStore.Fields fields = errors.isEmpty() ? new ContributorStore.Fields(slug, name, bio, username,
                guest, affiliation, needsConfirmation) : null;
        return new ContributorBody(fields, errors);
    }

    private static String text(Map<String, Object> body, String field, int max, List<FieldError> errors) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            errors.add(new FieldError(field, "must be a string."));
            return null;
        }
        String v = s.strip();
        if (v.length() > max) {
            errors.add(new FieldError(field, "is " + v.length() + " characters long; at most " + max + "."));
            return null;
        }
        return v.isEmpty() ? null : v;
    }

    private static boolean bool(Map<String, Object> body, String field, boolean fallback, List<FieldError> errors) {
        Object value = body.get(field);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean b)) {
            errors.add(new FieldError(field, "must be true or false."));
            return fallback;
        }
        return b;
    }

    private static FieldError unknown(String field) {
        return new FieldError(field, "is not a known field.");
    }
}
