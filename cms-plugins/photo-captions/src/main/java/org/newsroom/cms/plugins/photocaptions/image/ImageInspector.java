package org.newsroom.cms.plugins.photocaptions.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.newsroom.cms.plugin.api.PluginException;

/**
 * Decides whether uploaded bytes are an image the newsroom may store, in the order that keeps the server
 * safe: size (413), type from the magic numbers (415), pixel dimensions read from the header only, so a
 * decompression bomb is refused before a single pixel is decoded (422), then a full decode at reduced
 * resolution to prove the file is not corrupt (422). Thread-safe.
 */
public final class ImageInspector {

    /** Decoding for the corruption check is subsampled down to about this many pixels. */
    private static final long CHECK_PIXELS = 2_000_000L;

    private ImageInspector() {
    }

    /**
     * @param maxBytes  largest accepted file
     * @param maxPixels largest accepted width × height
     * @throws PluginException 413 too large, 415 not an accepted type, 422 too many pixels or corrupt
     */
    public static InspectedImage inspect(byte[] bytes, long maxBytes, long maxPixels) {
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        ImageType type = ImageType.sniff(bytes).orElseThrow(() -> PluginException.of(415,
                "unsupported-image-type", "Unsupported image type", "The file is " + ImageType.describe(bytes)
                + " (detected from its content); upload a JPEG, PNG or WebP image."));
        int[] size = DecodeSlots.decode(() -> check(bytes, type, maxPixels));
        int width = size[0];
        int height = size[1];
        EmbeddedMetadata metadata = MetadataReader.read(bytes);
        boolean swap = metadata.quarterTurned();
        return new InspectedImage(type, swap ? height : width, swap ? width : height, bytes.length, sha256(bytes),
                metadata);
    }

    /** Reads the header, refuses too many pixels, then decodes subsampled to prove the file is whole. */
    private static int[] check(byte[] bytes, ImageType type, long maxPixels) {
        ImageReader reader = Readers.forType(type);
        int width;
        int height;
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw corrupt(type, e);
            }
            if (width <= 0 || height <= 0) {
                throw corrupt(type, null);
            }
            long pixels = (long) width * height;
            if (pixels > maxPixels) {
                throw PluginException.of(422, "image-too-many-pixels", "Image has too many pixels",
                        "The image is " + width + " × " + height + " pixels (" + megapixels(pixels)
                                + " megapixels); the limit is " + megapixels(maxPixels) + " megapixels. "
                                + "Upload a smaller version.");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height, CHECK_PIXELS);
            param.setSourceSubsampling(step, step, 0, 0);
            try {
                reader.read(0, param);
            } catch (IOException | RuntimeException e) {
                throw corrupt(type, e);
            }
            // a cut-off file decodes "successfully" with grey rows; the reader only warns
            if (warnings.stream().anyMatch(w -> w.toLowerCase(java.util.Locale.ROOT).contains("premature end"))) {
                throw corrupt(type, new IOException("the file ends before the image does"));
            }
        } catch (IOException e) {
            throw corrupt(type, e);
        } finally {
            reader.dispose();
        }
        return new int[] {width, height};
    }

    /** The problem for a file over the limit (also used while the upload is still being read). */
    public static PluginException tooLarge(long maxBytes) {
        return PluginException.of(413, "upload-too-large", "Upload too large",
                "The file is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB; upload a smaller "
                        + "or more compressed image.");
    }

    /** The smallest whole step that brings width × height down to about {@code targetPixels}. */
    static int subsampling(int width, int height, long targetPixels) {
        double ratio = Math.sqrt((double) width * height / targetPixels);
        return Math.max(1, (int) Math.floor(ratio));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String megapixels(long pixels) {
        return String.format(java.util.Locale.ROOT, "%.1f", pixels / 1_000_000.0);
    }

    private static PluginException corrupt(ImageType type, Exception cause) {
        PluginException e = PluginException.of(422, "corrupt-image", "Corrupt image",
                "The file starts like " + type.mediaType() + " but cannot be read as an image"
                        + (cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")")
                        + ". Export it again and upload the new file.");
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }
}
