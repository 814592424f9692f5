package io.github.copydesk.rule;

import com.google.re2j.Pattern;
import io.github.copydesk.article.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words and phrases of one rule ({@link UserPattern#token tokens}), all found in one pass over
 * a text: a trie of the words is walked from each place in the text where a word may start, so the
 * time of a pass grows with the text and the depth of the walks, not with the length of the list.
 *
 * <p>What it finds is what each word's own {@link UserPattern#matches(String)} finds, word by word:
 * the same matches at the same places. A word matches only as a whole word, so a walk starts only
 * where a word may: where the character before is not a letter or digit, or the character itself is
 * not one. The trie reads the text as a string of symbols, one per character, and one for each run
 * of the blanks RE2's {@code \s} knows (tab, line feed, form feed, carriage return, space), which is
 * what the {@code \s+} between a phrase's words matches. With {@code ignoreCase}, characters are
 * compared by a case key (lower case of upper case) that puts together every pair RE2 folds
 * together and a few it does not ({@code İ} and {@code i}); a match with a character other than
 * the word's own is kept only when RE2 says the two fold together.
 */
public final class WordList {
    private static final int BLANKS = -1;
    private static final int ROOT = 0;
    private static final Map<Long, Boolean> FOLDS = new ConcurrentHashMap<>();

    private final List<UserPattern> words;
    private final boolean ignoreCase;
    /** Each word's code points as written, {@link #BLANKS} between the words of a phrase. */
    private final int[][] symbols;
    private final Edges edges = new Edges();
    /** The first word ending at a node, or -1; {@link #sameEnding} goes on to the next. */
    private int[] ending;
    private final int[] sameEnding;
    private int longest;

    private WordList(List<UserPattern> words) {
        this.words = List.copyOf(words);
        this.ignoreCase = !words.isEmpty() && words.get(0).ignoresCase();
        symbols = new int[words.size()][];
        sameEnding = new int[words.size()];
        ending = filled(new int[16], 0);
        int nodes = 1;
        for (int w = 0; w < words.size(); w++) {
            UserPattern word = words.get(w);
            if (word.words().isEmpty() || word.ignoresCase() != ignoreCase) {
                throw new IllegalArgumentException("not a word list: " + word.source());
            }
            symbols[w] = symbolsOf(word.words());
            longest = Math.max(longest, symbols[w].length);
            int node = ROOT;
            for (int symbol : symbols[w]) {
                int next = edges.get(node, key(symbol));
                if (next < 0) {
                    if (nodes == ending.length) {
                        ending = filled(Arrays.copyOf(ending, nodes * 2), nodes);
                    }
                    next = nodes++;
                    edges.put(node, key(symbol), next);
                }
                node = next;
            }
            sameEnding[w] = ending[node];
            ending[node] = w;
        }
    }

    /** The words of {@code words}, all {@link UserPattern#token tokens} with the same case rule. */
    public static WordList of(List<UserPattern> words) {
        return new WordList(words);
    }

    /** How many words the list has. */
    public int size() {
        return words.size();
    }

    /** Word {@code index}, in the order given. */
    public UserPattern word(int index) {
        return words.get(index);
    }

    /**
     * Every match of every word in {@code text}: for each word, in the order given, what its
     * {@link UserPattern#matches(String)} finds, in that order.
     */
    public List<Found> matches(String text) {
        List<Found> found = new ArrayList<>();
        if (words.isEmpty()) {
            return found;
        }
        // Where each symbol of the walk starts, and where the last one ends.
        int[] starts = new int[longest + 1];
        Map<Integer, Integer> matchedUpTo = new HashMap<>();
        int length = text.length();
        boolean afterWordChar = false;
        int from = 0;
        while (from < length) {
            int first = text.codePointAt(from);
            boolean wordChar = UserPattern.isWordChar(first);
            if (!(afterWordChar && wordChar) && !isBlank(text.charAt(from))) {
                walk(text, from, starts, matchedUpTo, found);
            }
            afterWordChar = wordChar;
            from += Character.charCount(first);
        }
        found.sort(Comparator.comparingInt(Found::index));
        return found;
    }

    /** The words that start at {@code from}, each after its last match ends. */
    private void walk(String text, int from, int[] starts, Map<Integer, Integer> matchedUpTo, List<Found> found) {
        int state = ROOT;
        int i = from;
        for (int count = 0; count < longest && i < text.length(); count++) {
            starts[count] = i;
            int symbol;
            if (isBlank(text.charAt(i))) {
                while (i < text.length() && isBlank(text.charAt(i))) {
                    i++;
                }
                symbol = BLANKS;
            } else {
                symbol = text.codePointAt(i);
                i += Character.charCount(symbol);
            }
            state = edges.get(state, key(symbol));
            if (state < 0) {
                return;
            }
            for (int w = ending[state]; w >= 0; w = sameEnding[w]) {
                if (from >= matchedUpTo.getOrDefault(w, 0) && UserPattern.boundary(text, i)
                        && sameLetters(symbols[w], text, starts)) {
                    matchedUpTo.put(w, i);
                    String matched = text.substring(from, i);
                    found.add(new Found(w, new UserPattern.Match(from, i, matched, matched)));
                }
            }
        }
    }

    /** Every match in {@code blocks}: for each word, in the order given, its hits block by block. */
    public List<FoundHit> hits(List<Block> blocks) {
        List<FoundHit> hits = new ArrayList<>();
        for (Block block : blocks) {
            for (Found found : matches(block.text())) {
                hits.add(new FoundHit(found.index(), new UserPattern.Hit(block, found.match())));
            }
        }
        hits.sort(Comparator.comparingInt(FoundHit::index));
        return hits;
    }

    /** A match of word {@code index}. */
    public record Found(int index, UserPattern.Match match) {
    }

    /** A hit of word {@code index}. */
    public record FoundHit(int index, UserPattern.Hit hit) {
    }

    /**
     * Whether the text walked ({@code starts}) has the word's own characters, or ones RE2 folds
     * together with them; the keys being equal, only characters that differ need asking.
     */
    private boolean sameLetters(int[] word, String text, int[] starts) {
        if (!ignoreCase) {
            return true;
        }
        for (int k = 0; k < word.length; k++) {
            int own = word[k];
            if (own == BLANKS) {
                continue;
            }
            int seen = text.codePointAt(starts[k]);
            if (own != seen && (own >= 128 || seen >= 128) && !foldTogether(own, seen)) {
                return false;
            }
        }
        return true;
    }

    private static boolean foldTogether(int own, int seen) {
        return FOLDS.computeIfAbsent(((long) own << 32) | seen, pair -> Pattern
                .compile(Re2CaseFolding.literal(Character.toString(own), true), Pattern.CASE_INSENSITIVE)
                .matches(Character.toString(seen)));
    }

    private int key(int symbol) {
        return ignoreCase && symbol != BLANKS ? caseKey(symbol) : symbol;
    }

    /** Characters RE2 matches together with {@code ignoreCase} have the same key. */
    static int caseKey(int codePoint) {
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    /** The blanks of RE2's {@code \s}. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static int[] symbolsOf(List<String> phrase) {
        int[] all = new int[0];
        for (String word : phrase) {
            int[] codePoints = word.codePoints().toArray();
            int at = all.length;
            all = Arrays.copyOf(all, at + (at == 0 ? 0 : 1) + codePoints.length);
            if (at > 0) {
                all[at++] = BLANKS;
            }
            System.arraycopy(codePoints, 0, all, at, codePoints.length);
        }
        return all;
    }

    private static int[] filled(int[] array, int from) {
        Arrays.fill(array, from, array.length, -1);
        return array;
    }

    /** The trie's edges: (node, symbol) to node, in one open-addressed table. */
    private static final class Edges {
        private long[] keys = new long[64];
        private int[] targets = new int[64];
        private int size;

        int get(int node, int symbol) {
            long key = pack(node, symbol);
            int mask = keys.length - 1;
            for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
                if (targets[slot] == 0) {
                    return -1;
                }
                if (keys[slot] == key) {
                    return targets[slot];
                }
            }
        }

        void put(int node, int symbol, int target) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            insert(pack(node, symbol), target);
            size++;
        }

        /** Targets are never the root, so 0 marks an empty slot. */
        private void insert(long key, int target) {
            int mask = keys.length - 1;
            int slot = slot(key, mask);
            while (targets[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            targets[slot] = target;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldTargets = targets;
            keys = new long[oldKeys.length * 2];
            targets = new int[oldKeys.length * 2];
            for (int slot = 0; slot < oldKeys.length; slot++) {
                if (oldTargets[slot] != 0) {
                    insert(oldKeys[slot], oldTargets[slot]);
                }
            }
        }

        private static long pack(int node, int symbol) {
            return ((long) node << 32) | (symbol & 0xffffffffL);
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29)) & mask;
        }
    }
}
