package org.newsroom.cms.plugin.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Read access to articles and the CMS's rules about them, for plugins that attach data to articles.
 * <p>
 * <b>Public visibility</b> (a published live revision and no embargo in force, on the CMS clock) is decided
 * here and only here: a plugin's public endpoints select their candidate article ids from their own tables
 * and ask {@link #visible}, {@link #published} or {@link #publishedPage} which of them readers may see. A
 * plugin never writes that rule in SQL.
 */
public interface ArticleAccess {

    /** The article's working copy, or empty if there is no such article. */
    Optional<ArticleSnapshot> find(UUID articleId);

    /**
     * Whether the caller may change this article's content (and so the plugin data attached to it): a
     * journalist their own article while it is a draft or has changes requested; an editor any article
     * that is not killed.
     */
    boolean mayEdit(UUID articleId, Caller caller);

    /**
     * What readers see of these articles (their live revisions), in the order given; ids that are not
     * publicly visible are left out.
     */
    List<ArticleSnapshot> published(List<UUID> articleIds);

    /**
     * What readers get at this article's addresses now, and so at those of what was published with it (its
     * photos): {@link PublicState#VISIBLE}, {@link PublicState#GONE} (410) or {@link PublicState#ABSENT} (404).
     */
    PublicState publicState(UUID articleId);

    /** Which of these articles readers can see now. */
    Set<UUID> visible(Collection<UUID> articleIds);

    /**
     * A page of the publicly visible articles among {@code candidates}, newest first in the given order,
     * after {@code after} (null for the first page), at most {@code limit} (1–100) items.
     */
    PublishedPage publishedPage(Collection<UUID> candidates, PublishedPage.Order order, Cursor after, int limit);

    /**
     * Tells the host that this plugin's data about these articles changed (tags set, a byline or photo added, a
     * tag or contributor renamed or merged), inside the changing transaction, after the change: the host rebuilds
     * what it derives from it — the articles' search documents (asking every
     * {@link DeliveryContributor#searchParts}), in the caller's transaction — and what readers are served of the
     * live ones is rendered again, on every node, once the change commits. Unknown ids are ignored. A change
     * that touches too many articles to list may pass {@code everything} true: every public copy is rendered
     * again (search documents are rebuilt for the ids given only).
     */
    void dataChanged(Collection<UUID> articleIds, boolean everything);

    /** {@link #dataChanged(Collection, boolean)} for these articles. */
    default void dataChanged(Collection<UUID> articleIds) {
        dataChanged(articleIds, false);
    }

    /** {@link #dataChanged(Collection, boolean)} for one article. */
    default void dataChanged(UUID articleId) {
        dataChanged(java.util.List.of(articleId), false);
    }
}
