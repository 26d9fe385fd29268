package org.newsroom.cms.web.monitoring;

import java.util.regex.Pattern;

/**
 * One structured log line: {@code event=<name>} followed by {@code key=value} pairs in the order given. A value
 * with a space, a quote, an equals sign or a control character, or an empty one, is written in double quotes
 * with {@code \} escapes, so a line always splits back into the same pairs; a null value is written {@code -}.
 */
public final class EventLine {

    /** The logger category of every event line. */
    public static final String CATEGORY = "org.newsroom.cms.events";

    private static final Pattern PLAIN = Pattern.compile("[^\\s\"=\\\\\\p{Cntrl}]+");

    private final StringBuilder line = new StringBuilder(128);

    private EventLine(String event) {
        line.append("event=").append(event);
    }

    public static EventLine of(String event) {
        return new EventLine(event);
    }

    public EventLine with(String key, Object value) {
        line.append(' ').append(key).append('=');
        if (value == null) {
            line.append('-');
            return this;
        }
        String text = value.toString();
        if (PLAIN.matcher(text).matches()) {
            line.append(text);
            return this;
        }
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\\' -> line.append('\\').append(c);
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
        return this;
    }

    @Override
    public String toString() {
        return line.toString();
    }
}
