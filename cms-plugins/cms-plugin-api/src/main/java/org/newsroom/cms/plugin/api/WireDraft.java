package org.newsroom.cms.plugin.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article being built from wire copy: the raw text, what the core extracted (headline, dateline,
 * language, body paragraphs) and what each parser found, keyed by plugin id. Immutable: parsers return
 * a changed copy with {@link #withParagraphs} and {@link #withFinding}.
 */
public record WireDraft(String rawText, String headline, String datelinePlace, String datelineSource,
                        String language, List<String> paragraphs, Map<String, Object> findings) {

    public WireDraft {
        paragraphs = List.copyOf(paragraphs);
        findings = Map.copyOf(findings);
    }

    public WireDraft withParagraphs(List<String> newParagraphs) {
        return new WireDraft(rawText, headline, datelinePlace, datelineSource, language, newParagraphs, findings);
    }

    /** Records what a plugin found (e.g. {@code "bylines" → [{"name": "Hermansyah"}]}). */
    public WireDraft withFinding(String pluginId, Object finding) {
        Map<String, Object> all = new HashMap<>(findings);
        all.put(pluginId, finding);
        return new WireDraft(rawText, headline, datelinePlace, datelineSource, language, paragraphs, all);
    }
}
