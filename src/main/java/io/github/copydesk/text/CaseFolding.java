package io.github.copydesk.text;

import java.util.List;

/**
 * Case folding as Java's patterns compare text under {@code (?iu)}: a character stands for its
 * upper case's lower case. A word that is not in a text's folded form cannot be matched there by
 * such a pattern, which makes a search for a few plain words a sound and cheap test before a
 * costly pattern.
 */
public final class CaseFolding {
    /** The characters outside ASCII that fold to ASCII letters: dotted and dotless I, long S, the Kelvin sign. */
    static final String FOLDED_INTO_ASCII = "\u0130\u0131\u017F\u212A";

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
        boolean asciiSearch = text instanceof String && isAscii(foldedWords)
                && !holdsAny((String) text, start, end, FOLDED_INTO_ASCII);
        String folded = asciiSearch ? null : fold(text, start, end);
        for (String word : foldedWords) {
            if (asciiSearch ? containsIgnoringAsciiCase((String) text, start, end, word) : folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code word}, ASCII, in {@code text[start, end)} in any case. Folding the text first cost a
     * table look-up and a copy per character; this looks only where the word's first letter is.
     * It holds only where no character of {@link #FOLDED_INTO_ASCII} stands: every other character
     * outside ASCII folds to one outside ASCII, as a test checks for all of Unicode.
     */
    private static boolean containsIgnoringAsciiCase(String text, int start, int end, String word) {
        if (word.isEmpty()) {
            return true;
        }
        char first = word.charAt(0);
        AnyCharSearch firsts = new AnyCharSearch(text, first == Character.toUpperCase(first) ? String.valueOf(first)
                : first + String.valueOf(Character.toUpperCase(first)));
        for (int at = firsts.from(start); at >= 0 && at + word.length() <= end; at = firsts.from(at + 1)) {
            if (text.regionMatches(true, at, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAny(String text, int start, int end, String chars) {
        int at = new AnyCharSearch(text, chars).from(start);
        return at >= 0 && at < end;
    }

    private static boolean isAscii(List<String> words) {
        for (String word : words) {
            for (int i = 0; i < word.length(); i++) {
                if (word.charAt(i) >= 0x80) {
                    return false;
                }
            }
        }
        return true;
    }
}
