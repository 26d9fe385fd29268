/**
 * Photo captions in imported wire copy, as pure functions over paragraphs: lines such as {@code Foto : …},
 * {@code FOTO: …/ANTARA}, {@code Foto: … (Reuters)} or a trailing {@code (Foto: X)} become
 * {@link org.newsroom.cms.plugins.photocaptions.wire.CaptionSlot}s with caption and credit, and leave the body.
 */
package org.newsroom.cms.plugins.photocaptions.wire;
