package org.newsroom.cms.core.interchange.ninjs;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.application.Actor;
import org.newsroom.cms.core.application.ArticleInput;
import org.newsroom.cms.core.application.ArticleService;
import org.newsroom.cms.core.application.PluginEvents;
import org.newsroom.cms.core.application.SearchIndexer;
import org.newsroom.cms.core.application.SectionService;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.Slugs;
import org.newsroom.cms.core.domain.wire.WireText;

/**
 * Imports an IPTC ninjs document (1.x to 3.x shapes) as a DRAFT article owned by the importer: headline,
 * summary, body (HTML, or plain text as paragraphs), language, dateline (located, first info source),
 * section (the first genre that names one of the newsroom's sections; a genre that names none is left out and
 * the audit trail says so, since an agency's genres are not our sections), slug (slugline, when free); then
 * enabled plugins take {@code by}, {@code subjects} and {@code associations}. One document, one transaction.
 */
@ApplicationScoped
public class NinjsImportService {

    @Inject
    ArticleService articles;
    @Inject
    PluginEvents plugins;
    @Inject
    SectionService sections;
    @Inject
    SearchIndexer search;

    @Transactional
    public Article importDocument(Actor importer, Map<String, Object> document) {
        Map<String, Object> ninjs = lowerCaseKeys(document);
        if (ninjs == null || !(ninjs.get("uri") instanceof String)) {
            throw ValidationException.of("uri", "A ninjs document is a JSON object with at least a \"uri\".");
        }
        String headline = text(ninjs, "headlines", "main", "headline");
        if (headline == null) {
            headline = ninjs.get("title") instanceof String t ? t : (String) ninjs.get("slugline");
        }
        if (headline == null || headline.isBlank()) {
            throw ValidationException.of("headlines", "The document has no headline (headlines, headline or title).");
        }
        String standfirst = text(ninjs, "descriptions", "summary", "description_text");
        String body = body(ninjs);
        String language = ninjs.get("language") instanceof String l ? l : null;
        String place = ninjs.get("located") instanceof String l ? l : null;
        String source = firstName(ninjs.get("infosources"));
        String genre = firstName(ninjs.get("genres"));
        String section = section(ninjs.get("genres"));
        String slug = ninjs.get("slugline") instanceof String s && Slugs.isValid(s) && !articles.slugTaken(s) ? s : null;
        String note = section == null && genre != null ? "Imported from ninjs; the genre \"" + cut(genre)
                + "\" is not a section of this newsroom and was left out" : null;
        Article article = articles.create(importer, new ArticleInput(headline.strip(), standfirst, body, place, source,
                language, section, slug, null), note);
        search.defer(article);
        plugins.ninjsImported(article, ninjs);
        search.index(article); // with the plugins' part of the document (subjects, by)
        return article;
    }

    /** ninjs 3.x writes camelCase ("infoSources", "contentType"); 1.x and 2.x lower case. Read both. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> lowerCaseKeys(Map<String, Object> document) {
        return document == null ? null : (Map<String, Object>) lower(document);
    }

    private static Object lower(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k).toLowerCase(java.util.Locale.ROOT), lower(v)));
            return out;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(NinjsImportService::lower).toList();
        }
        return node;
    }

    /** The value of the item with {@code role} in a list of {role, value} objects, else the first; else the 1.x field. */
    private static String text(Map<String, Object> ninjs, String list, String role, String legacy) {
        if (ninjs.get(list) instanceof List<?> items && !items.isEmpty()) {
            Object chosen = items.get(0);
            for (Object item : items) {
                if (item instanceof Map<?, ?> m && role.equals(m.get("role"))) {
                    chosen = item;
                    break;
                }
            }
            if (chosen instanceof Map<?, ?> m && m.get("value") instanceof String v) {
                return v;
            }
        }
        return ninjs.get(legacy) instanceof String s ? s : null;
    }

    private static String body(Map<String, Object> ninjs) {
        if (ninjs.get("bodies") instanceof List<?> bodies) {
            String plain = null;
            for (Object b : bodies) {
                if (b instanceof Map<?, ?> m && m.get("value") instanceof String v) {
                    Object type = m.get("contenttype");
                    if (type == null || String.valueOf(type).contains("html")) {
                        return v;
                    }
                    plain = plain == null ? v : plain;
                }
            }
            if (plain != null) {
                return paragraphs(plain);
            }
        }
        if (ninjs.get("body_html") instanceof String html) {
            return html;
        }
        return ninjs.get("body_text") instanceof String t ? paragraphs(t) : "";
    }

    private static String paragraphs(String text) {
        return WireText.paragraphsHtml(List.of(text.split("\\n\\s*\\n")));
    }

    /** The slug of the first genre that names a section (by its literal, slug or name); null if none does. */
    private String section(Object genres) {
        if (genres instanceof List<?> items) {
            for (Object i : items) {
                if (i instanceof Map<?, ?> m) {
                    for (Object value : new Object[] {m.get("literal"), m.get("name")}) {
                        if (value instanceof String v) {
                            var found = sections.recognise(v);
                            if (found.isPresent()) {
                                return found.get().getSlug();
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    private static String cut(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }

    private static String firstName(Object list) {
        if (list instanceof List<?> items) {
            for (Object i : items) {
                if (i instanceof Map<?, ?> m && m.get("name") instanceof String n && !n.isBlank()) {
                    return n;
                }
            }
        }
        return null;
    }
}
