package org.newsroom.cms.plugins.photocaptions.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The image formats the plugin accepts, recognised by their magic numbers rather than a declared type. */
public enum ImageType {
    JPEG("image/jpeg", "jpeg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String mediaType;
    private final String formatName;

    ImageType(String mediaType, String formatName) {
        this.mediaType = mediaType;
        this.formatName = formatName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The {@code javax.imageio} format name. */
    public String formatName() {
        return formatName;
    }

    /** The accepted type these bytes start with, if any. */
    public static Optional<ImageType> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, (byte) 0xff, (byte) 0xd8, (byte) 0xff)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /**
     * What the bytes look like, for error messages: the media type of a recognised format (accepted or
     * not), {@code text/plain} for text, else {@code application/octet-stream}.
     */
    public static String describe(byte[] bytes) {
        Optional<ImageType> accepted = sniff(bytes);
        if (accepted.isPresent()) {
            return accepted.get().mediaType;
        }
        if (bytes.length == 0) {
            return "an empty file";
        }
        if (ascii(bytes, 0, "GIF87a") || ascii(bytes, 0, "GIF89a")) {
            return "image/gif";
        }
        if (startsWith(bytes, 0, (byte) 'I', (byte) 'I', (byte) 42, (byte) 0)
                || startsWith(bytes, 0, (byte) 'M', (byte) 'M', (byte) 0, (byte) 42)) {
            return "image/tiff";
        }
        if (ascii(bytes, 0, "BM")) {
            return "image/bmp";
        }
        if (ascii(bytes, 4, "ftyp")) {
            String brand = new String(Arrays.copyOfRange(bytes, 8, Math.min(bytes.length, 12)),
                    StandardCharsets.US_ASCII);
            return brand.startsWith("avi") ? "image/avif" : brand.startsWith("he") || brand.startsWith("mif")
                    ? "image/heic" : "video/mp4";
        }
        if (ascii(bytes, 0, "%PDF")) {
            return "application/pdf";
        }
        if (startsWith(bytes, 0, (byte) 'P', (byte) 'K', (byte) 3, (byte) 4)) {
            return "application/zip";
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1).stripLeading();
        if (head.startsWith("<svg") || head.startsWith("<?xml") && head.contains("<svg")) {
            return "image/svg+xml";
        }
        return looksLikeText(bytes) ? "text/plain" : "application/octet-stream";
    }

    private static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 512);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x09 || b > 0x0d && b < 0x20 && b != 0x1b) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] bytes, int offset, String text) {
        return startsWith(bytes, offset, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] bytes, int offset, byte... prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
