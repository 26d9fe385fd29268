package org.newsroom.cms.core.application;

/**
 * Base of the errors the application layer reports to its callers. Each subtype says what went wrong
 * in words a newsroom user can act on; the web layer turns them into problem+json responses.
 */
public abstract class CmsException extends RuntimeException {

    /** The message by key, when the thrower gave one: then it can be said in the reader's language. */
    private final transient Message message;

    protected CmsException(String message) {
        super(message);
        this.message = null;
    }

    protected CmsException(Message message) {
        super(message.english());
        this.message = message;
    }

    /** What went wrong in {@code locale}; in English when the thrower gave only English text. */
    public String getMessage(java.util.Locale locale) {
        return message == null ? getMessage() : message.in(locale);
    }
}
