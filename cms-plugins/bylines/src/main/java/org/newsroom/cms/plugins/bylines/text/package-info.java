/**
 * Pure text logic of the bylines plugin, free of database and HTTP: byline roles, name normalisation and
 * slugs, the rendered byline text in English and Indonesian, the wire-copy byline and sign-off parser with its
 * agency table, and the reading of ninjs {@code by} statements.
 */
package org.newsroom.cms.plugins.bylines.text;
