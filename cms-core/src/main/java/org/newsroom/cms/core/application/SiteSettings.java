package org.newsroom.cms.core.application;

import java.net.URI;
import java.time.ZoneId;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The public site's identity: its absolute base URL ({@code CMS_PUBLIC_BASE_URL}, e.g.
 * {@code https://news.example.id}; every absolute URL in feeds, sitemaps, JSON-LD, NewsML-G2 and canonical
 * links starts with it; when unset, the address the request came in on), its name ({@code CMS_SITE_NAME},
 * default "Newsroom") and logo ({@code CMS_SITE_LOGO_URL}, default the bundled {@value #DEFAULT_LOGO}), and
 * the time zone readers see times in (the newsroom's, {@code CMS_TIME_ZONE}), and whether corrections link the
 * diff of what they changed ({@code CMS_PUBLIC_CORRECTION_DIFFS}). A value that cannot be read is
 * logged and the default used.
 */
@ApplicationScoped
public class SiteSettings implements org.newsroom.cms.core.plugin.SiteAddresses {

    public static final String DEFAULT_NAME = "Newsroom";
    public static final String DEFAULT_LOGO = "/site/assets/logo.svg";

    @Inject
    NewsroomSettings newsroom;

    private URI baseUrl;
    private String name = DEFAULT_NAME;
    private String logoUrl = DEFAULT_LOGO;
    private boolean publicCorrectionDiffs;

    public SiteSettings() {
    }

    /** For tests: these settings. */
    public SiteSettings(URI baseUrl, String name, String logoUrl, NewsroomSettings newsroom) {
        this.baseUrl = baseUrl;
        this.name = name;
        this.logoUrl = logoUrl;
        this.newsroom = newsroom;
    }

    @PostConstruct
    void configure() {
        String base = Settings.parsed("CMS_PUBLIC_BASE_URL", "cms.public-base-url", SiteSettings::baseUrl,
                "an absolute http(s) URL such as https://news.example.id", null);
        baseUrl = base == null ? null : URI.create(base);
        String configuredName = Settings.raw("CMS_SITE_NAME", "cms.site-name");
        name = configuredName == null ? DEFAULT_NAME : configuredName;
        String logo = Settings.raw("CMS_SITE_LOGO_URL", "cms.site-logo-url");
        logoUrl = logo == null ? DEFAULT_LOGO : logo;
        publicCorrectionDiffs = Settings.bool("CMS_PUBLIC_CORRECTION_DIFFS", "cms.public-correction-diffs", false);
    }

    /** {@code https://host[:port][/path]} without a trailing slash, or null when it is not one. */
    static String baseUrl(String value) {
        try {
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            return web && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null
                    ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The configured base URL, or else {@code requestBase} (scheme, host and port the request came in on,
     * e.g. {@code http://localhost:8080}); never a trailing slash.
     */
    public URI baseUrl(URI requestBase) {
        if (baseUrl != null) {
            return baseUrl;
        }
        String s = requestBase.toString();
        return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    /** An absolute URL for a site-relative path ({@code /articles/x}); an absolute one is returned as it is. */
    @Override
    public String absolute(URI requestBase, String path) {
        if (path == null || path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return baseUrl(requestBase) + (path.startsWith("/") ? path : "/" + path);
    }

    public String name() {
        return name;
    }

    /** The logo's URL, site-relative or absolute as configured. */
    public String logoUrl() {
        return logoUrl;
    }

    /**
     * Whether readers may see what each correction changed ({@code CMS_PUBLIC_CORRECTION_DIFFS}, default false):
     * the article page links each correction note to {@code /articles/{slug}/corrections/{id}}.
     */
    public boolean publicCorrectionDiffs() {
        return publicCorrectionDiffs;
    }

    public ZoneId timeZone() {
        return newsroom.timeZone();
    }
}
