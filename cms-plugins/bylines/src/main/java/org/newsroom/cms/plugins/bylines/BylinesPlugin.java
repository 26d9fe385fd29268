package org.newsroom.cms.plugins.bylines;

import java.util.List;

import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.ExtensionPoint;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.bylines.store.Db;

/**
 * Bylines: contributors (staff and guests), ordered bylines with roles on every article, the rendered
 * byline in the article's language, a publish check, public author pages and bylines parsed from wire
 * copy. Tables {@code plg_bylines_*}; endpoints under {@code /api/plugins/bylines},
 * {@code /api/articles/{id}/bylines} and {@code /api/public/contributors}.
 */
public class BylinesPlugin implements CmsPlugin {

    /** The plugin id: tables, migrations folder and REST paths are named after it. */
    public static final String ID = "bylines";

    private volatile BylinesExtensions extensions;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Bylines";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String description() {
        return "Contributors with roles, guest authors, author pages, and bylines parsed from wire copy.";
    }

    @Override
    public List<ConfigSetting> configMetadata() {
        return Settings.metadata();
    }

    @Override
    public void init(PluginContext context) {
        extensions = new BylinesExtensions(context, new Backend(new Db(context.dataSource()), context.clock()));
    }

    @Override
    public void close() {
        extensions = null;
    }

    @Override
    public List<? extends ExtensionPoint> extensions() {
        BylinesExtensions current = extensions;
        return current == null ? List.of() : List.of(current);
    }
}
