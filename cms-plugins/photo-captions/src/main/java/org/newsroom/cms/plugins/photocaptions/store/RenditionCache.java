package org.newsroom.cms.plugins.photocaptions.store;

import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.newsroom.cms.plugins.photocaptions.image.RenditionMaker.Rendition;

/**
 * Renditions made once and kept in {@code plg_photo_captions_rendition}, keyed by photo and width and
 * valid only for the original they were made from (its SHA-256), so a replaced image is never served stale.
 */
public final class RenditionCache {

    private final Jdbi jdbi;

    public RenditionCache(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<Rendition> get(UUID photoId, int width, String sourceSha256) {
        return jdbi.withHandle(h -> h.createQuery("select bytes, media_type, pixel_width, pixel_height "
                        + "from plg_photo_captions_rendition "
                        + "where photo_id = :photo and width = :width and source_sha256 = :sha256")
                .bind("photo", photoId)
                .bind("width", width)
                .bind("sha256", sourceSha256)
                .map((rs, ctx) -> new Rendition(rs.getBytes("bytes"), rs.getString("media_type"),
                        rs.getInt("pixel_width"), rs.getInt("pixel_height")))
                .findOne());
    }

    /**
     * Keeps the rendition, replacing one made from an older original. Nothing is kept for a photo that is
     * gone: a failing write here would abort the transaction of the request that serves the rendition.
     */
    public void put(UUID photoId, int width, String sourceSha256, Rendition rendition) {
        jdbi.useHandle(h -> h.createUpdate("insert into plg_photo_captions_rendition (photo_id, width, source_sha256, "
                        + "media_type, pixel_width, pixel_height, bytes) "
                        + "select :photo, :width, :sha256, :mediaType, :pixelWidth, :pixelHeight, :bytes "
                        + "where exists (select 1 from plg_photo_captions_photo where id = :photo) "
                        + "on conflict (photo_id, width) do update set source_sha256 = excluded.source_sha256, "
                        + "media_type = excluded.media_type, pixel_width = excluded.pixel_width, "
                        + "pixel_height = excluded.pixel_height, bytes = excluded.bytes, created_at = now()")
                .bind("photo", photoId)
                .bind("width", width)
                .bind("sha256", sourceSha256)
                .bind("mediaType", rendition.mediaType())
                .bind("pixelWidth", rendition.width())
                .bind("pixelHeight", rendition.height())
                .bind("bytes", rendition.bytes())
                .execute());
    }
}
