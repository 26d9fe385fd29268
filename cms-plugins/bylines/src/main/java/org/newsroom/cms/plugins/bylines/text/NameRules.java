package org.newsroom.cms.plugins.bylines.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a piece of text looks like a person's name. Two strengths: {@linkplain #looksLikeName(String) light}
 * for text after a byline label ("Reporter: …"), {@linkplain #looksLikeBareName(String) strict} for a name
 * with no label around it, where a false positive would cut a sentence out of the story.
 */
public final class NameRules {

    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\s+dan\\s+|\\s+and\\s+)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*$");
    private static final Pattern HAS_LOWER = Pattern.compile("\\p{Ll}");
    private static final Pattern INITIAL = Pattern.compile("^\\p{Lu}\\p{Ll}{0,2}\\.$");
    private static final Set<String> PARTICLES = Set.of("bin", "binti", "van", "von", "der", "den", "de", "da",
            "dos", "del", "al", "el", "la", "le", "ibn", "bt", "bte");
    /** Titles and offices: text with these is a caption or a quote attribution, not a byline. */
    private static final Set<String> TITLES = Set.of(
            "presiden", "wakil", "menteri", "gubernur", "bupati", "walikota", "wali", "jenderal", "mayor",
            "kolonel", "kapten", "letnan", "brigadir", "kepala", "ketua", "direktur", "sekretaris", "panglima",
            "komandan", "juru", "bicara", "pak", "bu", "bapak", "ibu", "haji", "hj", "president", "minister",
            "governor", "general", "secretary", "chief", "director", "mr", "mrs", "ms", "dr", "prof", "sir",
            "king", "queen", "prince", "raja", "ratu", "pangeran", "senator", "spokesman", "spokeswoman");
    /** Capitalised words that start sentences or mark the end of copy rather than name someone. */
    private static final Set<String> STOP = new HashSet<>(Arrays.asList(
            // pronouns and sentence starters
            "dia", "ia", "mereka", "kami", "kita", "saya", "anda", "ini", "itu", "namun", "tetapi", "tapi", "dan",
            "yang", "di", "ke", "dari", "pada", "untuk", "dengan", "sementara", "selain", "menurut", "sebelumnya",
            "kemudian", "the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "you", "but",
            "and", "or", "in", "on", "at", "of", "for", "with", "meanwhile", "however", "also",
            // end-of-copy markers and navigation
            "selesai", "bersambung", "end", "ends", "more", "baca", "juga", "lihat", "sumber", "source", "read",
            "related", "berita", "terkait", "video", "foto", "photo", "photos", "copyright", "hak", "cipta",
            // days and months (datelines, not people)
            "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "januari", "februari", "maret", "april", "mei", "juni",
            "juli", "agustus", "september", "oktober", "november", "desember", "january", "february", "march",
            "may", "june", "july", "august", "october", "december"));

    private NameRules() {
    }

    /** Splits "A, B dan C" / "A and B" / "A &amp; B" into names; blanks and a final period dropped. */
    public static List<String> split(String names) {
        String text = names.strip().replaceAll("[.\\s]+$", "");
        List<String> out = new ArrayList<>();
        for (String part : SPLIT.split(text)) {
            String p = part.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Light check for labelled names: one to six words, each capitalised (or a particle such as "bin",
     * "van" inside the name, or an initial such as "M."), no digits, no title or office ("Presiden",
     * "Kepala"), at most 80 characters.
     */
    public static boolean looksLikeName(String candidate) {
        return check(candidate, 6, 80);
    }

    /**
     * Strict check for unlabelled names: like {@link #looksLikeName} but one to four words, none of them an
     * acronym ("JCPOA"), a title ("Presiden"), a pronoun or sentence starter ("Dia"), or a date word.
     */
    public static boolean looksLikeBareName(String candidate) {
        if (!check(candidate, 4, 60)) {
            return false;
        }
        boolean substantial = false;
        for (String token : candidate.strip().split("\\s+")) {
            String key = Names.key(token);
            if (STOP.contains(key) || TITLES.contains(key)) {
                return false;
            }
            if (WORD.matcher(token).matches() && !HAS_LOWER.matcher(token).find() && token.length() > 1) {
                return false; // an acronym or a shouted word
            }
            substantial |= key.length() >= 3;
        }
        return substantial;
    }

    private static boolean check(String candidate, int maxWords, int maxLength) {
        if (candidate == null) {
            return false;
        }
        String c = candidate.strip();
        if (c.isEmpty() || c.length() > maxLength) {
            return false;
        }
        String[] tokens = c.split("\\s+");
        if (tokens.length > maxWords) {
            return false;
        }
        int initials = 0;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            boolean inside = i > 0 && i < tokens.length - 1;
            if (TITLES.contains(Names.key(t))) {
                return false;
            }
            if (INITIAL.matcher(t).matches()) {
                initials++;
            } else if (!WORD.matcher(t).matches() && !(inside && PARTICLES.contains(t))) {
                return false;
            }
        }
        return initials < tokens.length;
    }
}
