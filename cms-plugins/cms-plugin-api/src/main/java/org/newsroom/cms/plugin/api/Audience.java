package org.newsroom.cms.plugin.api;

/** Who an article is being delivered to. */
public enum Audience {
    /** Signed-in newsroom users (working copy, internal data allowed). */
    NEWSROOM,
    /** Readers and machines (published data only). */
    PUBLIC
}
