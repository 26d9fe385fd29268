package org.newsroom.cms.plugins.bylines.text;

/**
 * One byline read from imported copy (wire text or a ninjs {@code by}): the name as written, its role, and
 * the agency or outlet when the copy names one (null otherwise).
 */
public record WireByline(String name, Role role, String affiliation) {
}
