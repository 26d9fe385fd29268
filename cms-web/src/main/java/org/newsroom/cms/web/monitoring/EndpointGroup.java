package org.newsroom.cms.web.monitoring;

/**
 * The fixed set of groups HTTP requests are counted and timed by, so the metrics have a handful of series
 * however many addresses there are (never one per URL). {@link #of} is called on every request: it compares
 * prefixes and allocates nothing.
 */
public enum EndpointGroup {

    /** {@code /api/public/**}: the public delivery API (core and plugins) */
    PUBLIC_API("public-api"),
    /** the public site's pages, its assets and previews: everything not in another group */
    SITE("site"),
    /** {@code /api/**} except the public API and the API documentation */
    NEWSROOM_API("newsroom-api"),
    /** {@code /newsroom/**}: the newsroom UI, its fragments and assets */
    NEWSROOM_UI("newsroom-ui"),
    /** Atom and RSS feeds (also a collection's), sitemaps and {@code robots.txt} */
    FEEDS("feeds"),
    /** the OpenAPI document and Swagger UI */
    OTHER("other");

    private final String label;

    EndpointGroup(String label) {
        this.label = label;
    }

    /** The value of the {@code group} tag. */
    public String label() {
        return label;
    }

    /** The group of a path inside the application (the request URI without the context path). */
    public static EndpointGroup of(String path) {
        if (path.startsWith("/api/") || path.equals("/api")) {
            if (path.startsWith("/api/public/") || path.equals("/api/public")) {
                return PUBLIC_API;
            }
            if (path.startsWith("/api/docs/") || path.equals("/api/docs")) {
                return OTHER;
            }
            return NEWSROOM_API;
        }
        if (path.startsWith("/newsroom/") || path.equals("/newsroom")) {
            return NEWSROOM_UI;
        }
        if (path.endsWith("/feed.atom") || path.endsWith("/feed.rss") || path.startsWith("/sitemap")
                || path.equals("/robots.txt")) {
            return FEEDS;
        }
        if (path.equals("/openapi") || path.startsWith("/openapi/") || path.startsWith("/openapi.")) {
            return OTHER;
        }
        return SITE;
    }
}
