package org.newsroom.cms.plugin.api.ui;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fragment route's answer: a status, an HTML fragment (escaped: render it with {@link Templates}) and
 * headers, e.g. htmx's {@code HX-Trigger} to tell other parts of the page to refresh.
 */
public record Fragment(int status, String html, Map<String, String> headers) {

    public Fragment {
        html = html == null ? "" : html;
        headers = Map.copyOf(headers);
    }

    /** 200 with this fragment. */
    public static Fragment html(String html) {
        return new Fragment(200, html, Map.of());
    }

    /**
     * A refusal shown in place, e.g. 422 with the form and its messages. htmx swaps error answers only where the
     * page allows it: the host's UI kit lets panels swap 4xx answers (see the README).
     */
    public static Fragment status(int status, String html) {
        return new Fragment(status, html, Map.of());
    }

    /** 404: no such route or thing. */
    public static Fragment notFound() {
        return new Fragment(404, "", Map.of());
    }

    /** The same answer with one more header. */
    public Fragment withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Fragment(status, html, more);
    }
}
