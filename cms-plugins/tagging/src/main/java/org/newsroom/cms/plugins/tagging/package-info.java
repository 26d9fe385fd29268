/**
 * The tagging plugin: free tags and controlled vocabularies (IPTC Media Topics), synonyms and merges,
 * ordered tags per article, suggestions from the article text, a publish rule, and public tag pages.
 * This package holds the plugin's identity, its typed {@link org.newsroom.cms.plugins.tagging.Settings}
 * and one class per extension point; {@code rest} the endpoints, {@code store} the data access,
 * {@code text} the pure logic. Built on cms-plugin-api only; data in its own {@code plg_tagging_…} tables.
 */
package org.newsroom.cms.plugins.tagging;
