package org.newsroom.cms.core.application;

import org.newsroom.cms.core.domain.article.Revision;

/** A revision with its author's username, and whether it is what readers see now. */
public record RevisionView(Revision revision, String author, boolean live, boolean current) {
}
