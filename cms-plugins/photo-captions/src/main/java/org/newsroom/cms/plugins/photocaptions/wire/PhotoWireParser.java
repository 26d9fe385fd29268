package org.newsroom.cms.plugins.photocaptions.wire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.WireCopyParser;
import org.newsroom.cms.plugin.api.WireDraft;
import org.newsroom.cms.plugins.photocaptions.store.PhotoRepository;

/**
 * Runs first in the wire-import chain (order 100): photo caption lines leave the body and are recorded as
 * {@code "photo-captions" → [{"caption": …, "credit": …}]}; once the article exists, each becomes a photo
 * slot waiting for its image, the first one the lead photo.
 */
public final class PhotoWireParser implements WireCopyParser {

    /** The key of this plugin's findings in the draft. */
    public static final String FINDING = "photo-captions";

    private final PhotoRepository photos;

    public PhotoWireParser(PhotoRepository photos) {
        this.photos = photos;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public WireDraft parse(WireDraft draft) {
        CaptionParser.Result result = CaptionParser.extract(draft.paragraphs());
        if (result.captions().isEmpty()) {
            return draft;
        }
        List<Map<String, String>> finding = new ArrayList<>();
        for (CaptionParser.Found found : result.captions()) {
            Map<String, String> entry = new LinkedHashMap<>();
            if (found.caption() != null) {
                entry.put("caption", found.caption());
            }
            if (found.credit() != null) {
                entry.put("credit", found.credit());
            }
            finding.add(Map.copyOf(entry));
        }
        return draft.withParagraphs(result.paragraphs()).withFinding(FINDING, List.copyOf(finding));
    }

    @Override
    public void imported(ArticleSnapshot article, WireDraft draft) {
        for (Map<String, String> slot : slots(draft)) {
            photos.insert(article.id(), slot);
        }
    }

    /** The slots recorded in a draft, tolerating findings that went through JSON on the way. */
    static List<Map<String, String>> slots(WireDraft draft) {
        Object finding = draft.findings().get(FINDING);
        List<Map<String, String>> slots = new ArrayList<>();
        if (finding instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    Map<String, String> slot = new HashMap<>();
                    for (String key : List.of("caption", "credit")) {
                        Object value = map.get(key);
                        if (value != null && !value.toString().isBlank()) {
                            slot.put(key, value.toString().strip());
                        }
                    }
                    if (!slot.isEmpty()) {
                        slots.add(slot);
                    }
                }
            }
        }
        return slots;
    }
}
