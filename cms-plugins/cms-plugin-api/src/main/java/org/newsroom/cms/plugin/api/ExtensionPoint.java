package org.newsroom.cms.plugin.api;

/**
 * Marker of the places where a plugin can hook into the CMS. Each extension point is a typed interface
 * extending this one; the host asks for "all enabled {@code ArticleListener}s", never by name.
 *
 * @see ArticleListener
 * @see TransitionValidator
 * @see WireCopyParser
 * @see DeliveryContributor
 * @see org.newsroom.cms.plugin.api.delivery.PublicCollections
 * @see RestExtension
 * @see CreateFields
 */
public interface ExtensionPoint {
}
