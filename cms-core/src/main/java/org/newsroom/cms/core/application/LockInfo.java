package org.newsroom.cms.core.application;

import java.time.Instant;

/** Who holds an article's edit lock, since when and until when (unless refreshed). */
public record LockInfo(String holder, Instant takenAt, Instant expiresAt, String takenOverFrom) {
}
