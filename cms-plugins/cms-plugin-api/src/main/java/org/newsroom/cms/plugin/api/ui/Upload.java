package org.newsroom.cms.plugin.api.ui;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file posted to a fragment route as {@code multipart/form-data}. The host has already refused files over
 * its upload limit; read the content with {@link #open()} (once or more, while the request lasts).
 */
public record Upload(String field, String filename, String contentType, long size, Content content) {

    /** The uploaded bytes. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return content.open();
    }
}
