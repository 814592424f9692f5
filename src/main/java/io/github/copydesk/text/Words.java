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
}
