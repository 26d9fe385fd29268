/**
 * Full-text search: the search documents kept per article (what readers see, and the newsroom's working copy),
 * the public query with its filters and keyset cursor, and the {@link org.newsroom.cms.core.domain.search.SearchIndex}
 * that stores and queries them (PostgreSQL full-text search in infrastructure).
 */
package org.newsroom.cms.core.domain.search;
