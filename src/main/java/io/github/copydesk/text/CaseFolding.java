package io.github.copydesk.text;

import java.util.Arrays;
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

    /** English letters from the commonest in prose to the rarest. */
    private static final String LETTERS_BY_FREQUENCY = "etaoinsrhldcumfpgwybvkxjqz";

    private CaseFolding() {
    }

    /** {@code text[start, end)}, folded. */
    public static String fold(CharSequence text, int start, int end) {
        // An array, not a StringBuilder: appending a character at a time cost more than folding it.
        char[] folded = new char[end - start];
        int length = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII folds to ASCII lower case; the general path below costs a table look-up per character.
                folded[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                i++;
            } else {
                int codePoint = Character.codePointAt(text, i);
                if (folded.length - length < 2) {
                    folded = Arrays.copyOf(folded, folded.length + 2);
                }
                length += Character.toChars(fold(codePoint), folded, length);
                i += Character.charCount(codePoint);
            }
        }
        return new String(folded, 0, length);
    }

    /** One character, folded: the lower case of its upper case. */
    public static int fold(int codePoint) {
        return Character.toLowerCase(Character.toUpperCase(codePoint));
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
        // One word is looked for where its rarest letter stands; the letters of several words
        // stand nearly everywhere, and folding the window once costs less than looking at each.
        if (foldedWords.size() == 1 && text instanceof String string && isAscii(foldedWords.get(0))
                && !holdsAny(string, start, end, FOLDED_INTO_ASCII)) {
            return containsIgnoringAsciiCase(string, start, end, foldedWords.get(0));
        }
        String folded = fold(text, start, end);
        return foldedWords.stream().anyMatch(folded::contains);
    }

    /**
     * {@code word}, ASCII, in {@code text[start, end)} in any case. Folding the text first cost a
     * table look-up and a copy per character; this looks only where the word's rarest letter
     * stands. It holds only where no character of {@link #FOLDED_INTO_ASCII} stands: every other
     * character outside ASCII folds to one outside ASCII, as a test checks for all of Unicode.
     */
    private static boolean containsIgnoringAsciiCase(String text, int start, int end, String word) {
        if (word.isEmpty()) {
            return true;
        }
        int pivot = rarestLetter(word);
        char letter = word.charAt(pivot);
        char upper = Character.toUpperCase(letter);
        String cases = letter == upper ? String.valueOf(letter) : letter + String.valueOf(upper);
        AnyCharSearch letters = new AnyCharSearch(text, cases);
        for (int at = letters.from(start + pivot); at >= 0 && at - pivot + word.length() <= end; at = letters.from(at + 1)) {
            if (text.regionMatches(true, at - pivot, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Where in {@code word} the letter that prose holds least often stands; 0 for a word without letters. */
    private static int rarestLetter(String word) {
        int rarest = 0;
        int rank = -1;
        for (int i = 0; i < word.length(); i++) {
            int r = LETTERS_BY_FREQUENCY.indexOf(word.charAt(i));
            if (r > rank) {
                rarest = i;
                rank = r;
            }
        }
        return rarest;
    }

    private static boolean holdsAny(String text, int start, int end, String chars) {
        int at = new AnyCharSearch(text, chars).from(start);
        return at >= 0 && at < end;
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
