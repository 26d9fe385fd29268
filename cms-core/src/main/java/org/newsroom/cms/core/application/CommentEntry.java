package org.newsroom.cms.core.application;

import java.time.Instant;

/** An editorial comment as newsroom users read it. */
public record CommentEntry(long id, String author, String body, Instant at) {
}
