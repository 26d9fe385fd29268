package org.newsroom.cms.plugins.photocaptions;

import java.util.List;

import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.ExtensionPoint;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.photocaptions.publish.PhotoChecks;
import org.newsroom.cms.plugins.photocaptions.publish.PhotoDelivery;
import org.newsroom.cms.plugins.photocaptions.rest.PhotoRest;
import org.newsroom.cms.plugins.photocaptions.store.PhotoRepository;
import org.newsroom.cms.plugins.photocaptions.store.PostgresPhotoStore;
import org.newsroom.cms.plugins.photocaptions.store.RenditionCache;
import org.newsroom.cms.plugins.photocaptions.wire.PhotoWireParser;

/**
 * Photos of an article with caption, credit, photographer, copyright and alt text. Provides a
 * {@link org.newsroom.cms.plugin.api.RestExtension} (upload, edit, order; public images), a
 * {@link org.newsroom.cms.plugin.api.WireCopyParser} (captions in wire copy), a
 * {@link org.newsroom.cms.plugin.api.TransitionValidator} (publish checks) and a
 * {@link org.newsroom.cms.plugin.api.DeliveryContributor} (photos in article JSON).
 */
public class PhotoCaptionsPlugin implements CmsPlugin {

    /** The plugin id: tables {@code plg_photo_captions_*}, paths {@code …/photo-captions/…}. */
    public static final String ID = "photo-captions";

    private volatile List<ExtensionPoint> extensions = List.of();

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
        PhotoRepository photos = new PhotoRepository(context.dataSource());
        PhotoService service = new PhotoService(context, photos, new PostgresPhotoStore(context.dataSource()),
                new RenditionCache(context.dataSource()));
        extensions = List.of(new PhotoWireParser(photos), new PhotoChecks(context, photos), new PhotoDelivery(photos),
                new PhotoRest(context, service));
    }

    @Override
    public void close() {
        extensions = List.of();
    }

    @Override
    public List<? extends ExtensionPoint> extensions() {
        return extensions;
    }
}
