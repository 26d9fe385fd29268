/**
 * HTTP caching of the public site and API: one filter gives every public response its validators
 * (ETag, Last-Modified), its Cache-Control and the 304s, and the CDN purge webhook tells a cache in front
 * which addresses to drop when a live article is killed, unpublished, corrected or republished.
 */
package org.newsroom.cms.web.cache;
