package org.newsroom.cms.core.application;

import java.util.Set;

import org.newsroom.cms.core.domain.article.ArticleSort;
import org.newsroom.cms.core.domain.article.ArticleStatus;

/**
 * What a newsroom list asks for; null or empty parts do not filter.
 *
 * @param statuses any of these states
 * @param author   the author's username (an unknown one gives an empty page)
 * @param section  a section slug
 * @param headline text the headline contains, ignoring case; taken literally ({@code %} and {@code _} too)
 * @param sort     null for {@link ArticleSort#DEFAULT}, newest change first
 * @param page     from 1
 * @param size     1 to 100
 * @param q        full-text search over the working copies (websearch syntax: {@code "phrase"}, {@code -word},
 *                 {@code or}), stemmed in each article's language; null for none
 */
public record ArticleQuery(Set<ArticleStatus> statuses, String author, String section, String headline,
                           ArticleSort sort, int page, int size, String q) {

    public ArticleQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? ArticleSort.DEFAULT : sort;
        q = q == null || q.isBlank() ? null : q.strip();
    }

    /** Without full-text search. */
    public ArticleQuery(Set<ArticleStatus> statuses, String author, String section, String headline, ArticleSort sort,
                        int page, int size) {
        this(statuses, author, section, headline, sort, page, size, null);
    }

    /** Page {@code page} of everything, newest change first. */
    public static ArticleQuery page(int page, int size) {
        return new ArticleQuery(null, null, null, null, null, page, size);
    }
}
