package org.newsroom.cms.web.rest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.cms.core.application.Actor;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.application.WireImportService.Outcome;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.web.rest.input.MultipartCheck;
import org.newsroom.cms.web.rest.problem.Problems;
import org.newsroom.cms.web.security.CurrentUser;

/**
 * {@code POST /api/import/wire}: agency copy in, DRAFT articles out. A plain-text body, several files
 * (multipart), or a zip; each file is imported on its own, so one bad file never stops a batch.
 */
@Path("/import/wire")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wire import", description = "Agency copy to draft articles")
public class WireImportResource {


    /** The outcome of every file, and the totals. */
    public record ImportReport(List<Outcome> results, long created, long duplicates, long failed) {
        static ImportReport of(List<Outcome> results) {
            return new ImportReport(results, count(results, Outcome.Status.CREATED),
                    count(results, Outcome.Status.DUPLICATE), count(results, Outcome.Status.FAILED));
        }

        private static long count(List<Outcome> results, Outcome.Status status) {
            return results.stream().filter(r -> r.status() == status).count();
        }
    }

    @Inject
    WireUploads uploads;
    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importWireCopy", summary = "Import one story sent as the body", description = "UTF-8 (with or without BOM) or "
            + "Windows-1252, LF or CRLF. ?filename= names it in the report. Importing the same text again returns "
            + "the existing article (DUPLICATE).")
    public ImportReport text(byte[] body, @QueryParam("filename") String filename) {
        if (filename != null && filename.length() > MultipartCheck.MAX_FILE_NAME) {
            throw new WebApplicationException(Problems.response(400, "invalid-file-name", "File name too long",
                    "The query parameter \"filename\" is " + filename.length() + " characters long; the limit is "
                            + MultipartCheck.MAX_FILE_NAME + ".", Map.of("errors", List.of(new FieldError("filename",
                            "at most " + MultipartCheck.MAX_FILE_NAME + " characters")))));
        }
        return ImportReport.of(List.of(uploads.importOne(currentUser.actor(), filename == null ? "body.txt" : filename, body)));
    }

    @POST
    @Consumes("application/zip")
    @Operation(operationId = "importWireZip", summary = "Import every .txt file of a zip")
    public ImportReport zip(byte[] body) {
        Actor actor = currentUser.actor();
        return ImportReport.of(uploads.importUpload(actor, "upload.zip", body));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importWireFiles", summary = "Import several files (multipart/form-data; zips are unpacked)")
    public ImportReport files(List<EntityPart> parts) throws IOException {
        Actor actor = currentUser.actor();
        if (parts == null || parts.isEmpty()) {
            throw ValidationException.of("files", "attach at least one file.");
        }
        List<Outcome> results = new ArrayList<>();
        for (EntityPart part : parts) {
            String name = part.getFileName().orElse(part.getName());
            results.addAll(uploads.importUpload(actor, name, WireUploads.read(part.getContent(), WireUploads.MAX_UPLOAD_BYTES)));
        }
        return ImportReport.of(results);
    }
}
