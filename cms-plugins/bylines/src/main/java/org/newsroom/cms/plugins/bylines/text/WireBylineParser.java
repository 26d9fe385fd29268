package org.newsroom.cms.plugins.bylines.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bylines in wire copy and removes them from the body. Looks only where bylines sit: the first two
 * paragraphs ("By X", "Oleh: X", "Penulis: X", a known contributor's name alone) and the end of the copy
 * (label lines such as "Reporter: X" or "Pewarta: X / Editor: Y", "(X/Antara)", a name alone on the last
 * line, or a name glued after the last sentence as in "…(JCPOA). Hermansyah").
 * <p>
 * A name without a label is taken only if it is a known contributor, or if it looks like a person's name
 * (capitalised words, no title, acronym or sentence starter), comes after the final full stop and is not
 * mentioned anywhere else in the story: "…kata Presiden Joko Widodo." keeps its sentence. Thread-safe.
 */
public final class WireBylineParser {

    /** One byline found: the name as written, its role, and the agency or outlet when the copy names one. */
    public record Found(String name, Role role, String affiliation) {

        /** The finding as stored in the draft: {@code {name, role}} plus {@code affiliation} when known. */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("role", role.value());
            if (affiliation != null) {
                m.put("affiliation", affiliation);
            }
            return Map.copyOf(m);
        }
    }

    /** The paragraphs left once the bylines are removed, and the bylines in reading order. */
    public record Result(List<String> paragraphs, List<Found> bylines) {
    }

    private static final int LEADING = 2;
    private static final int MAX_TRAILING = 5;
    private static final String AGENCY = "Antara|ANTARA|Ant|ANT";
    private static final Pattern AGENCY_LINE = Pattern.compile(
            "^\\(\\s*(?:([^()/]+?)\\s*/\\s*(" + AGENCY + ")|(" + AGENCY + ")\\s*/\\s*([^()/]+?))\\s*\\)$");
    private static final Pattern AGENCY_END = Pattern.compile(
            "^(.*\\S)\\s*\\(\\s*(?:([^()/]+?)\\s*/\\s*(" + AGENCY + ")|(" + AGENCY + ")\\s*/\\s*([^()/]+?))\\s*\\)$",
            Pattern.DOTALL);
    /** A sentence end (., ! or ? and closing quotes/brackets) followed by white space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*\\s+");
    private static final Pattern WORDS = Pattern.compile("[\\s]+");

    private final Set<String> known;
    private final List<Pattern> extraPatterns;
    private final Role defaultRole;

    /**
     * @param knownNames    display names of existing contributors (matched case- and diacritic-insensitively)
     * @param extraPatterns admins' extra patterns: a whole line, or the end of the last paragraph, matching
     *                      one is a byline; the name is group {@code name} (else group 1, else the match),
     *                      the role group {@code role} if present
     * @param defaultRole   the role of bylines that carry no label
     */
    public WireBylineParser(Collection<String> knownNames, List<Pattern> extraPatterns, Role defaultRole) {
        this.known = new HashSet<>();
        knownNames.forEach(n -> known.add(Names.key(n)));
        known.remove("");
        this.extraPatterns = List.copyOf(extraPatterns);
        this.defaultRole = defaultRole;
    }

    /** Finds and removes the bylines. {@code context} is other text of the story (e.g. the headline). */
    public Result parse(List<String> paragraphs, String context) {
        List<String> body = new ArrayList<>();
        paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).forEach(body::add);
        List<Found> leading = new ArrayList<>();
        for (int i = 0; i < LEADING && !body.isEmpty(); i++) {
            List<Found> found = leadingLine(body.get(0));
            if (found.isEmpty()) {
                break;
            }
            leading.addAll(found);
            body.remove(0);
        }
        List<List<Found>> trailing = new ArrayList<>();
        for (int i = 0; i < MAX_TRAILING && !body.isEmpty(); i++) {
            String last = body.get(body.size() - 1);
            List<Found> whole = body.size() == 1 ? List.of() // never take the whole story
                    : wholeTrailingParagraph(last, body.subList(0, body.size() - 1), context);
            if (!whole.isEmpty()) {
                trailing.add(0, whole);
                body.remove(body.size() - 1);
                continue;
            }
            Optional<Glued> glued = gluedAtEnd(last, body.subList(0, body.size() - 1), context);
            glued.ifPresent(g -> {
                trailing.add(0, g.found());
                body.set(body.size() - 1, g.rest());
            });
            break;
        }
        List<Found> all = new ArrayList<>(leading);
        trailing.forEach(all::addAll);
        return new Result(List.copyOf(body), dedupe(all));
    }

    private record Glued(String rest, List<Found> found) {
    }

    private List<Found> leadingLine(String paragraph) {
        List<Found> out = new ArrayList<>();
        for (String line : paragraph.split("\\R")) {
            Optional<BylineLabels.Labelled> l = BylineLabels.match(line);
            if (l.isPresent() && l.get().role() != Role.PHOTOGRAPHER) { // "Foto: …" at the top is a caption
                NameRules.split(l.get().names()).forEach(n -> out.add(new Found(n, l.get().role(), null)));
            } else if (isKnown(line)) {
                out.add(new Found(line.strip(), defaultRole, null));
            } else if (extraPatterns.stream().anyMatch(p -> p.matcher(line.strip()).matches())) {
                Matcher m = extraPatterns.stream().map(p -> p.matcher(line.strip())).filter(Matcher::matches)
                        .findFirst().orElseThrow();
                List<Found> found = extra(m);
                if (found.isEmpty()) {
                    return List.of();
                }
                out.addAll(found);
            } else {
                return List.of();
            }
        }
        return out;
    }

    private List<Found> wholeTrailingParagraph(String paragraph, List<String> before, String context) {
        List<Found> out = new ArrayList<>();
        for (String line : paragraph.split("\\R")) {
            List<Found> found = trailingLine(line.strip(), before, context);
            if (found.isEmpty()) {
                return List.of();
            }
            out.addAll(found);
        }
        return out;
    }

    private List<Found> trailingLine(String line, List<String> before, String context) {
        Optional<BylineLabels.Labelled> l = BylineLabels.match(line);
        if (l.isPresent()) {
            return NameRules.split(l.get().names()).stream().map(n -> new Found(n, l.get().role(), null)).toList();
        }
        Matcher agency = AGENCY_LINE.matcher(line);
        if (agency.matches()) {
            return agencyNames(agency.group(1) != null ? agency.group(1) : agency.group(4));
        }
        for (Pattern p : extraPatterns) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                return extra(m);
            }
        }
        if (isKnown(line) || (NameRules.looksLikeBareName(line) && !mentioned(line, before, context, ""))) {
            return List.of(new Found(line, defaultRole, null));
        }
        return List.of();
    }

    private Optional<Glued> gluedAtEnd(String last, List<String> before, String context) {
        Matcher agency = AGENCY_END.matcher(last);
        if (agency.matches()) {
            List<Found> names = agencyNames(agency.group(2) != null ? agency.group(2) : agency.group(5));
            if (!names.isEmpty()) {
                return Optional.of(new Glued(agency.group(1), names));
            }
        }
        for (Pattern p : extraPatterns) {
            Matcher m = p.matcher(last);
            while (m.find()) {
                if (m.end() == last.length() && m.start() > 0 && !extra(m).isEmpty()) {
                    return Optional.of(new Glued(last.substring(0, m.start()).strip(), extra(m)));
                }
            }
        }
        // the longest tail after a sentence end that is a name: "…(JCPOA). M. Hermansyah"
        Glued best = null;
        Matcher end = SENTENCE_END.matcher(last);
        List<int[]> cuts = new ArrayList<>();
        while (end.find()) {
            cuts.add(new int[] {end.start() + 1, end.end()});
        }
        for (int i = cuts.size() - 1; i >= 0; i--) {
            String tail = last.substring(cuts.get(i)[1]).strip();
            String rest = last.substring(0, cuts.get(i)[1]).strip();
            if (WORDS.split(tail).length > 4 || WORDS.split(rest).length < 3) {
                break;
            }
            if (isKnown(tail) || (NameRules.looksLikeBareName(tail) && !mentioned(tail, before, context, rest))) {
                best = new Glued(rest, List.of(new Found(tail, defaultRole, null)));
            }
        }
        return Optional.ofNullable(best);
    }

    private List<Found> agencyNames(String names) {
        List<String> split = NameRules.split(names);
        if (split.isEmpty() || !split.stream().allMatch(NameRules::looksLikeName)) {
            return List.of();
        }
        return split.stream().map(n -> new Found(n, defaultRole, "Antara")).toList();
    }

    private List<Found> extra(Matcher m) {
        String names = group(m, "name");
        if (names == null) {
            names = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
        }
        String roleText = group(m, "role");
        Role role = roleText == null ? defaultRole : Role.of(roleText).orElse(defaultRole);
        List<String> split = NameRules.split(names);
        if (split.isEmpty() || !split.stream().allMatch(NameRules::looksLikeName)) {
            return List.of();
        }
        return split.stream().map(n -> new Found(n, role, null)).toList();
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private boolean isKnown(String candidate) {
        return known.contains(Names.key(candidate)) && candidate.strip().length() <= 80;
    }

    /** Whether a word of the name (4+ letters) occurs elsewhere in the story: then it is a subject. */
    private static boolean mentioned(String name, List<String> paragraphs, String context, String rest) {
        Set<String> words = new HashSet<>();
        for (String text : paragraphs) {
            words.addAll(List.of(Names.key(text).split(" ")));
        }
        words.addAll(List.of(Names.key(context).split(" ")));
        words.addAll(List.of(Names.key(rest).split(" ")));
        for (String w : Names.key(name).split(" ")) {
            if (w.length() >= 4 && words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static List<Found> dedupe(List<Found> all) {
        Map<String, Found> unique = new LinkedHashMap<>();
        for (Found f : all) {
            unique.putIfAbsent(Names.key(f.name()) + "|" + f.role(), f);
        }
        return List.copyOf(unique.values());
    }
}
