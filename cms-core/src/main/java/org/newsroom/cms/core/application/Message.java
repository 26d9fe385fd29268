package org.newsroom.cms.core.application;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Something the application tells a user (why a request was refused, what to fix), by key in the core's bundle
 * {@code org.newsroom.cms.core.application.messages} (English, and {@code _id} for Indonesian) with its values,
 * so each face can say it in the reader's language: the API by {@code Accept-Language}, the newsroom UI in
 * the UI's language. A value that is itself a {@link Message} is said in the same language.
 */
public record Message(String key, List<Object> args) {

    static final String BUNDLE = "org.newsroom.cms.core.application.messages";

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The message in {@code locale} (English where that language has no text for it). */
    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Message.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No text for message key " + key, e);
        }
        Object[] values = args.stream().map(a -> a instanceof Message m ? m.in(locale) : a).toArray();
        return new MessageFormat(pattern, locale).format(values);
    }

    /** The English text. */
    public String english() {
        return in(Locale.ENGLISH);
    }
}
