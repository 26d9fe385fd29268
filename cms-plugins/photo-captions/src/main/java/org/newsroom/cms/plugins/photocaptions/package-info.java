/**
 * The photo-captions plugin of Newsroom CMS: photos of an article with caption, credit, photographer,
 * copyright and alt text; embedded IPTC/XMP read on upload; captions taken from wire copy; publish checks;
 * public images with ETags and cached renditions. Built on {@code cms-plugin-api} only. This package holds
 * the plugin itself (identity, settings, wiring) and one class per extension point it provides.
 */
package org.newsroom.cms.plugins.photocaptions;
