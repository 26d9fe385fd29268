/**
 * HTML hygiene for content coming in from editors and wires, and embedded posts and videos: stored as
 * provider + id, shown from an allowlist (players on the site, links in feeds and news standards).
 */
package org.newsroom.cms.core.infrastructure.html;
