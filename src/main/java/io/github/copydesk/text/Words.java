package io.github.copydesk.text;

/** Counting the words of a line of copy, where rules bound a form by its length. */
public final class Words {
    private Words() {
    }

    /** True when {@code text} has at most {@code limit} whitespace-separated words; stops counting past the limit. */
    public static boolean atMost(String text, int limit) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words <= limit; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words <= limit;
    }

    /** The words of {@code text}: runs between blanks that hold a letter or digit, so a lone dash is none. */
    public static int count(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
                counted = false;
                continue;
            }
            inWord = true;
            if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }
}
