package org.newsroom.cms.plugins.photocaptions.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class RenditionMakerTest {

    @Test
    void renditionsAreJpegsOfTheRequestedWidthKeepingTheAspectRatio() throws Exception {
        byte[] original = Fixtures.jpeg(2000, 1000);
        for (int width : RenditionMaker.WIDTHS) {
            RenditionMaker.Rendition r = RenditionMaker.make(original, width);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(r.bytes()));
            assertThat(ImageType.sniff(r.bytes())).contains(ImageType.JPEG);
            assertThat(r.mediaType()).isEqualTo("image/jpeg");
            assertThat(decoded.getWidth()).isEqualTo(width).isEqualTo(r.width());
            assertThat(decoded.getHeight()).isEqualTo(width / 2).isEqualTo(r.height());
        }
    }

    @Test
    void transparentPngAndWebpBecomeJpegAndSmallImagesAreNotEnlarged() throws Exception {
        RenditionMaker.Rendition fromPng = RenditionMaker.make(Fixtures.png(800, 600), 320);
        assertThat(ImageIO.read(new ByteArrayInputStream(fromPng.bytes())).getWidth()).isEqualTo(320);
        assertThat(fromPng.height()).isEqualTo(240);

        RenditionMaker.Rendition small = RenditionMaker.make(Fixtures.jpeg(200, 100), 1280);
        assertThat(ImageIO.read(new ByteArrayInputStream(small.bytes())).getWidth()).isEqualTo(200);

        RenditionMaker.Rendition fromWebp = RenditionMaker.make(Fixtures.WEBP_1X1, 320);
        assertThat(ImageType.sniff(fromWebp.bytes())).contains(ImageType.JPEG);
    }

    @Test
    void exifOrientationTurnsTheImageUpright() {
        BufferedImage landscape = Fixtures.picture(40, 20, BufferedImage.TYPE_INT_RGB);
        BufferedImage turned = RenditionMaker.upright(landscape, 6);
        assertThat(turned.getWidth()).isEqualTo(20);
        assertThat(turned.getHeight()).isEqualTo(40);
        assertThat(RenditionMaker.upright(landscape, 1)).isSameAs(landscape);
        assertThat(RenditionMaker.upright(landscape, 3).getWidth()).isEqualTo(40);
    }
}
