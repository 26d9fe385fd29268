package org.newsroom.cms.plugin.api.ui;

import java.util.Objects;

/**
 * A rendered panel: its heading (the host writes it as the panel's {@code <h2>}) and its body, an HTML fragment
 * the plugin rendered with {@link Templates} (the host inserts it as it is, so it must be escaped: jte's HTML
 * templates are).
 */
public record Panel(String title, String html) {

    public Panel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(html, "html");
    }
}
