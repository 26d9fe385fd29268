package org.newsroom.cms.it;


import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * What the photo panel tests share: JPEGs whose IPTC (and XMP alt text) the test writes with Apache Commons
 * Imaging, as a photo desk's software would, and a newsroom session over plain HTTP (a cookie jar, the session's
 * CSRF token, multipart posts) for driving the panel's fragment routes as htmx does.
 */
final class PhotosPanelFixtures {

    static final String ROUTES = "/newsroom/plugins/photo-captions/articles/";

    private PhotosPanelFixtures() {
    }

    /** A plain JPEG of this size, no metadata. */
    static byte[] jpeg(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A 640×480 JPEG with IPTC IIM caption, by-line, credit and copyright notice (null ones left out) and, when
     * {@code altText} is given, XMP's Alt Text (Accessibility).
     */
    static byte[] taggedJpeg(String caption, String byline, String credit, String copyright, String altText)
            throws Exception {
        List<IptcRecord> records = new ArrayList<>();
        if (caption != null) {
            records.add(new IptcRecord(IptcTypes.CAPTION_ABSTRACT, caption));
        }
        if (byline != null) {
            records.add(new IptcRecord(IptcTypes.BYLINE, byline));
        }
        if (credit != null) {
            records.add(new IptcRecord(IptcTypes.CREDIT, credit));
        }
        if (copyright != null) {
            records.add(new IptcRecord(IptcTypes.COPYRIGHT_NOTICE, copyright));
        }
        ByteArrayOutputStream withIptc = new ByteArrayOutputStream();
        new JpegIptcRewriter().writeIptc(jpeg(640, 480, new Color(30, 90, 160)), withIptc,
                new PhotoshopApp13Data(records, new ArrayList<>()));
        if (altText == null) {
            return withIptc.toByteArray();
        }
        ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
        new JpegXmpRewriter().updateXmpXml(withIptc.toByteArray(), withXmp,
                "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                        + "<rdf:Description rdf:about=\"\" xmlns:Iptc4xmpCore=\"http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/\">"
                        + "<Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang=\"x-default\">" + altText
                        + "</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility></rdf:Description></rdf:RDF></x:xmpmeta>");
        return withXmp.toByteArray();
    }

    /** The wire seed with a unique headline (content-hash idempotency would join tests together otherwise). */
    static String uniqueSeed() throws Exception {
        return new String(WireImportIT.seed(), StandardCharsets.UTF_8)
                .replaceFirst("Rusia\n", "Rusia " + UUID.randomUUID().toString().substring(0, 8) + "\n");
    }
}
