package org.newsroom.cms.web.newsroom;

/**
 * What every newsroom page template gets besides its own model: the words and times ({@link Texts}), who is
 * signed in (null on the sign-in and error pages), the session's CSRF token for forms and htmx calls, and
 * the unread notification count for the header.
 */
public record PageContext(Texts t, Viewer viewer, String csrf, long unread) {

    /** The signed-in user as pages show them, with what their roles let the chrome offer. */
    public record Viewer(String username, String displayName, boolean editor, boolean admin) {
    }

    public boolean signedIn() {
        return viewer != null;
    }

    /** The hx-headers value that makes every htmx call of the page carry the CSRF token. */
    public String htmxHeaders() {
        return csrf == null ? "{}" : "{\"X-CSRF-Token\": \"" + csrf + "\"}";
    }
}
