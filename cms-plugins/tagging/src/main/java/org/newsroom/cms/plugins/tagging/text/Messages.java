package org.newsroom.cms.plugins.tagging.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plugin's own texts ({@code org/newsroom/cms/plugins/tagging/messages*.properties}, English and
 * Indonesian), for what the plugin words itself in the user's language: the reasons of suggestions.
 */
public final class Messages {

    static final String BUNDLE = "org.newsroom.cms.plugins.tagging.messages";

    private Messages() {
    }

    /** The text of {@code key} in {@code locale} (English where the bundle has no such language). */
    public static String text(Locale locale, String key, Object... args) {
        Locale language = Locale.forLanguageTag(Languages.of(locale));
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), language).format(args);
    }
}
