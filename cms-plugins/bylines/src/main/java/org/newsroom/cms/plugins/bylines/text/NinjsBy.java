package org.newsroom.cms.plugins.bylines.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a ninjs {@code by} statement back into bylines: the reverse of {@link BylineText#render}, e.g.
 * "By A and B. Photos: C" or "Oleh A, B dan C. Foto: D"; a bare "A, B" gives authors.
 */
public final class NinjsBy {

    private static final Pattern PARTS = Pattern.compile("\\.\\s+");
    private static final Pattern NAMES = Pattern.compile("\\s*(?:,|\\band\\b|\\bdan\\b|&)\\s*");
    private static final List<Map.Entry<String, Role>> LABELS = List.of(
            Map.entry("by ", Role.AUTHOR), Map.entry("oleh ", Role.AUTHOR),
            Map.entry("photos: ", Role.PHOTOGRAPHER), Map.entry("photo: ", Role.PHOTOGRAPHER),
            Map.entry("foto: ", Role.PHOTOGRAPHER),
            Map.entry("edited by ", Role.EDITOR), Map.entry("editor: ", Role.EDITOR),
            Map.entry("translated by ", Role.TRANSLATOR), Map.entry("penerjemah: ", Role.TRANSLATOR),
            Map.entry("contributors: ", Role.CONTRIBUTOR), Map.entry("contributor: ", Role.CONTRIBUTOR),
            Map.entry("kontributor: ", Role.CONTRIBUTOR));

    private NinjsBy() {
    }

    /** The bylines in order (no affiliation: ninjs {@code by} names none); empty for a blank statement. */
    public static List<WireByline> parse(String by) {
        List<WireByline> found = new ArrayList<>();
        for (String part : PARTS.split(by.strip())) {
            String text = part.strip().replaceAll("\\.$", "");
            Role role = Role.AUTHOR;
            for (Map.Entry<String, Role> label : LABELS) {
                if (text.toLowerCase(Locale.ROOT).startsWith(label.getKey())) {
                    role = label.getValue();
                    text = text.substring(label.getKey().length());
                    break;
                }
            }
            for (String name : NAMES.split(text)) {
                if (!name.isBlank()) {
                    found.add(new WireByline(name.strip(), role, null));
                }
            }
        }
        return found;
    }
}
