/**
 * What leaves the newsroom: the publish checks every photo must pass (image, caption, credit, alt text,
 * alt text not just the caption), and the photos as delivered in article JSON, with newsroom or public URLs.
 */
package org.newsroom.cms.plugins.photocaptions.publish;
