package org.newsroom.cms.core.domain.search;

/** Which copy of an article a search document is built from. */
public enum SearchScope {
    /** The live revision: exists only while readers can see the article (public search). */
    LIVE,
    /** The working copy (the newsroom's {@code ?q=}). */
    WORKING
}
