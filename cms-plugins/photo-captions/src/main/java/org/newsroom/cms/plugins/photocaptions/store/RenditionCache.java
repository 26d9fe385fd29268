package org.newsroom.cms.plugins.photocaptions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.newsroom.cms.plugins.photocaptions.image.RenditionMaker.Rendition;

/**
 * Renditions made once and kept in {@code plg_photo_captions_rendition}, keyed by photo and width and
 * valid only for the original they were made from (its SHA-256), so a replaced image is never served stale.
 */
public final class RenditionCache {

    private final DataSource dataSource;

    public RenditionCache(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Rendition> get(UUID photoId, int width, String sourceSha256) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select bytes, media_type, pixel_width, pixel_height from plg_photo_captions_rendition "
                        + "where photo_id = ? and width = ? and source_sha256 = ?")) {
            s.setObject(1, photoId);
            s.setInt(2, width);
            s.setString(3, sourceSha256);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Rendition(rs.getBytes(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a rendition", e);
        }
    }

    public void put(UUID photoId, int width, String sourceSha256, Rendition rendition) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into plg_photo_captions_rendition (photo_id, width, source_sha256, media_type, pixel_width, "
                        + "pixel_height, bytes) values (?, ?, ?, ?, ?, ?, ?) on conflict (photo_id, width) do update "
                        + "set source_sha256 = excluded.source_sha256, media_type = excluded.media_type, "
                        + "pixel_width = excluded.pixel_width, pixel_height = excluded.pixel_height, "
                        + "bytes = excluded.bytes, created_at = now()")) {
            s.setObject(1, photoId);
            s.setInt(2, width);
            s.setString(3, sourceSha256);
            s.setString(4, rendition.mediaType());
            s.setInt(5, rendition.width());
            s.setInt(6, rendition.height());
            s.setBytes(7, rendition.bytes());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not cache a rendition", e);
        }
    }
}
