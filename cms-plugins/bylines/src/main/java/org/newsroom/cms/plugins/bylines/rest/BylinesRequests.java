package org.newsroom.cms.plugins.bylines.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.newsroom.cms.plugin.api.Bodies;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.PluginException;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;
import org.newsroom.cms.plugins.bylines.text.Role;

/**
 * The JSON bodies the endpoints accept, as records checked with Bean Validation ({@link Bodies#valid}).
 * Unknown fields and values of the wrong type are refused by the host's JSON reading (400).
 */
public final class BylinesRequests {

    static final int MAX_BYLINES = 50;
    /** Blank (then derived from the name) or lower-case letters and digits in dash-separated runs. */
    static final String SLUG = "^\\s*([a-z0-9]+(-[a-z0-9]+)*)?\\s*$";
    static final String USERNAME = "^\\s*([a-z0-9][a-z0-9._-]{1,63})?\\s*$";

    /** {@code PUT /api/articles/{id}/bylines}: the new bylines in order; an empty list removes every byline. */
    public record BylinesBody(
            @NotNull(message = "is required: a list of objects with \"contributor\" (a slug) and \"role\" (an "
                    + "empty list removes every byline).")
            @Size(max = MAX_BYLINES, message = "has too many entries; at most {max}.")
            List<@NotNull(message = "must be an object with \"contributor\" (a slug) and \"role\".") @Valid BylineItem>
                    bylines) {
    }

    /** One requested byline: a contributor's slug and a role (the plugin's default role when left out). */
    public record BylineItem(
            @NotBlank(message = "is required: the slug of a contributor.") String contributor,
            @Pattern(regexp = Role.PATTERN, message = "\"${validatedValue}\" is not a role; use one of author, "
                    + "reporter, photographer, editor, translator, contributor.") String role) {

        /** Whether the item passed validation, so it can be looked up. */
        boolean usable() {
            return contributor != null && !contributor.isBlank() && (role == null || Role.of(role).isPresent());
        }

        Role roleOr(Role fallback) {
            return role == null ? fallback : Role.of(role).orElseThrow();
        }
    }

    /**
     * {@code POST} and {@code PUT …/contributors}: {@code displayName} required; {@code slug} optional (derived
     * from the name, never changed later); {@code guest} defaults to "no username"; PUT replaces every field,
     * so absent ones are cleared.
     */
    public record ContributorBody(
            @Size(max = 120, message = "is longer than {max} characters.")
            @Pattern(regexp = SLUG, message = "must be lower-case letters and digits separated by single dashes, "
                    + "e.g. \"siti-rahma\".") String slug,
            @NotBlank(message = "is required: the name shown in bylines.")
            @Size(max = 200, message = "is longer than {max} characters.") String displayName,
            @Size(max = 1000, message = "is longer than {max} characters.") String bio,
            @Pattern(regexp = USERNAME, message = "is not a newsroom username (lower case, 2-64 characters).")
            String username,
            Boolean guest,
            @Size(max = 200, message = "is longer than {max} characters.") String affiliation,
            Boolean needsConfirmation) {

        /** The fields to store, blanks as null. */
        ContributorStore.Fields fields() {
            String user = text(username);
            boolean isGuest = guest == null ? user == null : guest;
            if (isGuest && user != null) {
                throw PluginException.invalid("guest", "a guest has no account; leave out username or set guest to "
                        + "false.");
            }
            return new ContributorStore.Fields(text(slug), text(displayName), text(bio), user, isGuest,
                    text(affiliation), needsConfirmation != null && needsConfirmation);
        }
    }

    /** {@code POST …/contributors/{slug}/merge}: the contributor to keep. */
    public record MergeBody(@NotBlank(message = "is required: the slug of the contributor to keep.") String into) {
    }

    private BylinesRequests() {
    }

    /**
     * The field errors {@link Bodies#valid} finds (a missing body still fails at once), for endpoints that
     * report them together with the checks only the database can make, so one 422 lists every problem.
     */
    static List<FieldError> violations(Object body) {
        try {
            Bodies.valid(body);
            return List.of();
        } catch (PluginException e) {
            if (e.status() != 422) {
                throw e;
            }
            return e.errors();
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
