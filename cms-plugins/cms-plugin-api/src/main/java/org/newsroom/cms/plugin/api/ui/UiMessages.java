package org.newsroom.cms.plugin.api.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A plugin's UI texts: a resource bundle in the plugin's jar (e.g. {@code org/newsroom/cms/plugins/tagging/ui
 * /messages.properties} and {@code messages_id.properties}), formatted with {@link MessageFormat}. A missing key
 * shows as the key itself, so a forgotten translation is visible but never breaks a page.
 */
public final class UiMessages {

    private final String baseName;
    private final ClassLoader loader;

    public UiMessages(Class<?> pluginClass, String baseName) {
        this.baseName = baseName;
        this.loader = pluginClass.getClassLoader();
    }

    /** The texts in {@code locale} (English when the plugin has no bundle for it). */
    public Texts in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(bundle, locale);
    }

    /** One language's texts. */
    public static final class Texts {
        private final ResourceBundle bundle;
        private final Locale locale;

        private Texts(ResourceBundle bundle, Locale locale) {
            this.bundle = bundle;
            this.locale = locale;
        }

        public String t(String key, Object... args) {
            String pattern;
            try {
                pattern = bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        }

        /** The language's tag for {@code lang} attributes, e.g. {@code id}. */
        public String lang() {
            return bundle.getLocale().getLanguage().isEmpty() ? "en" : bundle.getLocale().getLanguage();
        }
    }
}
