package org.newsroom.cms.plugins.tagging.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes tags from an article's text, each with a reason: existing tags and synonyms found in the
 * text, recurring proper names and acronyms, and Media Topics whose keyword cues occur. Pure logic: the
 * tags it may match are looked up by the keys found in the text (never "load all tags").
 */
public final class TagSuggester {

    /** A tag or synonym the text may mention; {@code synonym} is the matched synonym's name, if any. */
    public record KnownTerm(long tagId, String tagName, String code, String synonym) {
    }

    /** A Media Topic with the keywords that point to it. */
    public record Topic(long tagId, String name, String code, List<String> cues) {
    }

    static final int MAX_NGRAM = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern ACRONYM = Pattern.compile("^[A-Z]{2,6}$");
    private static final Set<String> NOT_NAMES = Set.of(
            // function words and titles that start sentences or precede names in Indonesian and English
            "dia", "dalam", "kami", "kita", "ini", "itu", "yang", "dan", "di", "ke", "dari", "pada", "untuk",
            "dengan", "setelah", "saat", "namun", "tetapi", "jika", "oleh", "ia", "mereka", "para", "sang",
            "presiden", "mayor", "jenderal", "kepala", "komandan", "menteri", "panglima", "wakil", "ketua",
            "the", "a", "an", "in", "on", "at", "for", "he", "she", "it", "they", "we", "i", "this", "that", "but",
            "and", "of", "to", "by", "president", "minister", "general", "mr", "mrs", "ms", "dr");

    private TagSuggester() {
    }

    /**
     * @param lookup   finds existing tags and synonyms by normalised key
     * @param topics   Media Topics with their cues
     * @param exclude  tag ids already on the article
     */
    public static List<Suggestion> suggest(String headline, String bodyText, Function<Set<String>, Map<String, KnownTerm>> lookup,
                                           List<Topic> topics, Set<Long> exclude, int limit) {
        String text = (headline == null ? "" : headline) + ".\n" + (bodyText == null ? "" : bodyText);
        List<String> words = words(text);
        Map<String, Integer> grams = ngrams(words);

        Map<String, Integer> headlineGrams = ngrams(words(headline == null ? "" : headline));
        Set<String> headlineKeys = headlineGrams.keySet();

        Map<String, Suggestion> byName = new LinkedHashMap<>();
        // 1. existing tags, their synonyms and labels mentioned in the text
        Map<String, KnownTerm> known = lookup.apply(grams.keySet());
        Set<Long> seenTags = new HashSet<>(exclude);
        for (Map.Entry<String, KnownTerm> e : known.entrySet()) {
            KnownTerm term = e.getValue();
            int count = grams.getOrDefault(e.getKey(), 0);
            if (count == 0 || !seenTags.add(term.tagId())) {
                continue;
            }
            boolean inHeadline = headlineKeys.contains(e.getKey());
            int inBody = Math.max(0, count - headlineGrams.getOrDefault(e.getKey(), 0));
            Reason why = term.synonym() != null
                    ? new Reason(Reason.Kind.SYNONYM, term.synonym(), inHeadline, inBody, List.of())
                    : new Reason(Reason.Kind.TERM, term.tagName(), inHeadline, inBody, List.of());
            double score = count + 2 + (inHeadline ? 3 : 0);
            put(byName, Suggestion.of(term.tagName(), term.tagId(), term.code(), why, score));
        }
        Set<String> knownKeys = known.keySet();
        // 2. recurring proper names and acronyms
        names(text).forEach((name, count) -> {
            String key = TagNames.key(name);
            boolean acronym = ACRONYM.matcher(name).matches();
            boolean inHeadline = headlineKeys.contains(key);
            if (knownKeys.contains(key) || (count < 2 && !(acronym && inHeadline))) {
                return;
            }
            // the reason counts every mention of the words (also inside longer names: "Angkatan Bersenjata Iran")
            int inBody = Math.max(0, grams.getOrDefault(key, count) - headlineGrams.getOrDefault(key, 0));
            Reason why = new Reason(Reason.Kind.TERM, name, inHeadline, inBody, List.of());
            put(byName, Suggestion.of(name, null, null, why, count + (acronym ? 1 : 0) + (inHeadline ? 3 : 0)));
        });
        // 3. Media Topics by keyword cues
        for (Topic topic : topics) {
            if (!seenTags.add(topic.tagId())) {
                continue;
            }
            Map<String, Integer> hits = new LinkedHashMap<>();
            for (String cue : topic.cues()) {
                int n = grams.getOrDefault(TagNames.key(cue), 0);
                if (n > 0) {
                    hits.put(cue, n);
                }
            }
            int total = hits.values().stream().mapToInt(Integer::intValue).sum();
            if (total >= 2) {
                List<String> cues = hits.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(4).map(h -> h.getKey() + " ×" + h.getValue()).toList();
                put(byName, Suggestion.of(topic.name(), topic.tagId(), topic.code(),
                        new Reason(Reason.Kind.TOPIC, topic.name(), false, total, cues), total * 0.8));
            }
        }
        List<Suggestion> all = new ArrayList<>(byName.values());
        all.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::name));
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    private static void put(Map<String, Suggestion> byName, Suggestion s) {
        byName.merge(TagNames.key(s.name()), s, (a, b) -> a.score() >= b.score() ? a : b);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(TagNames.key(m.group()));
        }
        return words;
    }

    /** Counts of every 1- to 4-word sequence (normalised). */
    static Map<String, Integer> ngrams(List<String> words) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder gram = new StringBuilder();
            for (int n = 0; n < MAX_NGRAM && i + n < words.size(); n++) {
                if (n > 0) {
                    gram.append(' ');
                }
                gram.append(words.get(i + n));
                grams.merge(gram.toString(), 1, Integer::sum);
            }
        }
        return grams;
    }

    /**
     * Capitalised words standing alone, runs of them ("Mohammad Baqeri", "Dewan Keamanan"), and acronyms,
     * with counts. A word that only ever appears at the start of a sentence is not taken for a name.
     */
    static Map<String, Integer> names(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Boolean> midSentence = new HashMap<>();
        Matcher m = WORD.matcher(text);
        List<String> run = new ArrayList<>();
        int previousEnd = 0;
        boolean runStartsSentence = true;
        while (m.find()) {
            String word = m.group();
            String between = text.substring(previousEnd, m.start());
            boolean startsSentence = startsSentence(text, m.start());
            boolean capital = Character.isUpperCase(word.charAt(0)) && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
            boolean contiguous = between.isBlank() && !between.contains("\n");
            boolean acronym = ACRONYM.matcher(word).matches();
            if (capital && !acronym && contiguous && !run.isEmpty()) {
                run.add(word);
            } else {
                flush(run, runStartsSentence, counts, midSentence);
                run.clear();
                if (capital && !acronym) {
                    run.add(word);
                    runStartsSentence = startsSentence;
                }
            }
            if (capital && acronym) {
                midSentence.put(word, true);
                counts.merge(word, 1, Integer::sum);
            }
            previousEnd = m.end();
        }
        flush(run, runStartsSentence, counts, midSentence);
        counts.keySet().removeIf(name -> !midSentence.getOrDefault(name, false)
                || (!ACRONYM.matcher(name).matches() && name.length() < 3));
        return counts;
    }

    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"“'‘(".indexOf(text.charAt(i)) >= 0)) {
            if (text.charAt(i) == '\n') {
                return true;
            }
            i--;
        }
        return i < 0 || ".!?…:".indexOf(text.charAt(i)) >= 0;
    }

    private static void flush(List<String> run, boolean startsSentence, Map<String, Integer> counts,
                              Map<String, Boolean> midSentence) {
        if (run.size() == 1) {
            // a word counts as a name on its own only where it stands alone ("Iran", not the "Angkatan" of
            // "Angkatan Bersenjata Iran")
            counts.merge(run.get(0), 1, Integer::sum);
            if (!startsSentence) {
                midSentence.put(run.get(0), true);
            }
        }
        if (run.size() >= 2 && run.size() <= MAX_NGRAM) {
            String name = String.join(" ", run);
            counts.merge(name, 1, Integer::sum);
            if (!startsSentence) {
                midSentence.put(name, true);
            }
        }
        if (startsSentence && run.size() >= 2) {
            // "Menurut Dewan Keamanan": the capitalised first word of a sentence is rarely part of the name
            flush(run.subList(1, run.size()), false, counts, midSentence);
        }
    }
}
