/**
 * The tags panel of the newsroom editor and review screen: the article's tags as removable chips,
 * search-as-you-type, suggestions with their reasons (accept or dismiss in one click) and the publish rule shown
 * in place. Rendered from the plugin's own jte templates ({@code src/main/jte}).
 */
package org.newsroom.cms.plugins.tagging.ui;
