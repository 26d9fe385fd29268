package org.newsroom.cms.web.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleStatus;

/**
 * An article as the newsroom sees it: the working copy. {@code version} is also the ETag;
 * {@code currentRevision} is the working copy's revision and {@code liveRevision} the one readers see
 * (null when not live); {@code allowedTransitions} lists the states the caller may move it to now;
 * {@code lock} is the edit lock in force, if any; {@code plugins} what enabled plugins add, by plugin id.
 */
public record ArticleJson(UUID id, String slug, String headline, String standfirst, String body,
                          DatelineJson dateline, String language, String section, ArticleStatus status,
                          PersonJson author, Instant createdAt, Instant updatedAt, Instant firstPublishedAt,
                          Instant lastPublishedAt, long version, int currentRevision, Integer liveRevision,
                          boolean hasUnpublishedChanges, Instant embargoUntil, Instant scheduledPublishAt,
                          LockJson lock, List<ArticleStatus> allowedTransitions, Map<String, Object> plugins) {

    public static ArticleJson of(Article a, List<ArticleStatus> allowedTransitions, LockJson lock,
                                 Map<String, Object> plugins) {
        return new ArticleJson(a.getId(), a.getSlug(), a.getHeadline(), a.getStandfirst(), a.getBody(),
                new DatelineJson(a.getDateline().getPlace(), a.getDateline().getSource()), a.getLanguage(),
                a.getSection(), a.getStatus(), PersonJson.of(a.getAuthor()), a.getCreatedAt(), a.getUpdatedAt(),
                a.getFirstPublishedAt(), a.getLastPublishedAt(), a.getVersion(), a.getCurrentRevision(),
                a.getLiveRevisionNumber(), a.hasUnpublishedChanges(),
                a.getEmbargoUntil(), a.getScheduledPublishAt(), lock, allowedTransitions, plugins);
    }
}
