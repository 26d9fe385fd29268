package org.newsroom.cms.plugins.photocaptions.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.PluginException;

class ImageInspectorTest {

    private static final long MB = 1024 * 1024;
    private static final long FIFTY_MP = 50_000_000L;

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderWithoutDecoding() {
        byte[] bomb = Fixtures.pngHeader(100_000, 100_000);
        assertThat(bomb.length).isLessThan(100);
        assertThatThrownBy(() -> ImageInspector.inspect(bomb, 20 * MB, FIFTY_MP))
                .asInstanceOf(InstanceOfAssertFactories.type(PluginException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.kind()).isEqualTo("image-too-many-pixels");
                    assertThat(e.getMessage()).contains("100000 × 100000", "10000.0 megapixels", "50.0 megapixels");
                });
    }

    @Test
    void tooLargeIs413AndChecksComeBeforeTypeSniffing() {
        byte[] big = new byte[(int) MB + 1];
        assertThatThrownBy(() -> ImageInspector.inspect(big, MB, FIFTY_MP))
                .asInstanceOf(InstanceOfAssertFactories.type(PluginException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.getMessage()).contains("1 MB");
                });
    }

    @Test
    void aFileThatIsNotJpegPngOrWebpIs415NamingWhatItIs() {
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ImageInspector.inspect(gif, MB, FIFTY_MP))
                .asInstanceOf(InstanceOfAssertFactories.type(PluginException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(415);
                    assertThat(e.getMessage()).contains("image/gif", "JPEG, PNG or WebP");
                });
    }

    @Test
    void corruptFilesAre422() {
        byte[] jpegStartThenJunk = new byte[600];
        Arrays.fill(jpegStartThenJunk, (byte) 0x41);
        jpegStartThenJunk[0] = (byte) 0xff;
        jpegStartThenJunk[1] = (byte) 0xd8;
        jpegStartThenJunk[2] = (byte) 0xff;
        jpegStartThenJunk[3] = (byte) 0xe0;
        byte[] truncatedPng = Arrays.copyOf(Fixtures.png(64, 64), 40);
        for (byte[] corrupt : new byte[][] {jpegStartThenJunk, truncatedPng, Fixtures.pngHeader(0, 10)}) {
            assertThatThrownBy(() -> ImageInspector.inspect(corrupt, MB, FIFTY_MP))
                    .asInstanceOf(InstanceOfAssertFactories.type(PluginException.class))
                    .satisfies(e -> {
                        assertThat(e.status()).isEqualTo(422);
                        assertThat(e.kind()).isEqualTo("corrupt-image");
                    });
        }
    }

    @Test
    void aJpegCutOffPartWayIsCorrupt() {
        byte[] whole = Fixtures.noisyJpeg(800, 600);
        assertThat(ImageInspector.inspect(whole, MB, FIFTY_MP).width()).isEqualTo(800);
        byte[] cut = Arrays.copyOf(whole, 2_000);
        assertThatThrownBy(() -> ImageInspector.inspect(cut, MB, FIFTY_MP))
                .asInstanceOf(InstanceOfAssertFactories.type(PluginException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.kind()).isEqualTo("corrupt-image");
                });
    }

    @Test
    void decodesBeyondTheSlotsWaitInsteadOfRunningAllAtOnce() throws Exception {
        int threads = DecodeSlots.SLOTS * 3;
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger peak = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                done.add(pool.submit(() -> DecodeSlots.decode(() -> {
                    peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return 1;
                })));
            }
            int sum = 0;
            for (java.util.concurrent.Future<Integer> f : done) {
                sum += f.get();
            }
            assertThat(sum).isEqualTo(threads);
            assertThat(peak.get()).isEqualTo(DecodeSlots.SLOTS);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void acceptedImagesReportTypeSizeAndHash() {
        InspectedImage jpeg = ImageInspector.inspect(Fixtures.jpeg(640, 480), MB, FIFTY_MP);
        assertThat(jpeg.type()).isEqualTo(ImageType.JPEG);
        assertThat(jpeg.width()).isEqualTo(640);
        assertThat(jpeg.height()).isEqualTo(480);
        assertThat(jpeg.sha256()).hasSize(64);

        InspectedImage png = ImageInspector.inspect(Fixtures.png(300, 200), MB, FIFTY_MP);
        assertThat(png.type()).isEqualTo(ImageType.PNG);
        assertThat(png.width()).isEqualTo(300);

        InspectedImage webp = ImageInspector.inspect(Fixtures.WEBP_1X1, MB, FIFTY_MP);
        assertThat(webp.type()).isEqualTo(ImageType.WEBP);
        assertThat(webp.width()).isEqualTo(1);
        assertThat(webp.height()).isEqualTo(1);
    }

    @Test
    void theMegapixelLimitIsInclusiveAndConfigurable() {
        byte[] image = Fixtures.jpeg(1000, 1000);
        assertThat(ImageInspector.inspect(image, MB, 1_000_000L).width()).isEqualTo(1000);
        assertThatThrownBy(() -> ImageInspector.inspect(image, MB, 999_999L))
                .isInstanceOf(PluginException.class);
    }

    @Test
    void subsamplingKeepsTheCheckDecodeSmall() {
        assertThat(ImageInspector.subsampling(1000, 1000, 2_000_000)).isEqualTo(1);
        assertThat(ImageInspector.subsampling(8000, 6000, 2_000_000)).isEqualTo(4);
    }
}
