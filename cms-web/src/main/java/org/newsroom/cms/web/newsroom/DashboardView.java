package org.newsroom.cms.web.newsroom;

import java.util.List;
import java.util.Set;

import org.newsroom.cms.core.application.NotificationView;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.section.Section;

/**
 * The dashboard's model: the user's work in groups (by role), or, once a filter is set, one paged list; and
 * the latest notifications.
 */
public record DashboardView(List<Group> groups, Filter filter, Results results, List<NotificationView> notifications,
                            List<Section> sections, List<ArticleStatus> statuses) {

    /** A titled group of rows; {@code all} is the filtered list that shows every one of them. */
    public record Group(String id, String titleKey, List<ArticleRow> rows, long total, String all) {
    }

    /** The filter form as sent. */
    public record Filter(Set<ArticleStatus> statuses, String author, String section, String q, String sort) {

        public boolean active() {
            return !statuses.isEmpty() || !author.isEmpty() || !section.isEmpty() || !q.isEmpty();
        }
    }

    /** A page of filtered results with the links to its neighbours (null at the ends). */
    public record Results(List<ArticleRow> rows, long total, int page, int pages, String previous, String next) {
    }
}
