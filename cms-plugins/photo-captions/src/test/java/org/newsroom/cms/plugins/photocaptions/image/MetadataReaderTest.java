package org.newsroom.cms.plugins.photocaptions.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    @Test
    void iptcAndXmpFieldsAreReadFromATaggedJpeg() throws Exception {
        byte[] tagged = Fixtures.taggedJpeg("Warga melintasi banjir di Jakarta Utara", "Budi Santoso", "ANTARA",
                "(c) 2024 ANTARA", "A man wades through knee-deep brown water past parked motorbikes");

        InspectedImage image = ImageInspector.inspect(tagged, 20L << 20, 50_000_000L);

        EmbeddedMetadata m = image.metadata();
        assertThat(m.caption()).isEqualTo("Warga melintasi banjir di Jakarta Utara");
        assertThat(m.photographer()).isEqualTo("Budi Santoso");
        assertThat(m.credit()).isEqualTo("ANTARA");
        assertThat(m.copyright()).isEqualTo("(c) 2024 ANTARA");
        assertThat(m.altText()).isEqualTo("A man wades through knee-deep brown water past parked motorbikes");
        assertThat(image.width()).isEqualTo(640);
        assertThat(image.height()).isEqualTo(480);
    }

    @Test
    void xmpDescriptionWinsOverNothingAndUntaggedImagesHaveNoMetadata() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JpegXmpRewriter().updateXmpXml(Fixtures.jpeg(50, 40), out, Fixtures.xmp("Alt", "Keterangan foto"));
        EmbeddedMetadata m = MetadataReader.read(out.toByteArray());
        assertThat(m.caption()).isEqualTo("Keterangan foto");
        assertThat(m.altText()).isEqualTo("Alt");
        assertThat(m.credit()).isNull();

        assertThat(MetadataReader.read(Fixtures.png(10, 10))).isEqualTo(EmbeddedMetadata.NONE);
        assertThat(MetadataReader.read(new byte[] {1, 2, 3})).isEqualTo(EmbeddedMetadata.NONE);
    }

    @Test
    void isoDatesFromXmpAreParsed() {
        assertThat(MetadataReader.parseIso("2024-03-01T10:15:00+07:00")).isEqualTo(Instant.parse("2024-03-01T03:15:00Z"));
        assertThat(MetadataReader.parseIso("2024-03-01T10:15:00")).isEqualTo(Instant.parse("2024-03-01T10:15:00Z"));
        assertThat(MetadataReader.parseIso("2024-03-01")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(MetadataReader.parseIso("yesterday")).isNull();
    }
}
