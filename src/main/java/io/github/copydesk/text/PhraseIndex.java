package io.github.copydesk.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A list of words and phrases ({@code said}, {@code according to}, {@code Getty Images}) found as
 * whole words in any case. The text is read word by word and each run of words is looked up, so
 * the cost grows with the text and not with the list: one regular expression of a hundred
 * alternatives, tried at every character, made long lines slow.
 */
public final class PhraseIndex {
    /** A phrase found at {@code [start, end)}, as the list spells it. */
    public record Match(int start, int end, String phrase) {
    }

    private final Map<String, String> byKey = new HashMap<>();
    /** The first word of every phrase: a word that is none of them starts no phrase, and most words are none. */
    private final Set<String> firstWords = new HashSet<>();
    private final int maxWords;

    public PhraseIndex(List<String> phrases) {
        int longest = 1;
        for (String phrase : phrases) {
            List<int[]> words = words(phrase, 0, phrase.length());
            if (words.isEmpty()) {
                continue;
            }
            byKey.putIfAbsent(key(phrase, words, 0, words.size()), phrase.strip());
            firstWords.add(key(phrase, words, 0, 1));
            longest = Math.max(longest, words.size());
        }
        this.maxWords = longest;
    }

    /** Every phrase in {@code [from, to)} of {@code text}, the longest at each word, in order. */
    public List<Match> find(String text, int from, int to) {
        List<int[]> words = words(text, from, to);
        List<Match> found = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            if (!firstWords.contains(key(text, words, w, 1))) {
                continue;
            }
            for (int n = Math.min(maxWords, words.size() - w); n >= 1; n--) {
                if (n > 1 && !blanksBetween(text, words, w, n)) {
                    continue;
                }
                String phrase = byKey.get(key(text, words, w, n));
                if (phrase != null) {
                    found.add(new Match(words.get(w)[0], words.get(w + n - 1)[1], phrase));
                    break;
                }
            }
        }
        return found;
    }

    /** The phrase that is the whole of {@code text}, apart from blanks around it. */
    public boolean isWhole(String text) {
        List<int[]> words = words(text, 0, text.length());
        return !words.isEmpty() && words.size() <= maxWords && blanksBetween(text, words, 0, words.size())
                && byKey.containsKey(key(text, words, 0, words.size()));
    }

    private static boolean blanksBetween(String text, List<int[]> words, int first, int count) {
        for (int w = first; w < first + count - 1; w++) {
            for (int i = words.get(w)[1]; i < words.get(w + 1)[0]; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String key(String text, List<int[]> words, int first, int count) {
        StringBuilder key = new StringBuilder();
        for (int w = first; w < first + count; w++) {
            if (w > first) {
                key.append(' ');
            }
            key.append(text, words.get(w)[0], words.get(w)[1]);
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** Runs of letters, figures, marks, apostrophes, hyphens and underscores: "country’s" and "EPA-EFE" are one word. */
    private static List<int[]> words(String text, int from, int to) {
        List<int[]> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i});
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '’' || c == '\'' || c == '-' || c == '_';
    }
}
