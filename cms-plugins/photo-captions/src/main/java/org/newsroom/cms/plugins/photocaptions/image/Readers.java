package org.newsroom.cms.plugins.photocaptions.image;

import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * Image readers per accepted type. JPEG and PNG come with the JDK; WebP comes from TwelveMonkeys, whose
 * service provider is used directly rather than through the global {@code IIORegistry}, which in an
 * application server may not see (or may leak) the deployment's classes.
 */
final class Readers {

    private static final WebPImageReaderSpi WEBP = new WebPImageReaderSpi();

    private Readers() {
    }

    static ImageReader forType(ImageType type) {
        if (type == ImageType.WEBP) {
            return WEBP.createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.formatName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No image reader for " + type.mediaType());
        }
        return readers.next();
    }
}
