package org.newsroom.cms.plugins.tagging.store;

/** Another name of a tag ({@code language} optional, e.g. "id"): typing it picks the tag. */
public record Synonym(long id, String name, String language) {
}
