package org.newsroom.cms.web.rest.problem;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database refusing a value the checks before it let through: a client's mistake, answered as one (4xx)
 * without the SQL, the column type or the driver's text. PostgreSQL's SQLSTATE class 22 ("data exception")
 * covers them: 22001 a value too long, 22021 a NUL byte, 22008 a time out of range, 22003 a number out of
 * range. Also the one unique key whose violation means a lost race on an article: its revision number.
 */
final class DataProblems {

    private static final Pattern LIMIT = Pattern.compile("character varying\\((\\d+)\\)");
    /** Two saves of the same version both add revision n+1; the later one lost the race. */
    private static final String REVISION_NUMBER_KEY = "article_revision_number_uk";

    private DataProblems() {
    }

    /** @return the answer for the first SQL error in {@code e}'s causes that is the client's doing, if any */
    static Optional<ProblemDetail> of(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                Optional<ProblemDetail> answer = answer(sql.getSQLState(), String.valueOf(sql.getMessage()));
                if (answer.isPresent()) {
                    return answer;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    static Optional<ProblemDetail> answer(String state, String message) {
        if (state.equals("23505") && message.contains(REVISION_NUMBER_KEY)) {
            return Optional.of(new ProblemDetail(412, "stale-version", "The article changed meanwhile",
                    "Someone saved this article while you were saving. Reload it and apply your change again; "
                            + "nothing was overwritten."));
        }
        if (!state.startsWith("22")) {
            return Optional.empty();
        }
        return Optional.of(switch (state) {
            case "22001" -> {
                Matcher limit = LIMIT.matcher(message);
                yield new ProblemDetail(422, "value-too-long", "A value is longer than allowed",
                        "A value is longer than allowed" + (limit.find() ? " (at most " + limit.group(1)
                                + " characters)" : "") + "; shorten it and send the request again.");
            }
            case "22021", "22P05" -> new ProblemDetail(400, "invalid-text", "Text that cannot be stored",
                    "The request contains text that cannot be stored, such as a NUL character (U+0000); remove it "
                            + "and send the request again.");
            case "22007", "22008" -> new ProblemDetail(400, "malformed-input", "A value could not be read",
                    "A date or time is outside the range that can be stored (the years 1900 to 9999).");
            case "22003" -> new ProblemDetail(400, "malformed-input", "A value could not be read",
                    "A number is outside the range that can be stored.");
            default -> new ProblemDetail(400, "malformed-input", "A value could not be read",
                    "A value in the request cannot be stored as sent; check the fields and send it again.");
        });
    }
}
