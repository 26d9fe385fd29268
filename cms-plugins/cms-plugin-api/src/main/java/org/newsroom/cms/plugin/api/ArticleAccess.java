package org.newsroom.cms.plugin.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to articles and the CMS's edit rules, for plugins that attach data to articles. */
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
     * publicly visible are left out. Use it to render lists a plugin selected, e.g. by tag.
     */
    List<ArticleSnapshot> published(List<UUID> articleIds);
}
