package io.github.copydesk.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a block of copy into sentences: a sentence ends at {@code .}, {@code !}, {@code ?} or
 * {@code …} (with any closing quotes or brackets after it) followed by a blank and a character
 * that is not a lower-case letter, so "e.g. the" and "4.5 per cent" stay whole. An abbreviation
 * before a capital ("Mr. Smith") splits; counts over sentences err towards shorter ones.
 */
public final class Sentences {
    private static final String ENDS = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";

    private Sentences() {
    }

    /** A sentence's place in the text: {@code [start, end)}, without surrounding blanks. */
    public record Span(int start, int end) {
    }

    public static List<Span> of(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = skipBlanks(text, 0);
        int i = start;
        while (i < text.length()) {
            if (ENDS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && (ENDS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            int next = skipBlanks(text, end);
            if (next > end && next < text.length() && !Character.isLowerCase(text.charAt(next))) {
                sentences.add(new Span(start, end));
                start = next;
            }
            i = Math.max(end, i + 1);
        }
        int last = text.length();
        while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        if (last > start) {
            sentences.add(new Span(start, last));
        }
        return sentences;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
