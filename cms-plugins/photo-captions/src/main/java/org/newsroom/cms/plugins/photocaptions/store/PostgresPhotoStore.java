package org.newsroom.cms.plugins.photocaptions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/** {@link PhotoStore} in the table {@code plg_photo_captions_image} (bytea). */
public final class PostgresPhotoStore implements PhotoStore {

    private final DataSource dataSource;

    public PostgresPhotoStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String put(byte[] bytes, String mediaType, String sha256) {
        String key = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into plg_photo_captions_image (image_key, media_type, size_bytes, sha256, bytes) "
                        + "values (?, ?, ?, ?, ?)")) {
            s.setString(1, key);
            s.setString(2, mediaType);
            s.setInt(3, bytes.length);
            s.setString(4, sha256);
            s.setBytes(5, bytes);
            s.executeUpdate();
            return key;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the image", e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select bytes from plg_photo_captions_image where image_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the image", e);
        }
    }

    @Override
    public void delete(String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "delete from plg_photo_captions_image where image_key = ?")) {
            s.setString(1, key);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete the image", e);
        }
    }
}
