package org.newsroom.cms.core.domain.preview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The tokens of preview links: 32 bytes from {@link SecureRandom} (256 bits, beyond guessing), written
 * base64url without padding (43 characters, safe in a URL path), and stored only as their SHA-256. A stored
 * hash of a random token gives what a signed link would (nobody can make a valid link without being given
 * one) and, being a row, can also be revoked; a leak of the table reveals no working link, since a
 * SHA-256 cannot be turned back into its token.
 */
public final class PreviewTokens {

    static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PreviewTokens() {
    }

    /** A new token. */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code token} has the form {@link #generate} gives (anything else is no link of ours). */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** The stored form of a token: its SHA-256 as 64 lower-case hex digits. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
