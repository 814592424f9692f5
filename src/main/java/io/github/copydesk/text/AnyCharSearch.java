package io.github.copydesk.text;

import java.util.Arrays;

/**
 * Finds, from left to right, where a text holds any of a few characters. Each character is
 * looked for with {@link String#indexOf(int, int)}, which the JVM runs as a vector scan, and its
 * place is kept until the reader has passed it; a loop that tests every character of a paragraph
 * against a short list was several times slower, and the marks looked for are rare in prose.
 */
final class AnyCharSearch {
    private static final int NOT_LOOKED_FOR = -2;

    private final String text;
    private final String chars;
    private final int[] next;

    AnyCharSearch(String text, String chars) {
        this.text = text;
        this.chars = chars;
        this.next = new int[chars.length()];
        Arrays.fill(next, NOT_LOOKED_FOR);
    }

    /** The first place at or after {@code from} that holds one of the characters, or -1. */
    int from(int from) {
        int first = -1;
        for (int k = 0; k < next.length; k++) {
            if (next[k] == NOT_LOOKED_FOR || next[k] >= 0 && next[k] < from) {
                next[k] = text.indexOf(chars.charAt(k), from);
            }
            if (next[k] >= 0 && (first < 0 || next[k] < first)) {
                first = next[k];
            }
        }
        return first;
    }
}
