/**
 * Share links to an article's unpublished working copy: expiring, revocable, and stored only as the hash of
 * their random token.
 */
package org.newsroom.cms.core.domain.preview;
