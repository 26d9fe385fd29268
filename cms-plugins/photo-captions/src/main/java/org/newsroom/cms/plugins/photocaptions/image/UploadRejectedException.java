package org.newsroom.cms.plugins.photocaptions.image;

/**
 * An upload the plugin refuses, with the HTTP status and problem kind to answer with (413 too large,
 * 415 not an accepted type, 422 corrupt or too many pixels) and a detail that says what to do.
 */
public class UploadRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String kind;
    private final String title;

    public UploadRejectedException(int status, String kind, String title, String detail) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** The problem kind, the last part of {@code urn:newsroom-cms:problem:<kind>}. */
    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }
}
