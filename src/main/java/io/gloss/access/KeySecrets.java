package io.gloss.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import io.gloss.Sha256;

/**
 * Making and hashing API keys. Keys carry 256 random bits, so a fast unsalted SHA-256 is enough to
 * make a stolen database useless (there is nothing to brute-force) while keeping the lookup a
 * single indexed query per request.
 */
public final class KeySecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "gls_";

    private KeySecrets() {
    }

    public static String newKey() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String hash(String key) {
        return Sha256.hex(key);
    }

    public static String hint(String key) {
        return key.substring(0, Math.min(key.length(), PREFIX.length() + 6));
    }

    /** Compares secrets in constant time, so response timing does not reveal a key's prefix. */
    public static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
