package io.github.copydesk.text;

import java.util.Arrays;
import java.util.regex.Pattern;

/** The first words of an offending text, on one line, as messages and reports show it. */
public final class Excerpt {
    /** Words shown before the excerpt is cut with " ...": enough to find the text, short enough for a console line. */
    public static final int WORDS = 6;
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private Excerpt() {
    }

    public static String of(String text) {
        String[] words = BLANKS.split(text.strip());
        if (words.length <= WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", Arrays.copyOf(words, WORDS)) + " ...";
    }
}
