package org.newsroom.cms.core.domain.search;

/**
 * Turns a highlighted excerpt (matches between {@link SearchDocument#MARK_START} and {@link SearchDocument#MARK_END},
 * as the index returns it) into HTML: everything escaped, the matches in {@code <mark>}. The markers are private-use
 * characters rather than {@code <mark>} itself so that an article's own {@code <} or {@code &} can never become markup.
 */
public final class Snippets {

    private Snippets() {
    }

    public static String html(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case SearchDocument.MARK_START -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case SearchDocument.MARK_END -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\n', '\r', '\t' -> html.append(' ');
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString().strip();
    }
}
