package org.newsroom.cms.plugins.photocaptions.publish;

import java.util.ArrayList;
import java.util.List;

import org.newsroom.cms.plugins.photocaptions.image.RenditionMaker;
import org.newsroom.cms.plugins.photocaptions.store.Photo;

/**
 * Where one audience fetches a photo's image, and each rendition ({@link RenditionMaker#WIDTHS}) with the size
 * it comes in: the one list ninjs associations, the public parts and the picture item all write from.
 *
 * @param original   the original's site-relative URL
 * @param renditions narrowest first
 */
public record PhotoAddresses(String original, List<Sized> renditions) {

    /** One rendition: its nominal {@code name} width, its URL and its actual size (never wider than the original). */
    public record Sized(int name, String path, Integer width, Integer height) {
    }

    /** The addresses of a photo with an image: newsroom ones (editors) or public ones (readers). */
    public static PhotoAddresses of(Photo photo, boolean newsroom) {
        List<Sized> sized = new ArrayList<>();
        for (int width : RenditionMaker.WIDTHS) {
            // renditions only shrink: a narrow original is served at its own size
            Integer height = photo.width() == null || photo.height() == null || photo.width() == 0 ? null
                    : Math.round(photo.height() * Math.min(1f, (float) width / photo.width()));
            Integer actual = photo.width() == null ? width : Math.min(width, photo.width());
            sized.add(new Sized(width, url(photo, newsroom, width), actual, height));
        }
        return new PhotoAddresses(url(photo, newsroom, null), sized);
    }

    private static String url(Photo photo, boolean newsroom, Integer width) {
        return newsroom ? PhotoJson.newsroomUrl(photo.articleId(), photo.id(), width)
                : PhotoJson.publicUrl(photo.id(), width);
    }
}
