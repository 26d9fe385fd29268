/**
 * The bylines panel of the newsroom editor and review screen: the article's bylines in order with their roles,
 * a live preview of the rendered byline, contributor search, guests, confirmation of bylines read from wire
 * copy, and reordering by drag or keyboard. Rendered from the plugin's own jte templates ({@code src/main/jte}).
 */
package org.newsroom.cms.plugins.bylines.ui;
