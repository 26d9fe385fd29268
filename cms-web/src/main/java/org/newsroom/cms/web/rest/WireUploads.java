package org.newsroom.cms.web.rest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.application.Actor;
import org.newsroom.cms.core.application.CmsException;
import org.newsroom.cms.core.application.WireImportService;
import org.newsroom.cms.core.application.WireImportService.Outcome;
import org.newsroom.cms.web.rest.input.MultipartCheck;
import org.newsroom.cms.web.rest.input.UnsafeText;

/**
 * Uploaded wire files to import outcomes, for the API ({@link WireImportResource}) and the newsroom's import
 * page alike: a zip is unpacked, each file imported on its own (one bad file never stops a batch), limits and
 * unsafe names reported per file.
 */
@ApplicationScoped
public class WireUploads {

    private static final Logger LOG = Logger.getLogger(WireUploads.class.getName());
    static final int MAX_FILES = 1000;
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** One upload (a zip of many stories): twenty stories' worth. */
    public static final long MAX_UPLOAD_BYTES = MAX_FILE_BYTES * 20;

    @Inject
    WireImportService imports;

    /** Imports one uploaded file: a zip's stories, or the file itself. */
    public List<Outcome> importUpload(Actor actor, String name, byte[] content) {
        List<Outcome> results = new ArrayList<>();
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            unzip(name, content, actor, results);
        } else {
            results.add(importOne(actor, name, content));
        }
        return results;
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

    public Outcome importOne(Actor actor, String name, byte[] content) {
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

    public static byte[] read(InputStream in, long limit) throws IOException {
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
