package org.newsroom.cms.core.application;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.user.Role;

/**
 * Newsroom policy: may journalists read their colleagues' unsubmitted copy? {@code CMS_JOURNALISTS_SEE_ALL_DRAFTS}
 * (default {@code true}: desks share copy) says. When {@code false}, a user who is only a journalist (neither
 * editor nor admin) does not see other people's articles in {@link #PRIVATE} states — DRAFT and
 * CHANGES_REQUESTED, copy its author is still working on — in the newsroom list, and gets 404 for them by
 * id. Everything else (their own articles in any state; anyone's once submitted: IN_REVIEW, APPROVED,
 * SCHEDULED, PUBLISHED, UNPUBLISHED, KILLED) stays visible. Editors and admins always see everything.
 */
@ApplicationScoped
public class DraftVisibility {

    /** The states in which an article is its author's private copy when the policy is off. */
    public static final Set<ArticleStatus> PRIVATE = EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.CHANGES_REQUESTED);

    private boolean journalistsSeeAllDrafts = true;

    public DraftVisibility() {
    }

    /** For tests: the policy given. */
    public DraftVisibility(boolean journalistsSeeAllDrafts) {
        this.journalistsSeeAllDrafts = journalistsSeeAllDrafts;
    }

    @PostConstruct
    void configure() {
        journalistsSeeAllDrafts = Settings.bool("CMS_JOURNALISTS_SEE_ALL_DRAFTS", "cms.journalists.see-all-drafts", true);
    }

    public boolean journalistsSeeAllDrafts() {
        return journalistsSeeAllDrafts;
    }

    /** The user whose colleagues' private copy is hidden from them, or null when {@code viewer} sees everything. */
    public UUID restrictedViewer(Actor viewer) {
        if (viewer == null || journalistsSeeAllDrafts || viewer.has(Role.EDITOR) || viewer.has(Role.ADMIN)) {
            return null;
        }
        return viewer.id();
    }

    public boolean maySee(Actor viewer, Article article) {
        UUID restricted = restrictedViewer(viewer);
        return restricted == null || article.isAuthoredBy(restricted) || !PRIVATE.contains(article.getStatus());
    }
}
