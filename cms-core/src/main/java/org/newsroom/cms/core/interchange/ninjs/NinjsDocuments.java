package org.newsroom.cms.core.interchange.ninjs;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.application.LiveArticle;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.Correction;
import org.newsroom.cms.core.application.DeliveryService;
import org.newsroom.cms.core.application.SectionService;
import org.newsroom.cms.core.infrastructure.html.Embeds;

/**
 * Articles as IPTC ninjs 2.2 documents (validated against the official schema in the tests). The core
 * fills what it models — identity, versions, dates, language, headline, standfirst, body, dateline,
 * slug, corrections — and plugins add {@code by}, {@code subjects} and {@code associations}.
 */
@ApplicationScoped
public class NinjsDocuments {

    public static final String MEDIA_TYPE = "application/ninjs+json";

    @Inject
    DeliveryService delivery;
    @Inject
    SectionService sections;

    /** What readers see: the live revision. */
    public Map<String, Object> live(LiveArticle live, URI baseUri) {
        Article a = live.article();
        Map<String, Object> doc = core(a, live.content(), String.valueOf(a.getLiveRevisionNumber()),
                a.getLastPublishedAt(), live.corrections());
        return withPlugins(doc, delivery.publishedNinjs(live), baseUri);
    }

    /** The newsroom's working copy, whatever its state. */
    public Map<String, Object> working(Article a, URI baseUri) {
        Map<String, Object> doc = core(a, a.content(), String.valueOf(a.getCurrentRevision()), a.getUpdatedAt(), List.of());
        if (!a.isLive()) {
            doc.put("pubstatus", "withheld");
        }
        return withPlugins(doc, delivery.newsroomNinjs(a), baseUri);
    }

    /**
     * The same document in ninjs 3.1, whose properties are camelCase ({@code versionCreated},
     * {@code contentType}, {@code infoSources}…); everything we write keeps its meaning.
     */
    public static Object toVersion31(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(V31_NAMES.getOrDefault(String.valueOf(k), String.valueOf(k)), toVersion31(v)));
            return out;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(NinjsDocuments::toVersion31).toList();
        }
        return node;
    }

    /** The document in the version asked for: "2.2" (default) or "3.1"; 422 for any other. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> inVersion(Map<String, Object> document, String version) {
        if (version == null || version.isBlank() || version.equals("2.2")) {
            return document;
        }
        if (version.equals("3.1")) {
            return (Map<String, Object>) toVersion31(document);
        }
        throw org.newsroom.cms.core.application.ValidationException.of("version", "\"" + version
                + "\" is not a ninjs version we write; use 2.2 (default) or 3.1.");
    }

    /** The 2.2 → 3.1 renames of the properties this CMS writes or reads. */
    static final Map<String, String> V31_NAMES = Map.ofEntries(
            Map.entry("representationtype", "representationType"), Map.entry("firstcreated", "firstCreated"),
            Map.entry("versioncreated", "versionCreated"), Map.entry("contentcreated", "contentCreated"),
            Map.entry("pubstatus", "pubStatus"), Map.entry("copyrightholder", "copyrightHolder"),
            Map.entry("copyrightnotice", "copyrightNotice"), Map.entry("usageterms", "usageTerms"),
            Map.entry("ednote", "edNote"), Map.entry("infosources", "infoSources"),
            Map.entry("contenttype", "contentType"), Map.entry("sizeinbytes", "sizeInBytes"),
            Map.entry("altids", "altIds"), Map.entry("charcount", "charCount"), Map.entry("wordcount", "wordCount"));

    private Map<String, Object> core(Article a, ArticleContent c, String version, Instant versionCreated,
                                            List<Correction> corrections) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("uri", "urn:newsroom-cms:article:" + a.getId());
        doc.put("type", "text");
        doc.put("representationtype", "full");
        doc.put("version", version);
        doc.put("firstcreated", a.getCreatedAt().toString());
        doc.put("versioncreated", versionCreated.toString());
        doc.put("pubstatus", "usable");
        doc.put("language", c.language());
        doc.put("slugline", a.getSlug());
        doc.put("headlines", List.of(text("main", "text/plain", c.headline())));
        if (c.standfirst() != null) {
            doc.put("descriptions", List.of(text("summary", "text/plain", c.standfirst())));
        }
        // ninjs has no embed type: a post or video embedded in the body travels as a link to it
        doc.put("bodies", List.of(text("main", "text/html", Embeds.asLinks(c.body()))));
        if (c.datelinePlace() != null) {
            doc.put("located", c.datelinePlace());
        }
        if (c.datelineSource() != null) {
            doc.put("infosources", List.of(Map.of("name", c.datelineSource(), "role", "source")));
        }
        if (c.section() != null) {
            // the section's name for people, its slug (what the import maps back) in the literal
            doc.put("genres", List.of(Map.of("name", sections.nameOf(c.section()),
                    "literal", "section:" + c.section())));
        }
        if (!corrections.isEmpty()) {
            StringBuilder note = new StringBuilder();
            for (Correction k : corrections) {
                note.append(note.length() == 0 ? "" : " ").append("Correction (").append(k.getCorrectedAt()).append("): ")
                        .append(k.getNote());
            }
            doc.put("ednote", note.toString());
        }
        return doc;
    }

    private static Map<String, Object> withPlugins(Map<String, Object> doc, Map<String, Object> fromPlugins, URI baseUri) {
        fromPlugins.forEach(doc::putIfAbsent);
        Object associations = doc.get("associations");
        if (associations instanceof List<?> list) {
            doc.put("associations", absolute(list, baseUri));
        }
        return doc;
    }

    /** Rendition hrefs given site-relative by plugins become absolute, as ninjs requires URIs. */
    @SuppressWarnings("unchecked")
    private static List<Object> absolute(List<?> associations, URI baseUri) {
        List<Object> out = new ArrayList<>();
        for (Object item : associations) {
            if (item instanceof Map<?, ?> association && association.get("renditions") instanceof List<?> renditions) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) association);
                List<Object> fixed = new ArrayList<>();
                for (Object r : renditions) {
                    Map<String, Object> rendition = new LinkedHashMap<>((Map<String, Object>) r);
                    if (rendition.get("href") instanceof String href && href.startsWith("/")) {
                        rendition.put("href", baseUri.resolve(href).toString());
                    }
                    fixed.add(rendition);
                }
                copy.put("renditions", fixed);
                out.add(copy);
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private static Map<String, String> text(String role, String contentType, String value) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("role", role);
        t.put("contenttype", contentType);
        t.put("value", value);
        return t;
    }
}
