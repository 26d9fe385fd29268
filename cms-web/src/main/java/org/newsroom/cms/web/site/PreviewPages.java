package org.newsroom.cms.web.site;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.DeliveryService;
import org.newsroom.cms.core.application.PreviewLinkService;
import org.newsroom.cms.core.application.WorkingPreview;
import org.newsroom.cms.plugin.api.delivery.PublicParts;
import org.newsroom.cms.web.security.SecurityHeaders;

/**
 * A working copy in the site's own article template, marked "Preview", never cached ({@code no-store}) and
 * never indexed ({@code noindex} meta and {@code X-Robots-Tag}), with no canonical link or JSON-LD: for the
 * newsroom ({@code /newsroom/articles/{id}/preview}) and through a share link ({@code /preview/{token}}). A
 * shared preview leaves the pictures out: the plugins' parts of a working copy point at newsroom photo
 * addresses, which someone outside the newsroom cannot load.
 */
@ApplicationScoped
public class PreviewPages {

    @Inject
    PreviewLinkService previews;
    @Inject
    DeliveryService delivery;
    @Inject
    SiteViews views;
    @Inject
    SitePages pages;

    /** The newsroom's preview, for a user the caller checked may see the article. */
    public void newsroom(HttpServletRequest request, HttpServletResponse response, WorkingPreview preview)
            throws IOException {
        // the site's policy, not the newsroom's: the page is the site's (e.g. a logo on another https host)
        response.setHeader("Content-Security-Policy", SecurityHeaders.SITE_POLICY);
        render(request, response, preview, delivery.previewParts(preview.article()));
    }

    /** A share link: the working copy it opens now, or the page saying it no longer works. */
    void shared(HttpServletRequest request, HttpServletResponse response, String token) throws IOException {
        Optional<WorkingPreview> preview = previews.open(token);
        if (preview.isEmpty()) {
            expired(request, response);
            return;
        }
        PublicParts parts = delivery.previewParts(preview.get().article());
        render(request, response, preview.get(), new PublicParts(parts.people(), parts.subjects(), null, parts.html()));
    }

    /**
     * An unknown, expired or revoked token, or a killed article's link: one 404 page for all, so the answer
     * tells nothing about which tokens ever existed.
     */
    void expired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteTexts t = views.texts(null);
        Chrome chrome = views.chrome(request, t.t("site.previewExpired.title") + " — " + views.siteName(), null, null,
                null, true);
        response.setHeader("Cache-Control", "no-store");
        pages.render(response, 404, "error", chrome, new ErrorPage(chrome, 404, t.t("site.previewExpired.title"),
                t.t("site.previewExpired.detail")));
    }

    private void render(HttpServletRequest request, HttpServletResponse response, WorkingPreview preview,
                        PublicParts parts) throws IOException {
        ArticlePage page = views.article(request, preview.article(), preview.content(), preview.corrections(), parts,
                true);
        // the public caching filter passes a no-store response through as it is: no ETag, no 304, no CDN copy
        response.setHeader("Cache-Control", "no-store");
        pages.render(response, 200, "article", page.chrome(), page);
    }
}
