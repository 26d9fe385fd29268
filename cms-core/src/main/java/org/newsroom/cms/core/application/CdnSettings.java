package org.newsroom.cms.core.application;

import java.net.URI;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How a CDN in front of the public site may cache it: {@code CMS_CDN_MAX_AGE} (system property
 * {@code cms.cdn-max-age}), the seconds a shared cache may serve a page or JSON document without asking again
 * ({@code s-maxage}, default {@value #DEFAULT_MAX_AGE}; browsers always revalidate), and
 * {@code CMS_PURGE_WEBHOOK_URL} ({@code cms.purge-webhook-url}), where the CMS posts the addresses to purge
 * when a live article is killed, unpublished, corrected or republished (unset: no calls). A value that cannot
 * be read is logged and the default used. {@code CMS_PUBLIC_CACHE_MB} ({@code cms.public-cache-mb}, default
 * {@value #DEFAULT_PUBLIC_CACHE_MB}) is the budget of the origin's own in-memory cache of pre-rendered public
 * responses (0 switches it off).
 */
@ApplicationScoped
public class CdnSettings {

    public static final int DEFAULT_MAX_AGE = 60;
    public static final int DEFAULT_PUBLIC_CACHE_MB = 64;

    private int sharedMaxAge = DEFAULT_MAX_AGE;
    private URI purgeWebhook;
    private int publicCacheMegabytes = DEFAULT_PUBLIC_CACHE_MB;

    public CdnSettings() {
    }

    @PostConstruct
    void configure() {
        sharedMaxAge = Integer.parseInt(Settings.parsed("CMS_CDN_MAX_AGE", "cms.cdn-max-age",
                CdnSettings::seconds, "a whole number of seconds, 0 or more", String.valueOf(DEFAULT_MAX_AGE)));
        String hook = Settings.parsed("CMS_PURGE_WEBHOOK_URL", "cms.purge-webhook-url", CdnSettings::webUrl,
                "an absolute http(s) URL such as https://cdn.example.id/purge", null);
        purgeWebhook = hook == null ? null : URI.create(hook);
        publicCacheMegabytes = Integer.parseInt(Settings.parsed("CMS_PUBLIC_CACHE_MB", "cms.public-cache-mb",
                CdnSettings::megabytes, "a whole number of megabytes from 0 to 16384",
                String.valueOf(DEFAULT_PUBLIC_CACHE_MB)));
    }

    static String megabytes(String value) {
        String parsed = seconds(value);
        return parsed != null && Integer.parseInt(parsed) <= 16384 ? parsed : null;
    }

    static String seconds(String value) {
        try {
            int parsed = Integer.parseInt(value);
            return parsed >= 0 ? String.valueOf(parsed) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String webUrl(String value) {
        try {
            URI uri = URI.create(value);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            return web && uri.getHost() != null ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Seconds a shared cache may keep a page or JSON document ({@code s-maxage}). */
    public int sharedMaxAge() {
        return sharedMaxAge;
    }

    /** The budget of the in-memory cache of pre-rendered public responses, in MiB; 0: no such cache. */
    public int publicCacheMegabytes() {
        return publicCacheMegabytes;
    }

    /** Where to post purges, or null for none. */
    public URI purgeWebhook() {
        return purgeWebhook;
    }
}
