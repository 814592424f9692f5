package io.github.copydesk.article;

import java.util.Optional;

/**
 * Recognises text in UTF-16 or UTF-32 read as a narrow encoding, where its NUL bytes would make
 * it look binary: by its byte-order mark, or by the NULs standing in every other (UTF-16) or
 * three of every four (UTF-32) bytes of its start, as ASCII letters, digits and spaces written
 * that wide leave them.
 */
final class WideText {
    /** Bytes looked at for the NUL pattern: enough for a headline's worth of characters. */
    private static final int SAMPLE = 512;

    private WideText() {
    }

    /** The encoding's name, {@code UTF-16LE}, {@code UTF-32BE} ..., or empty when the bytes show none. */
    static Optional<String> of(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of("UTF-32BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of("UTF-32LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of("UTF-16BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of("UTF-16LE");
        }
        return byNulPattern(bytes);
    }

    private static Optional<String> byNulPattern(byte[] bytes) {
        int length = Math.min(bytes.length, SAMPLE);
        if (length >= 4 && length % 4 == 0) {
            if (everyGroup(bytes, length, 4, 2, 3)) {
                return Optional.of("UTF-32LE");
            }
            if (everyGroup(bytes, length, 4, 0, 1)) {
                return Optional.of("UTF-32BE");
            }
        }
        length -= length % 2;
        if (length < 4) {
            return Optional.empty();
        }
        if (mostlyNulAt(bytes, length, 1)) {
            return Optional.of("UTF-16LE");
        }
        if (mostlyNulAt(bytes, length, 0)) {
            return Optional.of("UTF-16BE");
        }
        return Optional.empty();
    }

    /**
     * Whether each group of {@code width} bytes has NULs at the two positions given and is not a
     * NUL character as a whole: a UTF-32 character of the Basic Multilingual Plane.
     */
    private static boolean everyGroup(byte[] bytes, int length, int width, int nul, int alsoNul) {
        for (int group = 0; group < length; group += width) {
            if (bytes[group + nul] != 0 || bytes[group + alsoNul] != 0) {
                return false;
            }
            boolean allNul = true;
            for (int i = group; i < group + width; i++) {
                allNul &= bytes[i] == 0;
            }
            if (allNul) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether no pair of bytes is a NUL character and at least half of them have a NUL at
     * {@code high}: UTF-16 of text that is mostly Latin letters, digits and spaces.
     */
    private static boolean mostlyNulAt(byte[] bytes, int length, int high) {
        int nuls = 0;
        for (int pair = 0; pair < length; pair += 2) {
            if (bytes[pair + 1 - high] == 0) {
                return false;
            }
            if (bytes[pair + high] == 0) {
                nuls++;
            }
        }
        return nuls * 4 >= length;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
