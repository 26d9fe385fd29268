/**
 * Photo captions in imported wire copy: lines such as {@code Foto : …}, {@code FOTO: …/ANTARA},
 * {@code Foto: … (Reuters)} or a trailing {@code (Foto: X)} become photo slots with caption and credit,
 * and leave the body.
 */
package org.newsroom.cms.plugins.photocaptions.wire;
