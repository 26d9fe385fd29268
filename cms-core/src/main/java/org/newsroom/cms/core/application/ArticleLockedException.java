package org.newsroom.cms.core.application;

import java.time.Instant;

/** Someone else holds the edit lock: the save was not applied (HTTP 423). */
public class ArticleLockedException extends CmsException {

    private final String holder;
    private final Instant expiresAt;

    public ArticleLockedException(String holder, Instant expiresAt) {
        super(holder + " is editing this article (lock held until " + expiresAt + " UTC unless refreshed). "
                + "Your changes were not saved: wait, ask them to release it, or ask an editor to take it over.");
        this.holder = holder;
        this.expiresAt = expiresAt;
    }

    public String holder() { return holder; }
    public Instant expiresAt() { return expiresAt; }
}
