package org.newsroom.cms.core.application;

/**
 * Base of the errors the application layer reports to its callers. Each subtype says what went wrong
 * in words a newsroom user can act on; the web layer turns them into problem+json responses.
 */
public abstract class CmsException extends RuntimeException {

    protected CmsException(String message) {
        super(message);
    }
}
