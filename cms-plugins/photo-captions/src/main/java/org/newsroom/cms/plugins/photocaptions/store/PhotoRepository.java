package org.newsroom.cms.plugins.photocaptions.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.newsroom.cms.plugins.photocaptions.image.InspectedImage;

/**
 * The photos of each article in {@code plg_photo_captions_photo}. Every change is one SQL statement, so
 * it is atomic with or without a surrounding transaction. Lists come back ordered, positions numbered
 * from 1 (gaps left by deletions do not show).
 */
public final class PhotoRepository {

    /** The editable text columns, by their JSON names. */
    public static final Map<String, String> TEXT_COLUMNS = Map.of("caption", "caption", "credit", "credit",
            "photographer", "photographer", "photographerContributor", "photographer_contributor",
            "copyright", "copyright", "altText", "alt_text");

    private static final String COLUMNS = "id, article_id, caption, credit, photographer, photographer_contributor, "
            + "copyright, alt_text, image_key, media_type, size_bytes, sha256, width, height, captured_at";
    private static final Set<String> SQL_COLUMNS = Set.copyOf(TEXT_COLUMNS.values());

    private final DataSource dataSource;

    public PhotoRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Photo> list(UUID articleId) {
        return query("select " + COLUMNS + " from plg_photo_captions_photo where article_id = ? "
                + "order by position, created_at, id", articleId);
    }

    public Optional<Photo> find(UUID articleId, UUID photoId) {
        return list(articleId).stream().filter(p -> p.id().equals(photoId)).findFirst();
    }

    /** A photo with an image whose article readers can see ({@code published_article}), else empty. */
    public Optional<Photo> findPublished(UUID photoId) {
        return query("select " + COLUMNS + " from plg_photo_captions_photo p where p.id = ? and p.image_key is not null "
                + "and exists (select 1 from published_article a where a.id = p.article_id)", photoId)
                .stream().findFirst();
    }

    /** Adds a photo (or an empty slot) at the end of the article's list; text values by JSON name. */
    public UUID insert(UUID articleId, Map<String, String> text) {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into plg_photo_captions_photo (id, article_id, position, caption, credit, photographer, "
                        + "photographer_contributor, copyright, alt_text) select ?, ?, coalesce(max(position), 0) + 1, "
                        + "?, ?, ?, ?, ?, ? from plg_photo_captions_photo where article_id = ?")) {
            s.setObject(1, id);
            s.setObject(2, articleId);
            s.setString(3, text.get("caption"));
            s.setString(4, text.get("credit"));
            s.setString(5, text.get("photographer"));
            s.setString(6, text.get("photographerContributor"));
            s.setString(7, text.get("copyright"));
            s.setString(8, text.get("altText"));
            s.setObject(9, articleId);
            s.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add a photo", e);
        }
    }

    /** Sets the given text fields (JSON names; null clears), leaving the others as they are. */
    public void updateText(UUID photoId, Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>();
        List<String> params = new ArrayList<>();
        values.forEach((field, value) -> {
            String column = TEXT_COLUMNS.get(field);
            if (column == null || !SQL_COLUMNS.contains(column)) {
                throw new IllegalArgumentException("not an editable field: " + field);
            }
            columns.add(column + " = ?");
            params.add(value);
        });
        String sql = "update plg_photo_captions_photo set " + String.join(", ", columns)
                + ", updated_at = now() where id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (String value : params) {
                s.setString(i++, value);
            }
            s.setObject(i, photoId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the photo", e);
        }
    }

    /**
     * Attaches stored image bytes to a photo and fills only the text fields that are still empty from the
     * embedded metadata (what a person typed is never overwritten, even by a concurrent save).
     *
     * @return the key of the image it replaced, or null
     */
    public String attachImage(UUID photoId, String imageKey, InspectedImage image) {
        var m = image.metadata();
        String sql = "update plg_photo_captions_photo p set image_key = ?, media_type = ?, size_bytes = ?, sha256 = ?, "
                + "width = ?, height = ?, captured_at = ?, "
                + "caption = coalesce(nullif(btrim(p.caption), ''), ?), credit = coalesce(nullif(btrim(p.credit), ''), ?), "
                + "photographer = coalesce(nullif(btrim(p.photographer), ''), ?), "
                + "copyright = coalesce(nullif(btrim(p.copyright), ''), ?), "
                + "alt_text = coalesce(nullif(btrim(p.alt_text), ''), ?), updated_at = now() "
                + "from (select image_key as old_key from plg_photo_captions_photo where id = ?) o "
                + "where p.id = ? returning o.old_key";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, imageKey);
            s.setString(2, image.type().mediaType());
            s.setInt(3, image.sizeBytes());
            s.setString(4, image.sha256());
            s.setInt(5, image.width());
            s.setInt(6, image.height());
            if (m.capturedAt() == null) {
                s.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                s.setTimestamp(7, Timestamp.from(m.capturedAt()));
            }
            s.setString(8, m.caption());
            s.setString(9, m.credit());
            s.setString(10, m.photographer());
            s.setString(11, m.copyright());
            s.setString(12, m.altText());
            s.setObject(13, photoId);
            s.setObject(14, photoId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not attach the image", e);
        }
    }

    /** Puts the article's photos in this order (ids must be exactly the article's photos). */
    public void reorder(UUID articleId, List<UUID> ids) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update plg_photo_captions_photo p set position = o.ord, updated_at = now() "
                        + "from unnest(string_to_array(?, ',')::uuid[]) with ordinality as o(id, ord) "
                        + "where p.id = o.id and p.article_id = ?")) {
            s.setString(1, String.join(",", ids.stream().map(UUID::toString).toList()));
            s.setObject(2, articleId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reorder the photos", e);
        }
    }

    /** Deletes the photo (its cached renditions go with it). */
    public void delete(UUID articleId, UUID photoId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "delete from plg_photo_captions_photo where id = ? and article_id = ?")) {
            s.setObject(1, photoId);
            s.setObject(2, articleId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete the photo", e);
        }
    }

    private List<Photo> query(String sql, UUID param) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, param);
            List<Photo> photos = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    photos.add(map(rs, photos.size() + 1));
                }
            }
            return photos;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read photos", e);
        }
    }

    private static Photo map(ResultSet rs, int position) throws SQLException {
        Timestamp captured = rs.getTimestamp("captured_at");
        return new Photo(rs.getObject("id", UUID.class), rs.getObject("article_id", UUID.class), position,
                rs.getString("caption"), rs.getString("credit"), rs.getString("photographer"),
                rs.getString("photographer_contributor"), rs.getString("copyright"), rs.getString("alt_text"),
                rs.getString("image_key"), rs.getString("media_type"), (Integer) rs.getObject("size_bytes"),
                rs.getString("sha256"), (Integer) rs.getObject("width"), (Integer) rs.getObject("height"),
                captured == null ? null : captured.toInstant());
    }
}
