package org.newsroom.cms.core.domain.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * Compares two versions of an article's content (Myers diff from java-diff-utils): paragraphs first,
 * then words inside paragraphs that changed, so a UI can show "one sentence edited in paragraph 3".
 */
public final class ArticleDiffer {

    /** Top-level blocks of sanitised body HTML; anything between blocks counts as its own paragraph. */
    private static final Pattern BLOCK = Pattern.compile(
            "<(p|h[1-6]|blockquote|ul|ol|table|figure|pre)\\b[^>]*>.*?</\\1>|<hr\\s*/?>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Words, single punctuation marks and the whitespace between them: concatenated they give the text back. */
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\p{L}\\p{N}\\s]");

    private ArticleDiffer() {
    }

    public static ArticleDiff diff(ArticleContent before, ArticleContent after) {
        List<ArticleDiff.FieldChange> fields = List.of(
                text("headline", before.headline(), after.headline()),
                text("standfirst", before.standfirst(), after.standfirst()),
                plain("dateline.place", before.datelinePlace(), after.datelinePlace()),
                plain("dateline.source", before.datelineSource(), after.datelineSource()),
                plain("language", before.language(), after.language()),
                plain("section", before.section(), after.section()));
        return new ArticleDiff(fields, paragraphs(paragraphsOf(before.body()), paragraphsOf(after.body())));
    }

    static List<String> paragraphsOf(String html) {
        List<String> blocks = new ArrayList<>();
        if (html == null) {
            return blocks;
        }
        Matcher m = BLOCK.matcher(html);
        int last = 0;
        while (m.find()) {
            addLoose(blocks, html.substring(last, m.start()));
            blocks.add(m.group().strip());
            last = m.end();
        }
        addLoose(blocks, html.substring(last));
        return blocks;
    }

    private static void addLoose(List<String> blocks, String text) {
        if (!text.isBlank()) {
            blocks.add(text.strip());
        }
    }

    private static List<ArticleDiff.ParagraphChange> paragraphs(List<String> before, List<String> after) {
        List<ArticleDiff.ParagraphChange> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int srcPos = delta.getSource().getPosition();
            int dstPos = delta.getTarget().getPosition();
            while (i < srcPos && j < dstPos) {
                out.add(new ArticleDiff.ParagraphChange(ArticleDiff.ParagraphChange.Op.EQUAL, i, j, before.get(i),
                        after.get(j), List.of()));
                i++;
                j++;
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            int paired = delta.getType() == DeltaType.CHANGE ? Math.min(removed.size(), added.size()) : 0;
            for (int k = 0; k < paired; k++) {
                out.add(new ArticleDiff.ParagraphChange(ArticleDiff.ParagraphChange.Op.CHANGED, i, j, before.get(i),
                        after.get(j), words(plainText(before.get(i)), plainText(after.get(j)))));
                i++;
                j++;
            }
            for (int k = paired; k < removed.size(); k++) {
                out.add(new ArticleDiff.ParagraphChange(ArticleDiff.ParagraphChange.Op.DELETED, i, null, before.get(i),
                        null, List.of()));
                i++;
            }
            for (int k = paired; k < added.size(); k++) {
                out.add(new ArticleDiff.ParagraphChange(ArticleDiff.ParagraphChange.Op.INSERTED, null, j, null,
                        after.get(j), List.of()));
                j++;
            }
        }
        while (i < before.size() && j < after.size()) {
            out.add(new ArticleDiff.ParagraphChange(ArticleDiff.ParagraphChange.Op.EQUAL, i, j, before.get(i),
                    after.get(j), List.of()));
            i++;
            j++;
        }
        return out;
    }

    /**
     * Word-level changes; consecutive tokens with the same fate are merged into one run, and the runs
     * concatenated give back the text (EQUAL and DELETE runs the old one, EQUAL and INSERT runs the new).
     */
    static List<ArticleDiff.WordChange> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<ArticleDiff.WordChange> out = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int pos = delta.getSource().getPosition();
            if (pos > i) {
                add(out, ArticleDiff.WordChange.Op.EQUAL, a.subList(i, pos));
            }
            add(out, ArticleDiff.WordChange.Op.DELETE, delta.getSource().getLines());
            add(out, ArticleDiff.WordChange.Op.INSERT, delta.getTarget().getLines());
            i = pos + delta.getSource().size();
        }
        if (i < a.size()) {
            add(out, ArticleDiff.WordChange.Op.EQUAL, a.subList(i, a.size()));
        }
        return out;
    }

    private static void add(List<ArticleDiff.WordChange> out, ArticleDiff.WordChange.Op op, List<String> words) {
        if (!words.isEmpty()) {
            out.add(new ArticleDiff.WordChange(op, String.join("", words)));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    /** The readable text of an HTML block (tags removed, entities decoded, whitespace collapsed), by jsoup. */
    static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).text().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static ArticleDiff.FieldChange text(String field, String before, String after) {
        boolean changed = !Objects.equals(before, after);
        return new ArticleDiff.FieldChange(field, before, after, changed,
                changed ? words(before, after) : List.of());
    }

    private static ArticleDiff.FieldChange plain(String field, String before, String after) {
        return new ArticleDiff.FieldChange(field, before, after, !Objects.equals(before, after), List.of());
    }
}
