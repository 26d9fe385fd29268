package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.Actor;

/**
 * One request to an article page, as the page handlers ({@link EditorPage}, {@link ReviewPage},
 * {@link RevisionsPage}) get it from {@link ArticlePagesServlet}: the article id from the address, the
 * signed-in actor, and rendering with the page context.
 */
public record Exchange(HttpServletRequest request, HttpServletResponse response, Actor actor, UUID id, String rest,
                       Pages pages) {

    public PageContext page() {
        return pages.context(request, actor);
    }

    /** The UI's words and times for this request. */
    public Texts texts() {
        return pages.texts(request);
    }

    /** The UI's language for this request. */
    public java.util.Locale locale() {
        return Pages.locale(request);
    }

    public String param(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    /** A form field that may be left empty: null when blank. */
    public String optional(String name) {
        String value = param(name).strip();
        return value.isEmpty() ? null : value;
    }

    public long version() {
        return Long.parseLong(param("version").strip());
    }

    public void render(int status, String template, Object model) throws IOException {
        pages.render(response, status, template, page(), model);
    }

    public void seeOther(String path) {
        NewsroomServlet.seeOther(response, path);
    }

    public String articlePath() {
        return "/newsroom/articles/" + id;
    }
}
