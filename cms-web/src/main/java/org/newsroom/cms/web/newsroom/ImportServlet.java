package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.newsroom.cms.core.application.Actor;
import org.newsroom.cms.core.application.WireImportService.Outcome;
import org.newsroom.cms.web.rest.WireUploads;

/**
 * Wire import in the newsroom ({@code /newsroom/import}): paste one story, or drop several files or a zip;
 * the page lists each file's outcome with a link to its draft (a duplicate links to the article that exists).
 * The same {@link WireUploads} as {@code POST /api/import/wire}. Files are sent by the page's script with the
 * CSRF header (a multipart body is not read before the session's CSRF check).
 */
@WebServlet("/newsroom/import")
@MultipartConfig(maxFileSize = WireUploads.MAX_UPLOAD_BYTES, maxRequestSize = 4 * WireUploads.MAX_UPLOAD_BYTES)
public class ImportServlet extends NewsroomServlet {

    private static final long serialVersionUID = 1L;

    /** The page's model: outcomes of the last import (empty before one), and an error for the whole form. */
    public record ImportView(List<Outcome> results, String errorKey) {

        public long count(Outcome.Status status) {
            return results.stream().filter(r -> r.status() == status).count();
        }
    }

    @Inject
    transient WireUploads uploads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(response, "import", page(request), new ImportView(List.of(), null));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Actor actor = actor();
        List<Outcome> results = new ArrayList<>();
        String type = request.getContentType() == null ? "" : request.getContentType();
        if (type.startsWith("multipart/form-data")) {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() != null && !part.getSubmittedFileName().isBlank() && part.getSize() > 0) {
                    results.addAll(uploads.importUpload(actor, part.getSubmittedFileName(),
                            WireUploads.read(part.getInputStream(), WireUploads.MAX_UPLOAD_BYTES)));
                }
            }
        }
        String pasted = request.getParameter("text");
        if (pasted != null && !pasted.isBlank()) {
            results.add(uploads.importOne(actor, "pasted.txt", pasted.getBytes(StandardCharsets.UTF_8)));
        }
        int status = results.isEmpty() ? 422 : 200;
        pages.render(response, status, "import", page(request), new ImportView(results, results.isEmpty() ? "import.empty" : null));
    }
}
