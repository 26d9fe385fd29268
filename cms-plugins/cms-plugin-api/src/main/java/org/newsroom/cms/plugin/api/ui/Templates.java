package org.newsroom.cms.plugin.api.ui;

import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * A plugin's precompiled jte templates. Precompile them in the plugin's module with the jte Maven plugin under
 * the plugin's own package (its {@code packageName}, e.g. {@code org.newsroom.cms.plugins.tagging.jte}), so two
 * plugins' templates never collide; then {@code new Templates(getClass(), "org.newsroom.cms.plugins.tagging.jte")}.
 * Templates are HTML templates: everything written with {@code ${…}} is escaped.
 */
public final class Templates {

    private final TemplateEngine engine;

    public Templates(Class<?> pluginClass, String packageName) {
        this.engine = TemplateEngine.createPrecompiled(null, ContentType.Html, pluginClass.getClassLoader(),
                packageName);
    }

    /** Renders {@code name} (e.g. {@code "tags"} for {@code tags.jte}) with its single {@code @param}. */
    public String render(String name, Object model) {
        StringOutput out = new StringOutput();
        engine.render(name + ".jte", model, out);
        return out.toString();
    }

    /** Renders {@code name} with its {@code @param}s by name. */
    public String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(name + ".jte", params, out);
        return out.toString();
    }
}
