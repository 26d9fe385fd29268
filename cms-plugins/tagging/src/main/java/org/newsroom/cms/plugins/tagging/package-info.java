/**
 * The tagging plugin: free tags and controlled vocabularies (IPTC Media Topics), synonyms and merges,
 * ordered tags per article, suggestions from the article text, a publish rule, and public tag pages.
 * Built on cms-plugin-api only; data in its own {@code plg_tagging_…} tables.
 */
package org.newsroom.cms.plugins.tagging;
