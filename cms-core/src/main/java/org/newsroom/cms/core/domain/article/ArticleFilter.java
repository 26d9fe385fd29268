package org.newsroom.cms.core.domain.article;

import java.util.Set;
import java.util.UUID;

/**
 * What the newsroom list selects; every part is optional (null or empty: no filter).
 *
 * @param statuses          any of these states
 * @param authorId          written by this user
 * @param section           in the section with this slug
 * @param headlineContains  the headline contains this text, ignoring case; taken literally ({@code %} and
 *                          {@code _} are not wildcards)
 * @param viewer            when not null, other authors' articles in the {@code hidden} states are left out
 * @param hidden            the states hidden from {@code viewer}
 * @param text              the working copy's search document matches this websearch query
 */
public record ArticleFilter(Set<ArticleStatus> statuses, UUID authorId, String section, String headlineContains,
                            UUID viewer, Set<ArticleStatus> hidden, String text) {

    /** Without full-text search. */
    public ArticleFilter(Set<ArticleStatus> statuses, UUID authorId, String section, String headlineContains,
                         UUID viewer, Set<ArticleStatus> hidden) {
        this(statuses, authorId, section, headlineContains, viewer, hidden, null);
    }

    public ArticleFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        hidden = hidden == null ? Set.of() : Set.copyOf(hidden);
        section = section == null || section.isBlank() ? null : section;
        headlineContains = headlineContains == null || headlineContains.isEmpty() ? null : headlineContains;
        text = text == null || text.isBlank() ? null : text;
    }

    /** Everything. */
    public static ArticleFilter all() {
        return new ArticleFilter(null, null, null, null, null, null);
    }
}
