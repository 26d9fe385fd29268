package org.newsroom.cms.core.application;

/** The caller is known but may not do this (role or ownership). */
public class PermissionDeniedException extends CmsException {

    public PermissionDeniedException(String message) {
        super(message);
    }

    public PermissionDeniedException(Message message) {
        super(message);
    }
}
