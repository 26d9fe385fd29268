/**
 * Pure tag logic without I/O: the name rules that make "Rusia" and "RUSIA" one tag, and the suggester
 * that proposes tags from an article's text. Unit-tested; the stores and resources build on it.
 */
package org.newsroom.cms.plugins.tagging.text;
