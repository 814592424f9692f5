package io.github.copydesk.text;

import java.util.List;

/**
 * Case folding as Java's patterns compare text under {@code (?iu)}: a character stands for its
 * upper case's lower case. A word that is not in a text's folded form cannot be matched there by
 * such a pattern, which makes a search for a few plain words a sound and cheap test before a
 * costly pattern.
 */
public final class CaseFolding {
    private CaseFolding() {
    }

    /** {@code text[start, end)}, folded. */
    public static String fold(CharSequence text, int start, int end) {
        StringBuilder folded = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII folds to ASCII lower case; the general path below costs a table look-up per character.
                folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                i++;
            } else {
                int codePoint = Character.codePointAt(text, i);
                folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(codePoint)));
                i += Character.charCount(codePoint);
            }
        }
        return folded.toString();
    }

    public static String fold(CharSequence text) {
        return fold(text, 0, text.length());
    }

    /**
     * {@code word} folded, for {@link #containsAny}; empty, which every text contains, for the odd
     * word whose folded form folds again to something else, as no plain search can stand for it.
     */
    public static String foldedWord(String word) {
        String folded = fold(word);
        return folded.equals(fold(folded)) ? folded : "";
    }

    /** Whether {@code text[start, end)}, folded, contains one of {@code foldedWords}. */
    public static boolean containsAny(CharSequence text, int start, int end, List<String> foldedWords) {
        if (foldedWords.isEmpty()) {
            return false;
        }
        String folded = fold(text, start, end);
        for (String word : foldedWords) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
