/** The article aggregate: editorial content, dateline, slug and workflow status. */
package org.newsroom.cms.core.domain.article;
