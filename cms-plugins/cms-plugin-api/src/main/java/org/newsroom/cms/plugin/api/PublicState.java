package org.newsroom.cms.plugin.api;

/** What readers get at an article's addresses (and those of everything published with it, its photos). */
public enum PublicState {
    /** Published, due and out of embargo: readers see the live revision. */
    VISIBLE,
    /** Killed after it was published: gone for good (410), with no reason given. */
    GONE,
    /** Anything else (never published, unpublished, scheduled, embargoed, no such article): 404. */
    ABSENT
}
