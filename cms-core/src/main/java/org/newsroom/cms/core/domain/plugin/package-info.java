/** What the CMS stores about plugins: enabled state, configuration, and the audit of admin changes. */
package org.newsroom.cms.core.domain.plugin;
