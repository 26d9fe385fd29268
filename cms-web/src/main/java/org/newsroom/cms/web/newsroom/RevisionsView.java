package org.newsroom.cms.web.newsroom;

import java.util.List;
import java.util.UUID;

import org.newsroom.cms.core.application.RevisionView;
import org.newsroom.cms.core.domain.article.ArticleDiff;

/** The revisions page's model: every revision, the two being compared and their diff, and whether restoring is allowed. */
public record RevisionsView(UUID id, long version, String headline, List<RevisionView> revisions, int from, int to,
                            ArticleDiff diff, boolean mayRestore, String notice) {
}
