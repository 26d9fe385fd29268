package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.PreviewLinkService;
import org.newsroom.cms.web.site.PreviewPages;

/**
 * The article pages under {@code /newsroom/articles/}: {@code new} and {@code {id}} (the editor),
 * {@code {id}/review}, {@code {id}/revisions}, {@code {id}/preview} (the working copy in the site's template),
 * and the forms they post. Routes to the page handlers; anything
 * else is the newsroom's 404 page.
 */
@WebServlet("/newsroom/articles/*")
public class ArticlePagesServlet extends NewsroomServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ARTICLE = Pattern.compile("^/([0-9a-fA-F-]{36})(/.*)?$");
    private static final Pattern REVOKE = Pattern.compile("^/preview-links/[0-9a-fA-F-]{36}/revoke$");

    @Inject
    transient EditorPage editor;
    @Inject
    transient ReviewPage review;
    @Inject
    transient RevisionsPage revisions;
    @Inject
    transient SharePreviewPanel share;
    @Inject
    transient PreviewLinkService previews;
    @Inject
    transient PreviewPages previewPages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.equals("/new")) {
            editor.showNew(exchange(request, response, null, ""));
            return;
        }
        Exchange x = article(request, response, path);
        switch (x == null ? "?" : x.rest()) {
            case "" -> editor.show(x);
            case "/review" -> review.show(x);
            case "/revisions" -> revisions.show(x);
            case "/preview" -> previewPages.newsroom(request, response, previews.preview(x.actor(), x.id()));
            default -> notFound(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.equals("/new")) {
            editor.create(exchange(request, response, null, ""));
            return;
        }
        Exchange x = article(request, response, path);
        String rest = x == null ? "?" : x.rest();
        if (rest.isEmpty()) {
            editor.save(x);
        } else if (rest.equals("/autosave")) {
            editor.autosave(x);
        } else if (rest.equals("/take-over")) {
            editor.takeOver(x);
        } else if (rest.equals("/transitions")) {
            review.transition(x);
        } else if (rest.equals("/corrections") || rest.equals("/republish")) {
            review.updateLive(x, rest.equals("/corrections"));
        } else if (rest.equals("/comments")) {
            review.comment(x);
        } else if (rest.equals("/preview-links")) {
            share.create(x);
        } else if (REVOKE.matcher(rest).matches()) {
            share.revoke(x, UUID.fromString(rest.substring(15, 51)));
        } else if (rest.startsWith("/revisions/") && rest.endsWith("/restore")) {
            revisions.restore(x, Integer.parseInt(rest.substring(11, rest.length() - 8)));
        } else {
            notFound(request, response);
        }
    }

    private Exchange article(HttpServletRequest request, HttpServletResponse response, String path) {
        Matcher m = ARTICLE.matcher(path);
        if (!m.matches()) {
            return null;
        }
        return exchange(request, response, UUID.fromString(m.group(1)), m.group(2) == null ? "" : m.group(2));
    }

    private Exchange exchange(HttpServletRequest request, HttpServletResponse response, UUID id, String rest) {
        return new Exchange(request, response, actor(), id, rest, pages);
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        error(request, response, 404, "error.notFound", pages.texts(request).t("error.notFound.detail"));
    }
}
