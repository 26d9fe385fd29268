package org.newsroom.cms.plugins.bylines.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jsoup.nodes.Entities;

/**
 * Renders an article's bylines as one line of text in the article's language: writers (authors and
 * reporters) first, "By A, B and C" / "Oleh A, B dan C", then one part per other role, e.g.
 * {@code "By A and B. Photos: C. Translated by D"} or {@code "Oleh A dan B. Foto: C. Penerjemah: D"}.
 */
public final class BylineText {

    /** One byline to render: the contributor's display name, role and public page (null for none). */
    public record Entry(String name, Role role, String path) {

        public Entry(String name, Role role) {
            this(name, role, null);
        }
    }

    private BylineText() {
    }

    /** The byline text; empty when there are no bylines. Languages other than Indonesian get English. */
    public static String render(List<Entry> bylines, String language) {
        return render(bylines, language, Entry::name);
    }

    /**
     * The same line as HTML for the public page: each name escaped, and a link to the contributor's page where
     * there is one.
     */
    public static String renderHtml(List<Entry> bylines, String language) {
        return render(bylines, language, e -> e.path() == null ? Entities.escape(e.name())
                : "<a href=\"" + Entities.escape(e.path()) + "\">" + Entities.escape(e.name()) + "</a>");
    }

    private static String render(List<Entry> bylines, String language, Function<Entry, String> show) {
        boolean id = Names.indonesian(language);
        Map<Role, Set<String>> byRole = new EnumMap<>(Role.class);
        Set<String> writers = new LinkedHashSet<>();
        for (Entry e : bylines) {
            if (e.role().writes()) {
                writers.add(show.apply(e));
            } else {
                byRole.computeIfAbsent(e.role(), r -> new LinkedHashSet<>()).add(show.apply(e));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!writers.isEmpty()) {
            parts.add((id ? "Oleh " : "By ") + list(writers, id));
        }
        for (Map.Entry<Role, Set<String>> e : byRole.entrySet()) {
            parts.add(label(e.getKey(), id, e.getValue().size()) + list(e.getValue(), id));
        }
        return String.join(". ", parts);
    }

    /** "A", "A and B", "A, B and C" (Indonesian: "dan"); no serial comma. */
    public static String list(Iterable<String> names, boolean indonesian) {
        List<String> all = new ArrayList<>();
        names.forEach(all::add);
        if (all.size() <= 1) {
            return all.isEmpty() ? "" : all.get(0);
        }
        String and = indonesian ? " dan " : " and ";
        return String.join(", ", all.subList(0, all.size() - 1)) + and + all.get(all.size() - 1);
    }

    private static String label(Role role, boolean id, int count) {
        return switch (role) {
            case PHOTOGRAPHER -> id ? "Foto: " : "Photos: ";
            case EDITOR -> id ? "Editor: " : "Edited by ";
            case TRANSLATOR -> id ? "Penerjemah: " : "Translated by ";
            case CONTRIBUTOR -> id ? "Kontributor: " : (count > 1 ? "Contributors: " : "Contributor: ");
            case AUTHOR, REPORTER -> id ? "Oleh " : "By ";
        };
    }
}
