package org.newsroom.cms.plugins.probe;

import java.util.List;

import org.newsroom.cms.plugin.api.CmsPlugin;
import org.newsroom.cms.plugin.api.ConfigSetting;
import org.newsroom.cms.plugin.api.ExtensionPoint;
import org.newsroom.cms.plugin.api.PluginContext;

/**
 * Test-only plugin that exercises every extension point: it records each hook call in its own table
 * ({@code plg_probe_event}), can veto publishing, can be told to throw, contributes to article JSON and
 * serves REST endpoints. Built only on cms-plugin-api, like a real plugin.
 */
public class ProbePlugin implements CmsPlugin {

    private ProbeExtensions extensions;

    @Override
    public String id() {
        return "probe";
    }

    @Override
    public String name() {
        return "Probe (test)";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String description() {
        return "Records every hook call; used by the plugin host's tests.";
    }

    @Override
    public List<ConfigSetting> configMetadata() {
        return List.of(
                ConfigSetting.oneOf("failOn", "none", List.of("none", "created", "saved", "transition", "panel"),
                        "Throw from this listener hook (or the newsroom panel), to test rollback and isolation."),
                ConfigSetting.bool("vetoPublish", false, "Refuse every move to PUBLISHED with two reasons."),
                ConfigSetting.integer("maxEvents", 100, 1, 1000, "How many events the REST list returns."),
                ConfigSetting.string("label", "probe", 20, "Shown in article JSON."),
                ConfigSetting.list("topics", List.of(), 30, "Free list, to test list settings."),
                ConfigSetting.secret("apiKey", 64, "A secret, to test masking.").labelled("API key", "Kunci API"));
    }

    @Override
    public void init(PluginContext context) {
        extensions = new ProbeExtensions(context);
    }

    @Override
    public void close() {
        extensions = null;
    }

    @Override
    public List<? extends ExtensionPoint> extensions() {
        return List.of(extensions);
    }
}
