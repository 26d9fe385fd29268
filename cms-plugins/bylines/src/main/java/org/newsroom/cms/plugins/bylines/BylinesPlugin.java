package org.newsroom.cms.plugins.bylines;

import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.ExtensionPoint;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugins.bylines.store.AuditStore;
import org.newsroom.cms.plugins.bylines.store.BylineStore;
import org.newsroom.cms.plugins.bylines.store.ContributorStore;
import org.newsroom.cms.plugins.bylines.ui.BylinesPanel;

/**
 * Bylines: contributors (staff and guests), ordered bylines with roles on every article, the rendered
 * byline in the article's language, a publish check, public author pages, and bylines and sign-offs read
 * from wire copy. Tables {@code plg_bylines_*}; endpoints under {@code /api/plugins/bylines},
 * {@code /api/articles/{id}/bylines} and {@code /api/public/contributors}. This class only wires the parts.
 */
public class BylinesPlugin implements CmsPlugin {

    /** The plugin id: tables, migrations folder and REST paths are named after it. */
    public static final String ID = "bylines";

    private volatile List<ExtensionPoint> extensions = List.of();

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

    /** Extra patterns must compile and agency entries read {@code code=Agency}: else the config is refused. */
    @Override
    public List<FieldError> validateConfig(Map<String, Object> config) {
        return Settings.problems(config);
    }

    @Override
    public void init(PluginContext context) {
        Jdbi jdbi = context.jdbi();
        ContributorStore contributors = new ContributorStore(jdbi, context.articles());
        BylineStore bylines = new BylineStore(jdbi, context.articles());
        AuditStore audit = new AuditStore(context);
        StaffContributors staff = new StaffContributors(context, contributors, audit);
        ImportedBylines imports = new ImportedBylines(context, contributors, bylines, audit);
        extensions = List.of(
                new BylinesListener(context, staff, bylines),
                new BylinesValidator(context, bylines),
                new BylinesDelivery(bylines, imports),
                new BylinesCollections(context, contributors, bylines),
                new BylinesWireParser(context, contributors, imports),
                new BylinesRoutes(context, contributors, bylines, audit),
                new BylinesCreateFields(context, contributors, bylines, () -> Settings.of(context.config()).defaultRole()),
                new BylinesAccounts(context, staff),
                new BylinesPanel(context, contributors, bylines, () -> Settings.of(context.config()).defaultRole()));
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
