package io.github.copydesk.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private static final int HASH_BITS = 1 << 16;

    private final Map<String, String> byKey = new HashMap<>();
    /**
     * The case-folded hashes of the phrases' first words that are plain ASCII: a word of the text
     * whose hash is not here starts no phrase, and most words start none, so they are passed over
     * without building a key. A word with other letters is always looked up.
     */
    private final BitSet firstWordHashes = new BitSet(HASH_BITS);
    private final int maxWords;

    public PhraseIndex(List<String> phrases) {
        int longest = 1;
        for (String phrase : phrases) {
            WordSpans words = WordSpans.of(phrase, 0, phrase.length());
            if (words.count == 0) {
                continue;
            }
            byKey.putIfAbsent(words.key(phrase, 0, words.count), phrase.strip());
            String first = words.key(phrase, 0, 1);
            firstWordHashes.set(asciiHash(first, 0, first.length()) & (HASH_BITS - 1));
            longest = Math.max(longest, words.count);
        }
        this.maxWords = longest;
    }

    /** Every phrase in {@code [from, to)} of {@code text}, the longest at each word, in order. */
    public List<Match> find(String text, int from, int to) {
        List<Match> found = new ArrayList<>();
        int at = from;
        while (at < to) {
            int start = WordSpans.nextWordStart(text, at, to);
            at = WordSpans.wordEnd(text, start, to);
            if (at == start) {
                break;
            }
            int hash = asciiHash(text, start, at);
            if (hash != NOT_ASCII && !firstWordHashes.get(hash & (HASH_BITS - 1))) {
                continue;
            }
            // Only a word that may open a phrase has the words after it read.
            WordSpans words = WordSpans.of(text, start, to, maxWords);
            for (int n = words.count; n >= 1; n--) {
                if (n > 1 && !words.blanksBetween(text, 0, n)) {
                    continue;
                }
                String phrase = byKey.get(words.key(text, 0, n));
                if (phrase != null) {
                    found.add(new Match(start, words.ends[n - 1], phrase));
                    break;
                }
            }
        }
        return found;
    }

    /** The phrase that is the whole of {@code text}, apart from blanks around it. */
    public boolean isWhole(String text) {
        WordSpans words = WordSpans.of(text, 0, text.length());
        return words.count > 0 && words.count <= maxWords && words.blanksBetween(text, 0, words.count)
                && byKey.containsKey(words.key(text, 0, words.count));
    }

    private static final int NOT_ASCII = Integer.MIN_VALUE;

    /** The hash of {@code [start, end)} in ASCII lower case, or {@link #NOT_ASCII}. */
    private static int asciiHash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return NOT_ASCII;
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return hash == NOT_ASCII ? 0 : hash;
    }

    /** Runs of letters, figures, marks, apostrophes, hyphens and underscores: "country’s" and "EPA-EFE" are one word. */
    private static final class WordSpans {
        private int[] starts;
        private int[] ends;
        private int count;

        private WordSpans(int capacity) {
            starts = new int[capacity];
            ends = new int[capacity];
        }

        static WordSpans of(String text, int from, int to) {
            return of(text, from, to, Integer.MAX_VALUE);
        }

        /** At most {@code limit} words. */
        static WordSpans of(String text, int from, int to, int limit) {
            WordSpans words = new WordSpans(Math.min(limit, Math.max(4, (to - from) / 5)));
            int i = from;
            while (i < to && words.count < limit) {
                int start = nextWordStart(text, i, to);
                i = wordEnd(text, start, to);
                if (i > start) {
                    words.add(start, i);
                }
            }
            return words;
        }

        static int nextWordStart(String text, int from, int to) {
            int i = from;
            while (i < to && !isWordChar(text.charAt(i))) {
                i++;
            }
            return i;
        }

        static int wordEnd(String text, int start, int to) {
            int i = start;
            while (i < to && isWordChar(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private void add(int start, int end) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            count++;
        }

        boolean blanksBetween(String text, int first, int n) {
            for (int w = first; w < first + n - 1; w++) {
                for (int i = ends[w]; i < starts[w + 1]; i++) {
                    if (!Character.isWhitespace(text.charAt(i))) {
                        return false;
                    }
                }
            }
            return true;
        }

        String key(String text, int first, int n) {
            StringBuilder key = new StringBuilder();
            for (int w = first; w < first + n; w++) {
                if (w > first) {
                    key.append(' ');
                }
                key.append(text, starts[w], ends[w]);
            }
            return key.toString().toLowerCase(Locale.ROOT);
        }

        private static boolean isWordChar(char c) {
            if (c < 128) {
                return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '-'
                        || c == '_';
            }
            int type = Character.getType(c);
            return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || c == '’';
        }
    }
}
