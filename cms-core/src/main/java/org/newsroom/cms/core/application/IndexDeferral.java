package org.newsroom.cms.core.application;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.transaction.TransactionScoped;

/**
 * Articles whose search documents this transaction will build itself, once, after the plugins have stored their
 * part (a create with tags and bylines, an import): the plugins' own {@code dataChanged} calls in between would
 * each rebuild both documents for nothing. See {@link SearchIndexer#defer}.
 */
@TransactionScoped
public class IndexDeferral implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<UUID> articles = new HashSet<>();

    void add(UUID article) {
        articles.add(article);
    }

    boolean remove(UUID article) {
        return articles.remove(article);
    }

    boolean contains(UUID article) {
        return articles.contains(article);
    }
}
