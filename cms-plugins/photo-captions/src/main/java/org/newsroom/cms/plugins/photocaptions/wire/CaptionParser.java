package org.newsroom.cms.plugins.photocaptions.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds photo captions in wire-copy paragraphs, line by line (a caption often sits on the line under the
 * headline, in the same block as other text). Recognised:
 * <ul>
 *   <li>{@code Foto : caption} / {@code FOTO: caption} / {@code Photo: caption} — the whole line</li>
 *   <li>a credit at the end of such a line: {@code … (Reuters)}, {@code …/ANTARA}, {@code …/ANTARA FOTO/Name}</li>
 *   <li>{@code caption (Foto: X)} — a short line ending in a photo credit; {@code (Foto: X)} alone is a
 *       credit only</li>
 *   <li>{@code Foto: Reuters} — a known agency alone is a credit, not a caption</li>
 * </ul>
 * Body sentences are left alone: a {@code Foto:} line must start the line, and a {@code (Foto: X)} line
 * must be short.
 */
public final class CaptionParser {

    /** A caption line with a trailing {@code (Foto: X)} may be at most this long. */
    static final int MAX_CREDITED_LINE = 400;

    private static final Pattern PREFIXED = Pattern.compile(
            "^\\s*(?:foto|photo|gambar)(?:\\s+ilustrasi)?\\s*[:：]\\s*(.+?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TRAILING_FOTO_CREDIT = Pattern.compile(
            "^(.*?)[\\s.,;:–—-]*\\(\\s*(?:foto|photo)\\s*[:：]\\s*([^()]{1,120}?)\\s*\\)\\s*\\.?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TRAILING_PARENS = Pattern.compile("^(.*\\S)\\s*\\(([^()]{2,80})\\)\\s*\\.?\\s*$");
    private static final Pattern AGENCY_BEFORE_SLASH = Pattern.compile(
            "^(.*?)(?:^|[\\s.,;])((?:ANTARA|REUTERS|AFP|AP|EPA)(?: FOTO| PHOTO)?)\\s*$");
    private static final Set<String> AGENCIES = Set.of("reuters", "ap", "afp", "antara", "antara foto", "epa",
            "getty images", "xinhua", "anadolu", "dpa", "istimewa", "ist", "ist.", "dok", "dok.", "net", "int");

    private CaptionParser() {
    }

    /** What parsing paragraphs gives: the captions found, in order, and the paragraphs without them. */
    public record Result(List<CaptionSlot> captions, List<String> paragraphs) {
    }

    public static Result extract(List<String> paragraphs) {
        List<CaptionSlot> found = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.split("\\R", -1)) {
                Optional<CaptionSlot> caption = parseLine(line);
                if (caption.isPresent()) {
                    found.add(caption.get());
                } else {
                    lines.add(line);
                }
            }
            String rest = String.join("\n", lines).strip();
            if (lines.size() == paragraph.split("\\R", -1).length) {
                kept.add(paragraph);
            } else if (!rest.isEmpty()) {
                kept.add(rest);
            }
        }
        return new Result(List.copyOf(found), List.copyOf(kept));
    }

    /** The caption and credit on this line, if it is a photo caption line. */
    public static Optional<CaptionSlot> parseLine(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher prefixed = PREFIXED.matcher(text);
        if (prefixed.matches()) {
            return Optional.of(splitCredit(prefixed.group(1)));
        }
        Matcher credited = TRAILING_FOTO_CREDIT.matcher(text);
        if (credited.matches() && text.length() <= MAX_CREDITED_LINE) {
            return Optional.of(new CaptionSlot(blankToNull(credited.group(1)), credited.group(2).strip()));
        }
        return Optional.empty();
    }

    /** Takes a credit off the end of a caption: {@code (Reuters)}, {@code /ANTARA}, or a bare agency name. */
    static CaptionSlot splitCredit(String captionText) {
        String text = captionText.strip();
        if (AGENCIES.contains(text.toLowerCase(Locale.ROOT))) {
            return new CaptionSlot(null, text);
        }
        Matcher parens = TRAILING_PARENS.matcher(text);
        if (parens.matches()) {
            String inner = parens.group(2).strip();
            Matcher foto = Pattern.compile("^(?:foto|photo)\\s*[:：]\\s*(.+)$", Pattern.CASE_INSENSITIVE).matcher(inner);
            if (foto.matches()) {
                return new CaptionSlot(blankToNull(trimPunctuation(parens.group(1))), foto.group(1).strip());
            }
            if (looksLikeCredit(inner)) {
                return new CaptionSlot(blankToNull(trimPunctuation(parens.group(1))), inner);
            }
        }
        int slash = creditSlash(text);
        if (slash > 0) {
            String before = text.substring(0, slash);
            String credit = text.substring(slash + 1).strip();
            Matcher agency = AGENCY_BEFORE_SLASH.matcher(before);
            if (agency.matches()) { // "… ANTARA FOTO/Name": the agency belongs to the credit
                before = agency.group(1);
                credit = agency.group(2).strip() + "/" + credit;
            }
            return new CaptionSlot(blankToNull(trimPunctuation(before)), credit);
        }
        return new CaptionSlot(text, null);
    }

    /**
     * The slash that starts a trailing credit ({@code …/ANTARA}, {@code … / ANTARA FOTO/Name}): the first
     * slash not between digits (dates such as 17/9) that is followed by a capitalised, short, sentence-free
     * remainder. -1 if none.
     */
    private static int creditSlash(String text) {
        for (int i = text.indexOf('/'); i > 0; i = text.indexOf('/', i + 1)) {
            char before = text.charAt(i - 1);
            String after = text.substring(i + 1).strip();
            if (Character.isDigit(before) || after.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(after.codePointAt(0)) && after.length() <= 80 && !after.contains(". ")
                    && !after.contains(",")) {
                return i;
            }
        }
        return -1;
    }

    /** A short parenthesised name (an agency or a person), not a stray remark like "(kiri)". */
    private static boolean looksLikeCredit(String inner) {
        if (AGENCIES.contains(inner.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String[] words = inner.split("[\\s/]+");
        if (words.length > 5) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String trimPunctuation(String text) {
        return text.strip().replaceAll("[\\s,;:–—-]+$", "").strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
