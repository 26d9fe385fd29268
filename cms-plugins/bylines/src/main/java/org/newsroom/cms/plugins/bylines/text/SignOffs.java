package org.newsroom.cms.plugins.bylines.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the parenthesised sign-off that closes wire copy: {@code (Budi Santoso)} names the reporter;
 * {@code (ant/rdk)}, {@code (dtk/abc)} or {@code (Antara/xyz)} name the agency and the desk's initials;
 * {@code (Budi Santoso/Antara)} both a reporter and the agency.
 */
final class SignOffs {

    /** What a sign-off says: reporters (may be empty), the agency's name (may be null), the desk's initials. */
    record SignOff(List<String> names, String agency, List<String> initials, boolean slashed) {
    }

    /**
     * Desk initials: one short token, all lower case or all capitals, or with digits ("rdk", "RDK", "a043").
     * A capitalised word ("Budi") is a name instead.
     */
    private static final Pattern INITIALS = Pattern.compile(
            "^(?:\\p{Ll}[\\p{Ll}\\p{N}.]{0,7}|\\p{Lu}[\\p{Lu}\\p{N}.]{0,7}|[\\p{L}.]*\\p{N}[\\p{L}\\p{N}.]*)$");
    private static final int MAX_PARTS = 4;

    private SignOffs() {
    }

    /**
     * @param inner    the text between the parentheses
     * @param bareName whether an unlabelled part is a person's name (used when no agency is named, where a
     *                 false positive would take a parenthetical remark out of the story)
     * @return the sign-off, or empty when the parentheses hold something else ("(JCPOA)", "(Selesai)")
     */
    static Optional<SignOff> read(String inner, Agencies agencies, Predicate<String> bareName) {
        String[] raw = inner.split("/", -1);
        if (raw.length > MAX_PARTS) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String part : raw) {
            String p = part.strip().replaceAll("\\s+", " ");
            if (p.isEmpty()) {
                return Optional.empty();
            }
            parts.add(p);
        }
        String agency = null;
        List<String> rest = new ArrayList<>();
        for (String part : parts) {
            Optional<String> named = agency == null ? agencies.lookup(part) : Optional.empty();
            if (named.isPresent()) {
                agency = named.get();
            } else {
                rest.add(part);
            }
        }
        boolean slashed = parts.size() > 1;
        if (agency == null) {
            return rest.stream().allMatch(bareName)
                    ? Optional.of(new SignOff(List.copyOf(rest), null, List.of(), slashed)) : Optional.empty();
        }
        List<String> names = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        for (String part : rest) {
            if (INITIALS.matcher(part).matches()) {
                initials.add(part);
            } else if (NameRules.looksLikeName(part)) {
                names.add(part);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new SignOff(List.copyOf(names), agency, List.copyOf(initials), slashed));
    }
}
