/**
 * Looking at uploaded bytes: the real type (magic numbers), pixel dimensions read from the header before
 * anything is decoded (decompression bombs), a check that the image decodes, the embedded IPTC/XMP/EXIF
 * metadata, and resized JPEG renditions. No database, no HTTP: plain functions over byte arrays; a refused
 * upload is a {@link org.newsroom.cms.plugin.api.PluginException} (413, 415, 422) saying what to upload instead.
 */
package org.newsroom.cms.plugins.photocaptions.image;
