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
 * (label lines such as "Reporter: X" or "Pewarta: X / Editor: Y", a name alone on the last line, a name glued
 * after the last sentence as in "…(JCPOA). Hermansyah", and parenthesised sign-offs: "(Budi Santoso)",
 * "(ant/rdk)", "(Budi Santoso/Antara)").
 * <p>
 * A name without a label is taken only if it is a known contributor, or if it looks like a person's name
 * (capitalised words, no title, acronym or sentence starter), comes after the final full stop and is not
 * mentioned anywhere else in the story: "…kata Presiden Joko Widodo." keeps its sentence. A sign-off's agency
 * and desk initials are reported apart from the bylines: they credit the copy, they are not people.
 * Line ends may be {@code \n}, {@code \r\n} or {@code \r}. Thread-safe.
 */
public final class WireBylineParser {

    /**
     * The paragraphs left once bylines and sign-offs are removed, the bylines in reading order, the agency a
     * sign-off named (null if none) and the desk's initials from sign-offs.
     */
    public record Result(List<String> paragraphs, List<WireByline> bylines, String agency, List<String> deskInitials) {

        /** Whether nothing was found (and so nothing removed). */
        public boolean empty() {
            return bylines.isEmpty() && agency == null && deskInitials.isEmpty();
        }
    }

    /** What one place at the end of the copy gave: bylines and the sign-offs they came from. */
    private record Take(List<WireByline> bylines, List<SignOffs.SignOff> signOffs) {
        static Take of(List<WireByline> bylines) {
            return new Take(bylines, List.of());
        }
    }

    private record Glued(String rest, Take take) {
    }

    private static final int LEADING = 2;
    private static final int MAX_TRAILING = 5;
    private static final Pattern SIGN_OFF_LINE = Pattern.compile("^\\(([^()]{1,120})\\)$");
    private static final Pattern SIGN_OFF_END = Pattern.compile("^(.*\\S)\\s*\\(([^()]{1,120})\\)$", Pattern.DOTALL);
    /** A sentence end (., ! or ? and closing quotes/brackets) followed by white space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*\\s+");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?][\"”’')\\]]*$");
    private static final Pattern WORDS = Pattern.compile("[\\s]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

    private final Set<String> known;
    private final List<Pattern> extraPatterns;
    private final Role defaultRole;
    private final Agencies agencies;

    /**
     * @param knownNames    display names of existing contributors (matched case- and diacritic-insensitively)
     * @param extraPatterns admins' extra patterns: a whole line, or the end of the last paragraph, matching
     *                      one is a byline; the name is group {@code name} (else group 1, else the match),
     *                      the role group {@code role} if present
     * @param defaultRole   the role of bylines that carry no label
     * @param agencies      the agencies sign-offs may name
     */
    public WireBylineParser(Collection<String> knownNames, List<Pattern> extraPatterns, Role defaultRole,
                            Agencies agencies) {
        this.known = new HashSet<>();
        knownNames.forEach(n -> known.add(Names.key(n)));
        known.remove("");
        this.extraPatterns = List.copyOf(extraPatterns);
        this.defaultRole = defaultRole;
        this.agencies = agencies;
    }

    /** With the default agencies. */
    public WireBylineParser(Collection<String> knownNames, List<Pattern> extraPatterns, Role defaultRole) {
        this(knownNames, extraPatterns, defaultRole, Agencies.of(Agencies.DEFAULTS));
    }

    /** Finds and removes the bylines. {@code context} is other text of the story (e.g. the headline). */
    public Result parse(List<String> paragraphs, String context) {
        List<String> body = new ArrayList<>();
        paragraphs.stream().map(p -> LINE_BREAK.matcher(p).replaceAll("\n").strip()).filter(p -> !p.isEmpty())
                .forEach(body::add);
        List<WireByline> leading = new ArrayList<>();
        for (int i = 0; i < LEADING && !body.isEmpty(); i++) {
            List<WireByline> found = leadingLine(body.get(0));
            if (found.isEmpty()) {
                break;
            }
            leading.addAll(found);
            body.remove(0);
        }
        List<Take> trailing = new ArrayList<>();
        for (int i = 0; i < MAX_TRAILING && !body.isEmpty(); i++) {
            String last = body.get(body.size() - 1);
            Optional<Take> whole = body.size() == 1 ? Optional.empty() // never take the whole story
                    : wholeTrailingParagraph(last, body.subList(0, body.size() - 1), context);
            if (whole.isPresent()) {
                trailing.add(0, whole.get());
                body.remove(body.size() - 1);
                continue;
            }
            gluedAtEnd(last, body.subList(0, body.size() - 1), context).ifPresent(g -> {
                trailing.add(0, g.take());
                body.set(body.size() - 1, g.rest());
            });
            break;
        }
        List<WireByline> all = new ArrayList<>(leading);
        String agency = null;
        List<String> initials = new ArrayList<>();
        for (Take take : trailing) {
            all.addAll(take.bylines());
            for (SignOffs.SignOff s : take.signOffs()) {
                agency = agency != null ? agency : s.agency();
                initials.addAll(s.initials());
            }
        }
        return new Result(List.copyOf(body), dedupe(all), agency, List.copyOf(initials));
    }

    private List<WireByline> leadingLine(String paragraph) {
        List<WireByline> out = new ArrayList<>();
        for (String raw : paragraph.split("\\R")) {
            String line = raw.strip();
            Optional<BylineLabels.Labelled> l = BylineLabels.match(line);
            if (l.isPresent() && l.get().role() != Role.PHOTOGRAPHER) { // "Foto: …" at the top is a caption
                NameRules.split(l.get().names()).forEach(n -> out.add(new WireByline(n, l.get().role(), null)));
            } else if (isKnown(line)) {
                out.add(new WireByline(line, defaultRole, null));
            } else {
                Optional<List<WireByline>> extra = extraLine(line);
                if (extra.isEmpty() || extra.get().isEmpty()) {
                    return List.of();
                }
                out.addAll(extra.get());
            }
        }
        return out;
    }

    /** The bylines of the first extra pattern matching the whole line; empty when none matches. */
    private Optional<List<WireByline>> extraLine(String line) {
        for (Pattern p : extraPatterns) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                return Optional.of(extra(m));
            }
        }
        return Optional.empty();
    }

    private Optional<Take> wholeTrailingParagraph(String paragraph, List<String> before, String context) {
        List<WireByline> bylines = new ArrayList<>();
        List<SignOffs.SignOff> signOffs = new ArrayList<>();
        for (String line : paragraph.split("\\R")) {
            Optional<Take> take = trailingLine(line.strip(), before, context);
            if (take.isEmpty()) {
                return Optional.empty();
            }
            bylines.addAll(take.get().bylines());
            signOffs.addAll(take.get().signOffs());
        }
        return Optional.of(new Take(bylines, signOffs));
    }

    private Optional<Take> trailingLine(String line, List<String> before, String context) {
        Optional<BylineLabels.Labelled> l = BylineLabels.match(line);
        if (l.isPresent()) {
            return Optional.of(Take.of(NameRules.split(l.get().names()).stream()
                    .map(n -> new WireByline(n, l.get().role(), null)).toList()));
        }
        Matcher signOff = SIGN_OFF_LINE.matcher(line);
        if (signOff.matches()) {
            Optional<SignOffs.SignOff> s = SignOffs.read(signOff.group(1), agencies, this::bareName);
            if (s.isPresent()) {
                return Optional.of(take(s.get()));
            }
        }
        Optional<List<WireByline>> extra = extraLine(line);
        if (extra.isPresent()) {
            return extra.filter(found -> !found.isEmpty()).map(Take::of);
        }
        if (isKnown(line) || (NameRules.looksLikeBareName(line) && !mentioned(line, before, context, ""))) {
            return Optional.of(Take.of(List.of(new WireByline(line, defaultRole, null))));
        }
        return Optional.empty();
    }

    private Optional<Glued> gluedAtEnd(String last, List<String> before, String context) {
        Matcher end = SIGN_OFF_END.matcher(last);
        if (end.matches()) {
            String rest = end.group(1).strip();
            Optional<SignOffs.SignOff> s = SignOffs.read(end.group(2), agencies, this::bareName);
            // "(ant/rdk)" is a sign-off wherever it sits; "(Budi Santoso)" or "(Antara)" only after a finished
            // sentence: "…bertemu Menteri Luar Negeri (Retno Marsudi)" keeps its parenthesis
            boolean distinctive = s.isPresent() && s.get().agency() != null && s.get().slashed();
            if (s.isPresent() && (distinctive || ENDS_SENTENCE.matcher(rest).find())) {
                return Optional.of(new Glued(rest, take(s.get())));
            }
        }
        for (Pattern p : extraPatterns) {
            Matcher m = p.matcher(last);
            while (m.find()) {
                if (m.end() == last.length() && m.start() > 0 && !extra(m).isEmpty()) {
                    return Optional.of(new Glued(last.substring(0, m.start()).strip(), Take.of(extra(m))));
                }
            }
        }
        // the longest tail after a sentence end that is a name: "…(JCPOA). M. Hermansyah"
        Glued best = null;
        Matcher sentence = SENTENCE_END.matcher(last);
        List<Integer> cuts = new ArrayList<>();
        while (sentence.find()) {
            cuts.add(sentence.end());
        }
        for (int i = cuts.size() - 1; i >= 0; i--) {
            String tail = last.substring(cuts.get(i)).strip();
            String rest = last.substring(0, cuts.get(i)).strip();
            if (WORDS.split(tail).length > 4 || WORDS.split(rest).length < 3) {
                break;
            }
            if (isKnown(tail) || (NameRules.looksLikeBareName(tail) && !mentioned(tail, before, context, rest))) {
                best = new Glued(rest, Take.of(List.of(new WireByline(tail, defaultRole, null))));
            }
        }
        return Optional.ofNullable(best);
    }

    private Take take(SignOffs.SignOff signOff) {
        return new Take(signOff.names().stream().map(n -> new WireByline(n, defaultRole, signOff.agency())).toList(),
                List.of(signOff));
    }

    private boolean bareName(String candidate) {
        return isKnown(candidate) || NameRules.looksLikeBareName(candidate);
    }

    private List<WireByline> extra(Matcher m) {
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
        return split.stream().map(n -> new WireByline(n, role, null)).toList();
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

    private static List<WireByline> dedupe(List<WireByline> all) {
        Map<String, WireByline> unique = new LinkedHashMap<>();
        for (WireByline f : all) {
            unique.putIfAbsent(Names.key(f.name()) + "|" + f.role(), f);
        }
        return List.copyOf(unique.values());
    }
}
