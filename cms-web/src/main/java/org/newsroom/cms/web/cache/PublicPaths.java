package org.newsroom.cms.web.cache;

/**
 * Which addresses are the public face (the site, its feeds and sitemaps, the public API) and so get the
 * caching filter: everything except the newsroom UI, the newsroom API, the API docs and the problem pages.
 */
public final class PublicPaths {

    private static final String PUBLIC_API = "/api/public";

    private PublicPaths() {
    }

    static boolean isPublic(String path) {
        return isApi(path) || isSite(path);
    }

    /** The public site's pages and documents (not the API, the newsroom, its assets or the problem pages). */
    public static boolean isSite(String path) {
        return !(under(path, "/api") || under(path, "/newsroom") || under(path, "/openapi")
                || under(path, "/problem") || under(path, "/webjars"));
    }

    /** The public API (JSON and the news standards' documents). */
    static boolean isApi(String path) {
        return under(path, PUBLIC_API);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
