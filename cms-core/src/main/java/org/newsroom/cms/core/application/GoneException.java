package org.newsroom.cms.core.application;

/**
 * The thing asked for was public and has been withdrawn for good (an article killed after publication): 410,
 * with a notice that never gives the internal reason.
 */
public class GoneException extends CmsException {

    public GoneException(String message) {
        super(message);
    }
}
