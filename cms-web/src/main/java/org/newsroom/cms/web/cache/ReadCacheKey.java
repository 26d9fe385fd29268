package org.newsroom.cms.web.cache;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which requests the read cache answers, and under which key: a published article's JSON
 * ({@code /api/public/articles/{slug}}), its ninjs ({@code .ninjs}, default version) and its page
 * ({@code /articles/{slug}}), with no query string at all (anything with one goes to the routes, which check
 * and refuse unknown parameters). The API answers by content negotiation, so its key carries the kind of
 * {@code Accept} sent: none or {@code *}{@code /*} ({@link #ANY}) or exactly {@code application/json}
 * ({@link #JSON}); any other Accept is not cached. The page does not negotiate: its variant is empty.
 *
 * @param kind    which representation
 * @param slug    the article's slug, by which a change evicts every representation of it
 * @param variant the Accept class of an API key, empty for the page
 * @param origin  the site's base the bytes were made for: pages and documents carry absolute links, which come
 *                from the request's own address when {@code CMS_PUBLIC_BASE_URL} is unset, so a request with a
 *                forged {@code Host} must never fill (poison) the entry other readers get
 */
record ReadCacheKey(Kind kind, String slug, String variant, String origin) {

    /** The representations kept: an article's three, and every other public API answer ({@link #list}). */
    enum Kind {
        JSON, NINJS, PAGE, LIST
    }

    static final String ANY = "any";
    static final String JSON = "json";

    // slugs as the CMS makes them; anything else (encoded, dotted: .newsml, .jsonld) goes to the routes
    private static final Pattern API = Pattern.compile("/api/public/articles/([A-Za-z0-9_-]{1,200})(\\.ninjs)?");
    private static final Pattern PAGE = Pattern.compile("/articles/([A-Za-z0-9_-]{1,200})");

    /** The key of this request, or null when the cache must not answer it. */
    static ReadCacheKey of(String path, String query, String accept, String origin) {
        if (path == null || query != null) {
            return null;
        }
        Matcher page = PAGE.matcher(path);
        if (page.matches()) {
            return new ReadCacheKey(Kind.PAGE, page.group(1), "", origin);
        }
        Matcher api = API.matcher(path);
        if (!api.matches()) {
            return null;
        }
        String variant = acceptClass(accept);
        if (variant == null) {
            return null;
        }
        return new ReadCacheKey(api.group(2) == null ? Kind.JSON : Kind.NINJS, api.group(1), variant, origin);
    }

    /**
     * The key of any other anonymous read of the public API (lists, tag and author pages, search, the other
     * documents of an article), or null when it is not one: the whole path and query, the Accept class and the
     * raw {@code Accept-Language} (tag names follow the reader's language). No slug: every public change drops
     * all of them ({@link PublicReadCache#evict}).
     */
    static ReadCacheKey list(String path, String query, String accept, String acceptLanguage, String origin) {
        if (path == null || !PublicPaths.isApi(path)) {
            return null;
        }
        String kind = acceptClass(accept);
        if (kind == null) {
            return null;
        }
        return new ReadCacheKey(Kind.LIST, "", kind + '|' + (acceptLanguage == null ? "" : acceptLanguage.strip())
                + '|' + path + (query == null ? "" : "?" + query), origin);
    }

    /** {@link #ANY}, {@link #JSON}, or null for an Accept this cache does not keep a variant of. */
    static String acceptClass(String accept) {
        String a = accept == null ? "" : accept.strip().toLowerCase(Locale.ROOT);
        if (a.isEmpty() || a.equals("*/*")) {
            return ANY;
        }
        return a.equals("application/json") ? JSON : null;
    }
}
