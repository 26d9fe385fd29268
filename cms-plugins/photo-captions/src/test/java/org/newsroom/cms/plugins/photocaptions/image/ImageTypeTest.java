package org.newsroom.cms.plugins.photocaptions.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ImageTypeTest {

    @Test
    void acceptedTypesAreRecognisedByTheirMagicNumbers() {
        assertThat(ImageType.sniff(Fixtures.jpeg(8, 8))).contains(ImageType.JPEG);
        assertThat(ImageType.sniff(Fixtures.png(8, 8))).contains(ImageType.PNG);
        assertThat(ImageType.sniff(Fixtures.WEBP_1X1)).contains(ImageType.WEBP);
        assertThat(ImageType.WEBP.mediaType()).isEqualTo("image/webp");
    }

    @Test
    void otherContentIsNamedButNotAccepted() {
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImageType.sniff(gif)).isEmpty();
        assertThat(ImageType.describe(gif)).isEqualTo("image/gif");
        assertThat(ImageType.describe("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
        assertThat(ImageType.describe("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("image/svg+xml");
        assertThat(ImageType.describe("just some text\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
        assertThat(ImageType.describe(new byte[] {0, 1, 2, 3, (byte) 0xfe})).isEqualTo("application/octet-stream");
        assertThat(ImageType.describe(new byte[0])).isEqualTo("an empty file");
        // a RIFF file that is not WebP (a WAV) is not taken for one
        assertThat(ImageType.sniff("RIFF\u0000\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
    }
}
