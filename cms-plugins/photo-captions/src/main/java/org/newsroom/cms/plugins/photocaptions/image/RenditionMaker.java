package org.newsroom.cms.plugins.photocaptions.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import net.coobird.thumbnailator.Thumbnails;

/**
 * Makes a resized JPEG rendition of a stored original with Thumbnailator: decoded at reduced resolution
 * where the original is much larger (memory stays small), turned upright by its EXIF orientation,
 * transparency flattened onto white, never enlarged.
 */
public final class RenditionMaker {

    /** The rendition widths served. */
    public static final java.util.List<Integer> WIDTHS = java.util.List.of(320, 1280);

    private static final float QUALITY = 0.85f;

    private RenditionMaker() {
    }

    /** A finished rendition. */
    /** Every rendition is a JPEG. */
    public static final String MEDIA_TYPE = "image/jpeg";

    public record Rendition(byte[] bytes, String mediaType, int width, int height) {
    }

    public static Rendition make(byte[] original, int targetWidth) {
        ImageType type = ImageType.sniff(original)
                .orElseThrow(() -> new IllegalArgumentException("not an accepted image"));
        BufferedImage image = DecodeSlots.decode(() -> decode(original, type, targetWidth));
        image = upright(image, MetadataReader.read(original).orientation());
        image = flatten(image);
        int width = Math.min(targetWidth, image.getWidth());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.of(image).width(width).outputFormat("jpg").outputQuality(QUALITY).toOutputStream(out);
            byte[] bytes = out.toByteArray();
            int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
            return new Rendition(bytes, MEDIA_TYPE, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage decode(byte[] bytes, ImageType type, int targetWidth) {
        ImageReader reader = Readers.forType(type);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
            // keep at least twice the target on the longest side, so the final resize has pixels to work with
            int step = Math.max(1, longest / (targetWidth * 2));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reader.dispose();
        }
    }

    /** Applies EXIF orientations 3 (180°), 6 (90° clockwise) and 8 (90° anticlockwise); others as stored. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        int quarterTurns = switch (orientation) {
            case 3 -> 2;
            case 6 -> 1;
            case 8 -> 3;
            default -> 0;
        };
        if (quarterTurns == 0) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = quarterTurns % 2 == 1;
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_ARGB);
        AffineTransform t = new AffineTransform();
        t.translate(turned.getWidth() / 2.0, turned.getHeight() / 2.0);
        t.quadrantRotate(quarterTurns);
        t.translate(-w / 2.0, -h / 2.0);
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return turned;
    }

    private static BufferedImage flatten(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
