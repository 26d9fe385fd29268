package org.newsroom.cms.core.domain.article;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Orders of the newsroom list, named as the API's {@code sort} parameter names them: {@code -updated}
 * (the default: newest change first), {@code updated}, {@code -created}, {@code created}. Ties are broken by
 * id, so paging never skips or repeats an article.
 */
public enum ArticleSort {
    UPDATED_NEWEST_FIRST("-updated"),
    UPDATED_OLDEST_FIRST("updated"),
    CREATED_NEWEST_FIRST("-created"),
    CREATED_OLDEST_FIRST("created");

    public static final ArticleSort DEFAULT = UPDATED_NEWEST_FIRST;

    private final String parameter;

    ArticleSort(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code sort} parameter that names this order. */
    public String parameter() {
        return parameter;
    }

    public boolean byCreated() {
        return this == CREATED_NEWEST_FIRST || this == CREATED_OLDEST_FIRST;
    }

    public boolean newestFirst() {
        return this == UPDATED_NEWEST_FIRST || this == CREATED_NEWEST_FIRST;
    }

    /** The order a {@code sort} value names (surrounding spaces and case ignored); empty for anything else. */
    public static Optional<ArticleSort> ofParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.parameter.equals(wanted)).findFirst();
    }

    /** Every accepted {@code sort} value, for error messages and documentation. */
    public static List<String> parameters() {
        return Arrays.stream(values()).map(ArticleSort::parameter).toList();
    }
}
