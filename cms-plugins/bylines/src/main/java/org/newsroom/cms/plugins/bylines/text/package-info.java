/**
 * Pure text logic of the bylines plugin, free of database and HTTP: byline roles, name normalisation and
 * slugs, the rendered byline text in English and Indonesian, and the wire-copy byline parser.
 */
package org.newsroom.cms.plugins.bylines.text;
