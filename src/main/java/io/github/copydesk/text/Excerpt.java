package io.github.copydesk.text;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The first words of an offending text, on one line, as messages and reports show it, never
 * longer than {@link #MAX_CHARACTERS} characters and an ellipsis.
 */
public final class Excerpt {
    /** Words shown before the excerpt is cut with " ...": enough to find the text, short enough for a console line. */
    public static final int WORDS = 6;
    /** Characters shown at most, so that one long word (a URL) does not make a console line of its length. */
    public static final int MAX_CHARACTERS = 80;
    private static final String ELLIPSIS = "...";
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private Excerpt() {
    }

    public static String of(String text) {
        String[] words = BLANKS.split(text.strip());
        if (words.length <= WORDS) {
            return cut(String.join(" ", words), MAX_CHARACTERS);
        }
        return cut(String.join(" ", Arrays.copyOf(words, WORDS)) + " " + ELLIPSIS, MAX_CHARACTERS);
    }

    /**
     * {@code text} when it has at most {@code max} characters, else its first {@code max} code
     * points and an ellipsis; a surrogate pair is never split.
     */
    public static String cut(String text, int max) {
        if (text.length() <= max || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)) + ELLIPSIS;
    }
}
