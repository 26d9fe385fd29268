package org.newsroom.cms.plugins.photocaptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Audience;
import org.newsroom.cms.plugin.api.DeliveryContributor;
import org.newsroom.cms.plugin.api.delivery.PublicParts;
import org.newsroom.cms.plugins.photocaptions.newsml.PictureItem;
import org.newsroom.cms.plugins.photocaptions.publish.PhotoAddresses;
import org.newsroom.cms.plugins.photocaptions.publish.PhotoJson;
import org.newsroom.cms.plugins.photocaptions.store.Photo;
import org.newsroom.cms.plugins.photocaptions.store.PhotoStore;
import org.newsroom.cms.plugins.photocaptions.store.PhotoText;

/**
 * {@code "plugins": {"photo-captions": {"photos": […]}}}, ninjs associations and the public parts' pictures. The newsroom sees every photo, slots included,
 * with newsroom URLs; readers see only photos with an image, with public URLs, and only while the article
 * is live (the first delivered photo is the lead).
 */
final class PhotoCaptionsDelivery implements DeliveryContributor {

    private final PhotoStore photos;

    PhotoCaptionsDelivery(PhotoStore photos) {
        this.photos = photos;
    }

    @Override
    public Map<String, Object> contribute(ArticleSnapshot article, Audience audience) {
        if (audience == Audience.PUBLIC && !article.live()) {
            return Map.of();
        }
        List<Map<String, Object>> delivered = new ArrayList<>();
        for (Photo photo : photos.list(article.id())) {
            if (audience == Audience.NEWSROOM) {
                delivered.add(PhotoJson.of(photo, true));
            } else if (photo.hasImage()) {
                delivered.add(PhotoJson.of(photo.at(delivered.size() + 1), false));
            }
        }
        return Map.of("photos", delivered);
    }

    /**
     * ninjs {@code associations}: one {@code picture} per photo with an image (public: only while live), with
     * caption, credit and alt text as descriptions, photographer as {@code by}, copyright notice and the
     * original and rendition URLs.
     */
    @Override
    public Map<String, Object> ninjs(ArticleSnapshot article, Audience audience) {
        if (audience == Audience.PUBLIC && !article.live()) {
            return Map.of();
        }
        List<Map<String, Object>> associations = new ArrayList<>();
        for (Photo photo : photos.list(article.id())) {
            if (!photo.hasImage() && audience == Audience.PUBLIC) {
                continue; // readers get pictures; the newsroom also sees slots waiting for their image
            }
            Map<String, Object> picture = new LinkedHashMap<>();
            picture.put("name", photo.lead() ? "lead-photo" : "photo-" + photo.position());
            picture.put("uri", "urn:newsroom-cms:photo:" + photo.id());
            picture.put("type", "picture");
            List<Map<String, String>> descriptions = new ArrayList<>();
            addDescription(descriptions, "caption", photo.caption());
            addDescription(descriptions, "credit", photo.credit());
            addDescription(descriptions, "alt", photo.altText());
            if (!descriptions.isEmpty()) {
                picture.put("descriptions", descriptions);
            }
            String by = photo.photographer() != null && !photo.photographer().isBlank() ? photo.photographer()
                    : photo.credit();
            if (by != null && !by.isBlank()) {
                picture.put("by", by);
            }
            if (photo.copyright() != null && !photo.copyright().isBlank()) {
                picture.put("copyrightnotice", photo.copyright());
            }
            if (!photo.hasImage()) {
                associations.add(picture);
                continue;
            }
            PhotoAddresses at = PhotoAddresses.of(photo, audience == Audience.NEWSROOM);
            List<Map<String, Object>> renditions = new ArrayList<>();
            renditions.add(rendition("original", at.original(), photo.mediaType(), photo.width(), photo.height()));
            for (PhotoAddresses.Sized r : at.renditions()) {
                renditions.add(rendition(Integer.toString(r.name()), r.path(), "image/jpeg", r.width(), r.height()));
            }
            picture.put("renditions", renditions);
            associations.add(picture);
        }
        return associations.isEmpty() ? Map.of() : Map.of("associations", associations);
    }

    /**
     * The pictures readers see (public: only while live, with public URLs and each picture's own NewsML-G2 item)
     * or a preview shows (newsroom URLs, no item: it is public only once published). Slots without an image
     * show nothing; the first picture delivered leads.
     */
    @Override
    public PublicParts publicParts(ArticleSnapshot article, Audience audience) {
        if (audience == Audience.PUBLIC && !article.live()) {
            return PublicParts.NONE;
        }
        boolean newsroom = audience == Audience.NEWSROOM;
        List<PublicParts.Picture> pictures = new ArrayList<>();
        for (Photo photo : photos.list(article.id())) {
            if (!photo.hasImage()) {
                continue;
            }
            PhotoAddresses at = PhotoAddresses.of(photo, newsroom);
            List<PublicParts.Rendition> renditions = at.renditions().stream()
                    .map(r -> new PublicParts.Rendition(r.path(), r.width(), r.height())).toList();
            pictures.add(new PublicParts.Picture(photo.id().toString(), at.original(),
                    newsroom ? null : PictureItem.path(photo.id()), photo.mediaType(), photo.width(), photo.height(),
                    renditions, photo.caption(), photo.credit(), photo.photographer(), photo.copyright(),
                    photo.altText(), pictures.isEmpty()));
        }
        return pictures.isEmpty() ? PublicParts.NONE : new PublicParts(List.of(), List.of(), pictures, Map.of());
    }

    /**
     * Imported ninjs: every {@code picture} association becomes a photo slot with its caption, credit and
     * alt text (descriptions by role; an unlabelled first description is the caption), photographer
     * ({@code by}) and copyright. Images are not fetched: the slots wait for an upload.
     */
    @Override
    public void importNinjs(ArticleSnapshot article, Map<String, Object> ninjs) {
        if (!(ninjs.get("associations") instanceof List<?> associations)) {
            return;
        }
        for (Object item : associations) {
            if (!(item instanceof Map<?, ?> association) || !"picture".equals(association.get("type"))) {
                continue;
            }
            Map<String, String> slot = new HashMap<>();
            if (association.get("descriptions") instanceof List<?> descriptions) {
                for (Object d : descriptions) {
                    if (d instanceof Map<?, ?> m && m.get("value") instanceof String value) {
                        Object role = m.get("role");
                        String key = "credit".equals(role) ? "credit" : "alt".equals(role) ? "altText" : "caption";
                        slot.putIfAbsent(key, value);
                    }
                }
            }
            if (association.get("by") instanceof String by) {
                slot.put("photographer", by);
            }
            if (association.get("copyrightnotice") instanceof String copyright && !copyright.isBlank()) {
                slot.put("copyright", copyright);
            }
            photos.insert(article.id(), new PhotoText(slot.get("caption"), slot.get("credit"), slot.get("photographer"),
                    null, slot.get("copyright"), slot.get("altText")));
        }
    }

    private static void addDescription(List<Map<String, String>> descriptions, String role, String value) {
        if (value != null && !value.isBlank()) {
            descriptions.add(Map.of("role", role, "value", value));
        }
    }

    private static Map<String, Object> rendition(String name, String href, String contentType, Integer width,
                                                 Integer height) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("href", href);
        if (contentType != null) {
            r.put("contenttype", contentType);
        }
        if (width != null) {
            r.put("width", width);
        }
        if (height != null) {
            r.put("height", height);
        }
        return r;
    }
}
