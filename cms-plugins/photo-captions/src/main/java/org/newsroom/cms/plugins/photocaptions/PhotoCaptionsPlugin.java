package org.newsroom.cms.plugins.photocaptions;

import java.util.List;
import java.util.Optional;

import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.ExtensionPoint;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.photocaptions.photos.ArticlePhotos;
import org.newsroom.cms.plugins.photocaptions.photos.PhotoImages;
import org.newsroom.cms.plugins.photocaptions.store.ImageStore;
import org.newsroom.cms.plugins.photocaptions.store.ObjectBucket;
import org.newsroom.cms.plugins.photocaptions.store.PhotoStorage;
import org.newsroom.cms.plugins.photocaptions.store.PhotoStore;
import org.newsroom.cms.plugins.photocaptions.store.RenditionCache;
import org.newsroom.cms.plugins.photocaptions.store.S3Bucket;
import org.newsroom.cms.plugins.photocaptions.ui.PhotosPanel;

/**
 * Photos of an article with caption, credit, photographer, copyright and alt text: identity, settings and
 * wiring. The extensions: {@link PhotoCaptionsRoutes} (upload, edit, order; public images),
 * {@link PhotoCaptionsWireParser} (captions in wire copy), {@link PhotoCaptionsValidator} (publish checks),
 * {@link PhotoCaptionsDelivery} (photos in article JSON and ninjs) and {@link PhotosPanel} (the newsroom panel
 * beside the article). The JSON API and the panel share {@link ArticlePhotos}.
 */
public class PhotoCaptionsPlugin implements CmsPlugin {

    /** The plugin id: tables {@code plg_photo_captions_*}, paths {@code …/photo-captions/…}. */
    public static final String ID = "photo-captions";

    private volatile List<ExtensionPoint> extensions = List.of();
    private volatile Optional<ObjectBucket> bucket = Optional.empty();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Photo captions";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String description() {
        return "Article photos with caption, credit, photographer, copyright and alt text: embedded IPTC/XMP read "
                + "on upload, wire-copy captions, publish checks, public images with renditions.";
    }

    @Override
    public List<ConfigSetting> configMetadata() {
        return Settings.metadata();
    }

    @Override
    public void init(PluginContext context) {
        PhotoStore photos = new PhotoStore(context.jdbi(), context.articles());
        Optional<ObjectBucket> objects = PhotoStorage.fromEnvironment(System.getenv()).map(S3Bucket::new);
        context.logger().info("Photo store: " + objects.map(ObjectBucket::describe).orElse("PostgreSQL"));
        bucket = objects;
        ImageStore stored = new ImageStore(context, objects);
        PhotoImages images = new PhotoImages(context, photos, stored, new RenditionCache(context.jdbi()));
        ArticlePhotos articlePhotos = new ArticlePhotos(context, photos, stored, images);
        extensions = List.of(new PhotoCaptionsWireParser(photos), new PhotoCaptionsValidator(context, photos),
                new PhotoCaptionsDelivery(photos), new PhotoCaptionsRoutes(context, photos, articlePhotos, images),
                new PhotosPanel(context, articlePhotos));
    }

    @Override
    public void close() {
        extensions = List.of();
        bucket.ifPresent(ObjectBucket::close);
        bucket = Optional.empty();
    }

    @Override
    public List<? extends ExtensionPoint> extensions() {
        return extensions;
    }
}
