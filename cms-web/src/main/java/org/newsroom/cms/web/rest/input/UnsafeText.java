package org.newsroom.cms.web.rest.input;

import java.util.Locale;

/**
 * What makes text unstorable: a NUL character (PostgreSQL refuses U+0000 in text) or a lone surrogate (half
 * of a UTF-16 pair, which has no UTF-8 form and would be stored as "?"). Everything else is the client's
 * business; other control characters are checked by the fields that care.
 */
public final class UnsafeText {

    private UnsafeText() {
    }

    /** @return what is wrong with the text, e.g. "contains a NUL character (U+0000)", or null if nothing */
    public static String flaw(CharSequence text) {
        return text == null ? null : flaw(text, 0, text.length());
    }

    /** The same for a slice of a character array (what a JSON parser hands out). */
    public static String flaw(char[] text, int offset, int length) {
        return flaw(java.nio.CharBuffer.wrap(text, offset, length), 0, length);
    }

    /** The text with every NUL and lone surrogate replaced by U+FFFD, safe to repeat in an answer. */
    public static String scrubbed(String text) {
        if (flaw(text) == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(c == 0 || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private static String flaw(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "contains a NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a lone surrogate (U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                        + "), which is not a character; send valid UTF-8";
            }
        }
        return null;
    }
}
