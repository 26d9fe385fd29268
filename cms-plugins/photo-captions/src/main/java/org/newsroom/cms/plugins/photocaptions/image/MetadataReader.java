package org.newsroom.cms.plugins.photocaptions.image;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.function.Supplier;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPMeta;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;

/**
 * Reads a photo's embedded caption, creator, credit, copyright, accessibility alt text and capture date
 * with metadata-extractor. XMP is preferred (UTF-8, the current IPTC standard), then IPTC IIM, then EXIF.
 * Unreadable metadata is not an error: the photo simply has none.
 */
public final class MetadataReader {

    /** The IPTC Core XMP namespace (Alt Text (Accessibility) lives there). */
    public static final String IPTC_CORE_NS = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";

    private MetadataReader() {
    }

    public static EmbeddedMetadata read(byte[] bytes) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        } catch (Exception | StackOverflowError e) {
            return EmbeddedMetadata.NONE;
        }
        XMPMeta xmp = null;
        for (XmpDirectory directory : metadata.getDirectoriesOfType(XmpDirectory.class)) {
            xmp = directory.getXMPMeta();
            if (xmp != null) {
                break;
            }
        }
        IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        XMPMeta x = xmp;

        String caption = first(() -> localized(x, XMPConst.NS_DC, "description"),
                () -> string(iptc, IptcDirectory.TAG_CAPTION),
                () -> string(ifd0, ExifDirectoryBase.TAG_IMAGE_DESCRIPTION));
        String photographer = first(() -> arrayItem(x, XMPConst.NS_DC, "creator"),
                () -> string(iptc, IptcDirectory.TAG_BY_LINE),
                () -> string(ifd0, ExifDirectoryBase.TAG_ARTIST));
        String credit = first(() -> property(x, XMPConst.NS_PHOTOSHOP, "Credit"),
                () -> string(iptc, IptcDirectory.TAG_CREDIT));
        String copyright = first(() -> localized(x, XMPConst.NS_DC, "rights"),
                () -> string(iptc, IptcDirectory.TAG_COPYRIGHT_NOTICE),
                () -> string(ifd0, ExifDirectoryBase.TAG_COPYRIGHT));
        String altText = first(() -> localized(x, IPTC_CORE_NS, "AltTextAccessibility"));
        Instant captured = capturedAt(exif, x, iptc);
        int orientation = 1;
        try {
            if (ifd0 != null && ifd0.containsTag(ExifDirectoryBase.TAG_ORIENTATION)) {
                orientation = ifd0.getInt(ExifDirectoryBase.TAG_ORIENTATION);
            }
        } catch (Exception ignored) {
            orientation = 1;
        }
        return new EmbeddedMetadata(caption, photographer, credit, copyright, altText, captured,
                orientation >= 1 && orientation <= 8 ? orientation : 1);
    }

    private static Instant capturedAt(ExifSubIFDDirectory exif, XMPMeta xmp, IptcDirectory iptc) {
        try {
            Date original = exif == null ? null : exif.getDateOriginal();
            if (original != null) {
                return original.toInstant();
            }
        } catch (Exception ignored) {
            // fall through to XMP / IPTC
        }
        String created = property(xmp, XMPConst.NS_PHOTOSHOP, "DateCreated");
        if (created != null) {
            Instant parsed = parseIso(created);
            if (parsed != null) {
                return parsed;
            }
        }
        try {
            Date date = iptc == null ? null : iptc.getDateCreated();
            return date == null ? null : date.toInstant();
        } catch (Exception e) {
            return null;
        }
    }

    static Instant parseIso(String value) {
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (RuntimeException notOffset) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (RuntimeException notLocal) {
                try {
                    return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay()
                            .toInstant(ZoneOffset.UTC);
                } catch (RuntimeException notDate) {
                    return null;
                }
            }
        }
    }

    @SafeVarargs
    private static String first(Supplier<String>... candidates) {
        for (Supplier<String> candidate : candidates) {
            String value;
            try {
                value = candidate.get();
            } catch (RuntimeException e) {
                value = null;
            }
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String string(Directory directory, int tag) {
        return directory == null ? null : directory.getString(tag);
    }

    private static String localized(XMPMeta xmp, String ns, String name) {
        if (xmp == null) {
            return null;
        }
        try {
            var item = xmp.getLocalizedText(ns, name, null, XMPConst.X_DEFAULT);
            return item == null ? null : item.getValue();
        } catch (Exception e) {
            return property(xmp, ns, name);
        }
    }

    private static String arrayItem(XMPMeta xmp, String ns, String name) {
        if (xmp == null) {
            return null;
        }
        try {
            var item = xmp.getArrayItem(ns, name, 1);
            return item == null ? null : item.getValue();
        } catch (Exception e) {
            return property(xmp, ns, name);
        }
    }

    private static String property(XMPMeta xmp, String ns, String name) {
        if (xmp == null) {
            return null;
        }
        try {
            return xmp.getPropertyString(ns, name);
        } catch (Exception e) {
            return null;
        }
    }
}
