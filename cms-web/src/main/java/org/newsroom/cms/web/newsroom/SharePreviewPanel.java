package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.application.ConflictException;
import org.newsroom.cms.core.application.PreviewLinkService;
import org.newsroom.cms.core.application.SiteSettings;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.web.site.SiteViews;

/**
 * The editor's "Share preview" panel and the forms it posts ({@code /newsroom/articles/{id}/preview-links},
 * {@code …/preview-links/{linkId}/revoke}). htmx swaps the panel in place; without JavaScript the form posts
 * as usual and the answer is the whole editor page with the panel in the same state.
 */
@ApplicationScoped
public class SharePreviewPanel {

    @Inject
    PreviewLinkService previews;
    @Inject
    SiteSettings site;
    @Inject
    EditorPage editor;

    /** The panel as the editor page opens with it. */
    ShareView view(Exchange x, Article article) {
        return view(x, article.getId(), article.getStatus() != ArticleStatus.KILLED, null, null,
                Integer.toString(PreviewLinkService.DEFAULT_HOURS), null, null);
    }

    void create(Exchange x) throws IOException {
        String typed = x.param("hours").strip();
        Integer hours;
        try {
            hours = typed.isEmpty() ? null : Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            hours = -1; // not a number: the service's own "1 to 720" refusal says what to type
        }
        try {
            PreviewLinkService.CreatedLink created = previews.create(x.actor(), x.id(), hours);
            String url = site.absolute(SiteViews.requestBase(x.request()), "/preview/" + created.token());
            respond(x, 200, view(x, x.id(), true, url, created.link().expiresAt(), typed, null, null));
        } catch (ValidationException e) {
            respond(x, 422, view(x, x.id(), true, null, null, typed, e.errors(x.locale()).get(0).message(), null));
        } catch (ConflictException e) {
            respond(x, 409, view(x, x.id(), false, null, null, typed, e.getMessage(x.locale()), null));
        }
    }

    void revoke(Exchange x, UUID linkId) throws IOException {
        previews.revoke(x.actor(), x.id(), linkId);
        respond(x, 200, view(x, x.id(), true, null, null, Integer.toString(PreviewLinkService.DEFAULT_HOURS), null,
                "share.revoked"));
    }

    private ShareView view(Exchange x, UUID articleId, boolean mayShare, String createdUrl,
                           java.time.Instant createdExpires, String hours, String error, String notice) {
        List<ShareView.Link> links = previews.activeLinks(x.actor(), articleId).stream()
                .map(l -> new ShareView.Link(l.id(), l.createdBy(), l.expiresAt(), l.mayRevoke())).toList();
        return new ShareView(articleId, mayShare, links, createdUrl, createdExpires, hours, error, notice);
    }

    /** The panel alone for htmx; the editor page around it for a plain form post. */
    private void respond(Exchange x, int status, ShareView view) throws IOException {
        if (x.request().getHeader("HX-Request") != null) {
            x.render(status, "share", view);
        } else {
            editor.show(x, status, view);
        }
    }
}
