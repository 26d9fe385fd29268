package org.newsroom.cms.core.domain.wire;

import java.util.List;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an imported file into text: UTF-8 with or without BOM, or Windows-1252 when the bytes are not
 * valid UTF-8 (old agency feeds); line endings become LF. Empty and binary files are refused with a
 * reason.
 */
public final class WireText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text, or why the file cannot be imported. */
    public record Decoded(String text, String charset, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private WireText() {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Decoded(null, null, "The file is empty.");
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        if (looksBinary(bytes, offset)) {
            return new Decoded(null, null, "The file is not text (it contains binary data); import plain-text "
                    + "wire copy.");
        }
        String text;
        String charset;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            charset = "UTF-8";
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
            charset = "windows-1252";
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            return new Decoded(null, null, "The file has no text.");
        }
        return new Decoded(text, charset, null);
    }

    /** NUL bytes or many control characters: an image, a PDF, a zip — not wire copy. */
    private static boolean looksBinary(byte[] bytes, int offset) {
        int control = 0;
        int sample = Math.min(bytes.length, offset + 8192);
        for (int i = offset; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > (sample - offset) / 20;
    }

    /** Plain-text paragraphs as body HTML: escaped, inner line breaks joined, empty ones (taken by a plugin) left out. */
    public static String paragraphsHtml(List<String> paragraphs) {
        StringBuilder html = new StringBuilder();
        for (String p : paragraphs) {
            if (!p.isBlank()) {
                html.append("<p>").append(p.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ')).append("</p>\n");
            }
        }
        return html.toString().strip();
    }
}
