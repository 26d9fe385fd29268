package org.newsroom.cms.plugins.photocaptions.publish;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.newsroom.cms.plugins.photocaptions.image.RenditionMaker;
import org.newsroom.cms.plugins.photocaptions.store.Photo;

/** A photo as JSON, with newsroom or public image URLs. */
public final class PhotoJson {

    private PhotoJson() {
    }

    /** Where editors fetch a photo's image ({@code width} null for the original). */
    public static String newsroomUrl(UUID articleId, UUID photoId, Integer width) {
        return "/api/articles/" + articleId + "/photo-captions/photos/" + photoId + "/image"
                + (width == null ? "" : "/" + width);
    }

    /** Where readers fetch a published photo's image ({@code width} null for the original). */
    public static String publicUrl(UUID photoId, Integer width) {
        return "/api/public/photos/" + photoId + (width == null ? "" : "/" + width);
    }

    /**
     * The delivered fields; {@code newsroom} adds what only editors need (capture date, media type, size,
     * photographer contributor) and chooses newsroom URLs.
     */
    public static Map<String, Object> of(Photo p, boolean newsroom) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id().toString());
        json.put("position", p.position());
        json.put("lead", p.lead());
        json.put("caption", p.caption());
        json.put("credit", p.credit());
        json.put("photographer", p.photographer());
        json.put("copyright", p.copyright());
        json.put("altText", p.altText());
        json.put("width", p.width());
        json.put("height", p.height());
        json.put("hasImage", p.hasImage());
        Map<String, Object> renditions = new LinkedHashMap<>();
        if (p.hasImage()) {
            json.put("url", newsroom ? newsroomUrl(p.articleId(), p.id(), null) : publicUrl(p.id(), null));
            for (int width : RenditionMaker.WIDTHS) {
                renditions.put(Integer.toString(width),
                        newsroom ? newsroomUrl(p.articleId(), p.id(), width) : publicUrl(p.id(), width));
            }
        } else {
            json.put("url", null);
        }
        json.put("renditions", renditions);
        if (newsroom) {
            json.put("photographerContributor", p.photographerContributor());
            json.put("capturedAt", p.capturedAt() == null ? null : p.capturedAt().toString());
            json.put("mediaType", p.mediaType());
            json.put("sizeBytes", p.sizeBytes());
            json.put("publicUrl", p.hasImage() ? publicUrl(p.id(), null) : null);
        }
        return json;
    }
}
