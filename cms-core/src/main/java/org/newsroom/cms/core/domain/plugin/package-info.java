/** What the CMS stores about plugins: enabled state and configuration (their changes are in the audit trail). */
package org.newsroom.cms.core.domain.plugin;
