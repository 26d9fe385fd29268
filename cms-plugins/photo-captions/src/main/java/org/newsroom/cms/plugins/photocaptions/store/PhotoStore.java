package org.newsroom.cms.plugins.photocaptions.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.newsroom.cms.plugin.api.ArticleAccess;
import org.jdbi.v3.core.statement.StatementContext;
import org.newsroom.cms.plugins.photocaptions.image.InspectedImage;

/**
 * The photos of each article in {@code plg_photo_captions_photo}, on the host's Jdbi: every call joins the
 * request's (or hook's) transaction. Photos come back in article order with positions numbered 1, 2, 3…,
 * whatever gaps deletions left in the stored ones.
 */
public final class PhotoStore {

    private static final String COLUMNS = "id, article_id, caption, credit, photographer, photographer_contributor, "
            + "copyright, alt_text, image_key, media_type, size_bytes, sha256, width, height, captured_at";
    /**
     * The searchable text of a photo: caption, credit and photographer as plain words (punctuation such as the
     * slash of "ANTARA FOTO/Budi" made a space, so PostgreSQL's parser never reads it as a file path). The
     * expression is the one indexed by migration V2, so a search uses the index.
     */
    static final String SEARCH_TEXT = "to_tsvector('simple', translate(coalesce(caption, '') || ' ' || "
            + "coalesce(credit, '') || ' ' || coalesce(photographer, ''), '/\\|()[]{}<>,;:!?\"._@#*+=~', "
            + "'                          '))";
    /** The photos of one article with their place in its list, lead first. */
    private static final String PLACED = "select row_number() over (order by position, created_at, id) as place, "
            + COLUMNS + " from plg_photo_captions_photo where article_id = ";

    private final Jdbi jdbi;

    private final ArticleAccess changes; // null: nobody to tell (unit tests)

    public PhotoStore(Jdbi jdbi) {
        this(jdbi, null);
    }

    /** @param changes told of every write readers see, so the host renders those articles' public copies again */
    public PhotoStore(Jdbi jdbi, ArticleAccess changes) {
        this.jdbi = jdbi;
        this.changes = changes;
    }

    public List<Photo> list(UUID articleId) {
        return jdbi.withHandle(h -> h.createQuery(PLACED + ":article order by place")
                .bind("article", articleId)
                .map(PhotoStore::photo)
                .list());
    }

    public Optional<Photo> find(UUID articleId, UUID photoId) {
        return jdbi.withHandle(h -> h.createQuery("select * from (" + PLACED + ":article) p where p.id = :id")
                .bind("article", articleId)
                .bind("id", photoId)
                .map(PhotoStore::photo)
                .findOne());
    }

    /** A photo that has an image, whatever its article; whether readers may see it is the caller's question. */
    public Optional<Photo> findWithImage(UUID photoId) {
        return jdbi.withHandle(h -> h.createQuery("select * from (" + PLACED
                        + "(select article_id from plg_photo_captions_photo where id = :id)) p "
                        + "where p.id = :id and p.image_key is not null")
                .bind("id", photoId)
                .map(PhotoStore::photo)
                .findOne());
    }

    /**
     * Photos with an image whose caption, credit or photographer has words starting with each of {@code words}
     * (already plain letters and digits), newest first, one per stored image, leaving out images the article
     * {@code except} already shows. Their {@code position} is 0: they are not in a list here.
     */
    public List<Photo> search(List<String> words, UUID except, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        String query = String.join(" & ", words.stream().map(w -> w + ":*").toList());
        return jdbi.withHandle(h -> h.createQuery("select * from (select distinct on (image_key) 0 as place, "
                        + COLUMNS + ", created_at from plg_photo_captions_photo p where image_key is not null and "
                        + SEARCH_TEXT + " @@ to_tsquery('simple', :query) and not exists (select 1 from "
                        + "plg_photo_captions_photo mine where mine.article_id = :except and mine.image_key = p.image_key) "
                        + "order by image_key, created_at desc) found order by created_at desc, id limit :limit")
                .bind("query", query)
                .bind("except", except)
                .bind("limit", limit)
                .map(PhotoStore::photo)
                .list());
    }

    /**
     * Adds a copy of {@code source} (text and image, the same stored bytes) at the end of the article's list:
     * a photo reused in another article, whose caption can then be changed there without touching the original.
     */
    public UUID copy(Photo source, UUID articleId) {
        changed(articleId);
        UUID id = UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("insert into plg_photo_captions_photo (id, article_id, position, caption, "
                        + "credit, photographer, photographer_contributor, copyright, alt_text, image_key, media_type, "
                        + "size_bytes, sha256, width, height, captured_at) "
                        + "select :id, :article, coalesce((select max(position) from plg_photo_captions_photo "
                        + "where article_id = :article), 0) + 1, caption, credit, photographer, photographer_contributor, "
                        + "copyright, alt_text, image_key, media_type, size_bytes, sha256, width, height, captured_at "
                        + "from plg_photo_captions_photo where id = :source")
                .bind("id", id)
                .bind("article", articleId)
                .bind("source", source.id())
                .execute());
        return id;
    }

    /** Adds a photo (or an empty slot) at the end of the article's list. */
    public UUID insert(UUID articleId, PhotoText text) {
        changed(articleId);
        UUID id = UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("insert into plg_photo_captions_photo (id, article_id, position, caption, "
                        + "credit, photographer, photographer_contributor, copyright, alt_text) "
                        + "select :id, :article, coalesce(max(position), 0) + 1, :caption, :credit, :photographer, "
                        + ":photographerContributor, :copyright, :altText "
                        + "from plg_photo_captions_photo where article_id = :article")
                .bind("id", id)
                .bind("article", articleId)
                .bind("caption", orNull(text.caption()))
                .bind("credit", orNull(text.credit()))
                .bind("photographer", orNull(text.photographer()))
                .bind("photographerContributor", orNull(text.photographerContributor()))
                .bind("copyright", orNull(text.copyright()))
                .bind("altText", orNull(text.altText()))
                .execute());
        return id;
    }

    /** Sets the text fields the edit gives (null keeps a field, an empty string clears it). */
    public void updateText(UUID photoId, PhotoText edit) {
        if (edit.equals(PhotoText.NONE)) {
            return;
        }
        photoChanged(photoId);
        jdbi.useHandle(h -> h.createUpdate("update plg_photo_captions_photo set "
                        + keepOrSet("caption", "caption") + ", " + keepOrSet("credit", "credit") + ", "
                        + keepOrSet("photographer", "photographer") + ", "
                        + keepOrSet("photographer_contributor", "photographerContributor") + ", "
                        + keepOrSet("copyright", "copyright") + ", " + keepOrSet("alt_text", "altText") + ", "
                        + "updated_at = now() where id = :id")
                .bind("caption", edit.caption())
                .bind("credit", edit.credit())
                .bind("photographer", edit.photographer())
                .bind("photographerContributor", edit.photographerContributor())
                .bind("copyright", edit.copyright())
                .bind("altText", edit.altText())
                .bind("id", photoId)
                .execute());
    }

    /**
     * Attaches stored image bytes to a photo and fills only the text fields that are still empty from the
     * embedded metadata (what a person typed is never overwritten, even by a concurrent save).
     *
     * @return the key of the image it replaced, or null
     */
    public String attachImage(UUID photoId, String imageKey, InspectedImage image) {
        var m = image.metadata();
        photoChanged(photoId);
        return jdbi.withHandle(h -> h.createQuery("update plg_photo_captions_photo p set image_key = :key, "
                        + "media_type = :mediaType, size_bytes = :size, sha256 = :sha256, width = :width, "
                        + "height = :height, captured_at = cast(:capturedAt as timestamptz), "
                        + "caption = coalesce(nullif(btrim(p.caption), ''), :caption), "
                        + "credit = coalesce(nullif(btrim(p.credit), ''), :credit), "
                        + "photographer = coalesce(nullif(btrim(p.photographer), ''), :photographer), "
                        + "copyright = coalesce(nullif(btrim(p.copyright), ''), :copyright), "
                        + "alt_text = coalesce(nullif(btrim(p.alt_text), ''), :altText), updated_at = now() "
                        + "from (select image_key as old_key from plg_photo_captions_photo where id = :id) o "
                        + "where p.id = :id returning o.old_key")
                .bind("key", imageKey)
                .bind("mediaType", image.type().mediaType())
                .bind("size", image.sizeBytes())
                .bind("sha256", image.sha256())
                .bind("width", image.width())
                .bind("height", image.height())
                .bindByType("capturedAt", m.capturedAt(), Instant.class)
                .bind("caption", m.caption())
                .bind("credit", m.credit())
                .bind("photographer", m.photographer())
                .bind("copyright", m.copyright())
                .bind("altText", m.altText())
                .bind("id", photoId)
                .mapTo(String.class)
                .findOne()
                .orElse(null));
    }

    /** Puts the article's photos in this order (ids must be exactly the article's photos). */
    public void reorder(UUID articleId, List<UUID> ids) {
        changed(articleId);
        jdbi.useHandle(h -> h.createUpdate("update plg_photo_captions_photo p set position = o.ord, updated_at = now() "
                        + "from unnest(:ids) with ordinality as o(id, ord) where p.id = o.id and p.article_id = :article")
                .bindArray("ids", UUID.class, ids)
                .bind("article", articleId)
                .execute());
    }

    /** Deletes the photo (its cached renditions go with it). */
    public void delete(UUID articleId, UUID photoId) {
        changed(articleId);
        jdbi.useHandle(h -> h.createUpdate("delete from plg_photo_captions_photo where id = :id and article_id = :article")
                .bind("id", photoId)
                .bind("article", articleId)
                .execute());
    }

    private void changed(UUID articleId) {
        if (changes != null) {
            changes.dataChanged(List.of(articleId));
        }
    }

    private void photoChanged(UUID photoId) {
        if (changes != null) {
            List<UUID> articles = jdbi.withHandle(h -> h.createQuery("select article_id from plg_photo_captions_photo "
                    + "where id = :id").bind("id", photoId).mapTo(UUID.class).list());
            changes.dataChanged(articles);
        }
    }

    /** {@code column = :param}, unless the parameter is null (keep); an empty string stores null. */
    private static String keepOrSet(String column, String param) {
        return column + " = case when cast(:" + param + " as text) is null then " + column
                + " else nullif(:" + param + ", '') end";
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Photo photo(ResultSet rs, StatementContext ctx) throws SQLException {
        OffsetDateTime captured = rs.getObject("captured_at", OffsetDateTime.class);
        return new Photo(rs.getObject("id", UUID.class), rs.getObject("article_id", UUID.class), rs.getInt("place"),
                rs.getString("caption"), rs.getString("credit"), rs.getString("photographer"),
                rs.getString("photographer_contributor"), rs.getString("copyright"), rs.getString("alt_text"),
                rs.getString("image_key"), rs.getString("media_type"), rs.getObject("size_bytes", Integer.class),
                rs.getString("sha256"), rs.getObject("width", Integer.class), rs.getObject("height", Integer.class),
                captured == null ? null : captured.toInstant());
    }
}
