package org.newsroom.cms.core.application;

import java.time.Instant;

/** Someone else holds the edit lock: the save was not applied (HTTP 423). */
public class ArticleLockedException extends CmsException {

    private final String holder;
    private final Instant expiresAt;

    public ArticleLockedException(String holder, Instant expiresAt) {
        super(Message.of("lock.held", holder, String.valueOf(expiresAt)));
        this.holder = holder;
        this.expiresAt = expiresAt;
    }

    public String holder() { return holder; }
    public Instant expiresAt() { return expiresAt; }
}
