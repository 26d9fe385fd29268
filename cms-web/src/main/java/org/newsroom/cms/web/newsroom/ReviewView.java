package org.newsroom.cms.web.newsroom;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.newsroom.cms.core.application.CommentEntry;
import org.newsroom.cms.core.domain.article.ArticleDiff;
import org.newsroom.cms.core.domain.article.ArticleStatus;

/**
 * The review screen's model: the working copy against what was submitted for review and against what readers
 * see (null when there is no such version), the comment thread, the transitions the server allows now, and
 * the outcome of a refused transition (a message, the plugins' vetoes as a list of fixes), and whether this user
 * may publish the edited working copy of a live article (as a correction, or a plain update).
 */
public record ReviewView(UUID id, long version, String headline, ArticleStatus status, String author,
                         Instant embargo, Instant due, ArticleDiff sinceSubmitted, Integer submittedRevision,
                         ArticleDiff sinceLive, List<CommentEntry> comments, List<EditorView.Transition> transitions,
                         String error, List<String> vetoes, String notice, String scheduleDefault,
                         boolean mayUpdateLive, List<PluginPanels.Shown> panels) {
}
