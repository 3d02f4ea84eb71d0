package io.waymark.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Links whose secret is their credential (an advisor's calendar feed, a partner's referral form): 256 random bits,
 * of which only a hash is kept, so that a copy of the database opens none of them.
 */
public final class SecretLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretLinks() {
    }

    /** A new secret: 43 characters of URL-safe Base64. */
    public static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** What is kept of a secret, and looked up by: its SHA-256, in hex. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
