package org.newsroom.cms.web.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.web.rest.problem.Problems;

/** The article version as an HTTP entity tag, and the {@code If-Match} rules of the newsroom API. */
final class ETags {

    private static final Pattern VERSION_TAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private ETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * The version named by {@code If-Match}.
     *
     * @throws PreconditionRequired when the header is missing (428)
     */
    static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new PreconditionRequired();
        }
        return parse(ifMatch);
    }

    /** The version named by an optional {@code If-Match}, or null. */
    static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch);
    }

    private static long parse(String ifMatch) {
        Matcher m = VERSION_TAG.matcher(ifMatch.strip());
        if (!m.matches()) {
            throw ValidationException.of("If-Match", "send the ETag you got from GET, e.g. If-Match: \"3\".");
        }
        return Long.parseLong(m.group(1));
    }

    /** 428: saving without saying which version you edited could silently overwrite someone's work. */
    static final class PreconditionRequired extends jakarta.ws.rs.WebApplicationException {
        PreconditionRequired() {
            super(Problems.response(428, "precondition-required", "If-Match required",
                    "Send the article's ETag from your GET in an If-Match header (e.g. If-Match: \"3\") so no "
                            + "one's changes are overwritten unseen."));
        }
    }
}
