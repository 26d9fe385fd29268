/**
 * The photo-captions plugin of Newsroom CMS: photos of an article with caption, credit, photographer,
 * copyright and alt text; embedded IPTC/XMP read on upload; captions taken from wire copy; publish checks;
 * public images with ETags and cached renditions. Built on {@code cms-plugin-api} only.
 */
package org.newsroom.cms.plugins.photocaptions;
