/**
 * Each published photo as its own IPTC NewsML-G2 picture item ({@code /api/public/photos/{id}.newsml}), which the
 * article's text item links: caption, credit, photographer, copyright and the original and renditions as remote
 * content.
 */
package org.newsroom.cms.plugins.photocaptions.newsml;
