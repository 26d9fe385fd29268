package org.newsroom.cms.core.application;

/** The request is valid but clashes with the current state of things (a taken username, say). */
public class ConflictException extends CmsException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(Message message) {
        super(message);
    }
}
