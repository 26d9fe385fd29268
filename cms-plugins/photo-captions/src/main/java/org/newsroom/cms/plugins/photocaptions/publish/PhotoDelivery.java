package org.newsroom.cms.plugins.photocaptions.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Audience;
import org.newsroom.cms.plugin.api.DeliveryContributor;
import org.newsroom.cms.plugins.photocaptions.store.Photo;
import org.newsroom.cms.plugins.photocaptions.store.PhotoRepository;

/**
 * {@code "plugins": {"photo-captions": {"photos": […]}}}. The newsroom sees every photo, slots included,
 * with newsroom URLs; readers see only photos with an image, with public URLs, and only while the article
 * is live (the first delivered photo is the lead).
 */
public final class PhotoDelivery implements DeliveryContributor {

    private final PhotoRepository photos;

    public PhotoDelivery(PhotoRepository photos) {
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
}
