/**
 * Data access only: the plugin's own {@code plg_tagging_…} tables through the host's Jdbi, plain records
 * for rows. No transaction code: every call joins the transaction the host opened for the request or hook.
 */
package org.newsroom.cms.plugins.tagging.store;
