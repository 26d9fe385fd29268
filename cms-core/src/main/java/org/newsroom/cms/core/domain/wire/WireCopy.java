package org.newsroom.cms.core.domain.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core's reading of wire copy: the first non-empty line is the headline, blank lines separate
 * paragraphs (which keep their inner line breaks until rendered), and a dateline such as "Jakarta, HanTer - " opening the first paragraph gives the place and
 * the source. Plugins then take captions, bylines and the like out of the paragraphs.
 */
public record WireCopy(String headline, String datelinePlace, String datelineSource, String language,
                       List<String> paragraphs) {

    /** "Jakarta, HanTer - ", "JAKARTA (Antara) - ", "Moskow, HanTer – " at the start of the body. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.' ]{1,40}?)\\s*(?:,\\s*([\\p{L}\\p{N}.&' ]{2,40}?)|\\(([\\p{L}\\p{N}.&' /]{2,40})\\))\\s*[-–—]+\\s+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> INDONESIAN = Set.of("yang", "dan", "di", "dengan", "untuk", "pada", "dari",
            "ini", "itu", "akan", "tidak", "dalam", "telah", "oleh", "bahwa", "mengatakan", "adalah", "ke");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on",
            "with", "was", "said", "by", "as", "at", "from", "it", "be");

    public static WireCopy read(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        String headline = i < lines.size() ? clean(lines.get(i)) : "";
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int j = i + 1; j < lines.size(); j++) {
            String line = clean(lines.get(j));
            if (line.isEmpty()) {
                flush(paragraphs, current);
            } else {
                if (current.length() > 0) {
                    current.append('\n'); // kept so plugins can read line by line (a caption line, a byline line)
                }
                current.append(line);
            }
        }
        flush(paragraphs, current);

        String place = null;
        String source = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            Matcher m = DATELINE.matcher(paragraphs.get(p));
            if (m.find()) {
                place = titleCase(m.group(1).strip());
                source = (m.group(2) != null ? m.group(2) : m.group(3)).strip();
                paragraphs.set(p, paragraphs.get(p).substring(m.end()));
                break;
            }
            if (p >= 1) {
                break; // a dateline opens the story: look at most at the first two blocks (a caption may come first)
            }
        }
        return new WireCopy(headline, place, source, guessLanguage(text), paragraphs);
    }

    /** "id" or "en" by common function words; "en" when unsure. */
    static String guessLanguage(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int id = 0;
        int en = 0;
        while (m.find()) {
            if (INDONESIAN.contains(m.group())) {
                id++;
            } else if (ENGLISH.contains(m.group())) {
                en++;
            }
        }
        return id > en ? "id" : "en";
    }

    private static void flush(List<String> paragraphs, StringBuilder current) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    private static String clean(String line) {
        return line.replace('\u00A0', ' ').replaceAll("[ \\t]+", " ").strip();
    }

    private static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : place.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }
}
