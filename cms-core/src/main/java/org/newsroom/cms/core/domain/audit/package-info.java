/** The append-only record of what happened to an article: audit events and editorial comments. */
package org.newsroom.cms.core.domain.audit;
