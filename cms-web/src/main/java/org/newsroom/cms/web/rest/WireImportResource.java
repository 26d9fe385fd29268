package org.newsroom.cms.web.rest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
import org.newsroom.cms.core.application.CmsException;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.application.WireImportService;
import org.newsroom.cms.core.application.WireImportService.Outcome;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.web.rest.input.MultipartCheck;
import org.newsroom.cms.web.rest.input.UnsafeText;
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

    private static final Logger LOG = Logger.getLogger(WireImportResource.class.getName());
    static final int MAX_FILES = 1000;
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

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
    WireImportService imports;
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
        return ImportReport.of(List.of(importOne(currentUser.actor(), filename == null ? "body.txt" : filename, body)));
    }

    @POST
    @Consumes("application/zip")
    @Operation(operationId = "importWireZip", summary = "Import every .txt file of a zip")
    public ImportReport zip(byte[] body) {
        Actor actor = currentUser.actor();
        List<Outcome> results = new ArrayList<>();
        unzip("upload.zip", body, actor, results);
        return ImportReport.of(results);
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
            byte[] content = read(part.getContent(), MAX_FILE_BYTES * 20);
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                unzip(name, content, actor, results);
            } else {
                results.add(importOne(actor, name, content));
            }
        }
        return ImportReport.of(results);
    }

    private void unzip(String zipName, byte[] zip, Actor actor, List<Outcome> results) {
        int before = results.size();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || name.contains("/.")) {
                    continue;
                }
                if (results.size() - before >= MAX_FILES) {
                    results.add(new Outcome(zipName, Outcome.Status.FAILED, null, null,
                            "More than " + MAX_FILES + " files in one zip; split the batch."));
                    break;
                }
                byte[] content;
                try {
                    content = read(in, MAX_FILE_BYTES);
                } catch (IOException tooBig) {
                    results.add(new Outcome(name, Outcome.Status.FAILED, null, null, tooBig.getMessage()));
                    continue;
                }
                results.add(importOne(actor, name, content));
            }
        } catch (IOException e) {
            results.add(new Outcome(zipName, Outcome.Status.FAILED, null, null, "Not a readable zip: " + e.getMessage()));
        }
        if (results.size() == before) {
            results.add(new Outcome(zipName, Outcome.Status.FAILED, null, null, "The zip contains no files."));
        }
    }

    private Outcome importOne(Actor actor, String name, byte[] content) {
        if (content != null && content.length > MAX_FILE_BYTES) {
            return new Outcome(name, Outcome.Status.FAILED, null, null, "Larger than 5 MB: not a single story.");
        }
        // names inside a zip are not checked on the way in (MultipartCheck sees only the zip's own)
        String flaw = UnsafeText.flaw(name);
        if (flaw != null || name.length() > MultipartCheck.MAX_FILE_NAME) {
            String shown = UnsafeText.scrubbed(name);
            return new Outcome(shown.length() > 100 ? shown.substring(0, 100) + "…" : shown,
                    Outcome.Status.FAILED, null, null, flaw != null ? "The file name " + flaw + "."
                    : "The file name is longer than " + MultipartCheck.MAX_FILE_NAME + " characters.");
        }
        try {
            return imports.importFile(actor, name, content);
        } catch (CmsException e) {
            return new Outcome(name, Outcome.Status.FAILED, null, null, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Wire import of " + name + " failed", e);
            return new Outcome(name, Outcome.Status.FAILED, null, null,
                    "Unexpected error while importing this file; the others were not affected.");
        }
    }

    private static byte[] read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw new IOException("Larger than " + (limit / 1024 / 1024) + " MB.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
