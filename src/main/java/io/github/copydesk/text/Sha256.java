package io.github.copydesk.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests: of bytes (a file, to know it unchanged; a finding's key; the report's own
 * script, for its content security policy), and of a list of texts, to know a configuration
 * unchanged. Each text of a list is prefixed with its length, so that ("ab", "c") and ("a", "bc")
 * differ.
 */
public final class Sha256 {
    private final MessageDigest digest;

    private Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    public static Sha256 start() {
        return new Sha256();
    }

    public static byte[] of(byte[] bytes) {
        return start().digest.digest(bytes);
    }

    public Sha256 add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        add(bytes.length);
        digest.update(bytes);
        return this;
    }

    public Sha256 add(long number) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (number >>> shift));
        }
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
