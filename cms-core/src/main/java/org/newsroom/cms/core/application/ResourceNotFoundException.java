package org.newsroom.cms.core.application;

/** The thing asked for does not exist (or is not visible to the caller). */
public class ResourceNotFoundException extends CmsException {

    public ResourceNotFoundException(String message) {
        super(message);
    }

    public ResourceNotFoundException(Message message) {
        super(message);
    }
}
