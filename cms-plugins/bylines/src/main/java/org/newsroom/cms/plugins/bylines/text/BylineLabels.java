package org.newsroom.cms.plugins.bylines.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byline lines with a label, in English and Indonesian: "Reporter: X", "Penulis: X", "Oleh: X",
 * "Oleh X", "By X", "Pewarta: X", "Editor: X", "Foto: X", "Penerjemah: X", "Photos by X"… Nouns need a
 * colon; "by"/"oleh" phrases may go without one.
 */
final class BylineLabels {

    /** A label line's role and the raw text naming the people. */
    record Labelled(Role role, String names) {
    }

    private record Label(Pattern pattern, Role role) {
    }

    private static final List<Label> LABELS = new ArrayList<>();

    static {
        // longest first, so "pewarta foto" wins over "pewarta" and "additional reporting by" over "by"
        phrase("additional reporting by|tambahan laporan oleh|reporting by|laporan oleh", Role.REPORTER);
        phrase("photos? by|foto oleh|difoto oleh", Role.PHOTOGRAPHER);
        phrase("edited by|editing by|disunting oleh", Role.EDITOR);
        phrase("translated by|diterjemahkan oleh|alih bahasa oleh", Role.TRANSLATOR);
        phrase("written by|ditulis oleh|story by|by|oleh", Role.AUTHOR);
        noun("pewarta foto|fotografer|photographer|photos?|foto", Role.PHOTOGRAPHER);
        noun("reporter|pewarta|wartawan|laporan", Role.REPORTER);
        noun("penulis|writer|author|teks|text", Role.AUTHOR);
        noun("editor|redaktur|penyunting", Role.EDITOR);
        noun("penerjemah|translator|alih bahasa|translation", Role.TRANSLATOR);
        noun("kontributor|contributors?", Role.CONTRIBUTOR);
    }

    private BylineLabels() {
    }

    private static void phrase(String alternatives, Role role) {
        LABELS.add(new Label(Pattern.compile("^(?:" + alternatives + ")(?:\\s*[:：]\\s*|\\s+)(.+)$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), role));
    }

    private static void noun(String alternatives, Role role) {
        LABELS.add(new Label(Pattern.compile("^(?:" + alternatives + ")\\s*[:：]\\s*(.+)$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), role));
    }

    /** The label and names of a line, if it is a labelled byline whose names all look like names. */
    static java.util.Optional<Labelled> match(String line) {
        String l = line.strip();
        for (Label label : LABELS) {
            Matcher m = label.pattern().matcher(l);
            if (m.matches()) {
                List<String> names = NameRules.split(m.group(1));
                if (!names.isEmpty() && names.stream().allMatch(NameRules::looksLikeName)) {
                    return java.util.Optional.of(new Labelled(label.role(), m.group(1)));
                }
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }
}
