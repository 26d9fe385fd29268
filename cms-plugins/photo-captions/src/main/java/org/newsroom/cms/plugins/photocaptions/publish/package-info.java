/**
 * What leaves the newsroom, as pure logic: the publish checks every photo must pass (image, caption, credit,
 * alt text, alt text not just the caption), and the photos as JSON, with newsroom or public URLs.
 */
package org.newsroom.cms.plugins.photocaptions.publish;
