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
 * a text, with an Aho–Corasick automaton: the time of a pass grows with the text and the matches,
 * not with the length of the list.
 *
 * <p>What it finds is what each word's own {@link UserPattern#matches(String)} finds, word by word:
 * the same matches at the same places. The automaton reads the text as a string of symbols, one
 * per character, and one for each run of the blanks RE2's {@code \s} knows (tab, line feed, form
 * feed, carriage return, space), which is what the {@code \s+} between a phrase's words matches.
 * With {@code ignoreCase}, characters are compared by a case key (lower case of upper case) that
 * puts together every pair RE2 folds together and a few it does not ({@code İ} and {@code i}); a
 * match with a character other than the word's own is kept only when RE2 says the two fold
 * together.
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
    private int[] fail;
    /** The nearest node down the fail links from a node (itself excluded) where a word ends, or -1. */
    private int[] nextEnding;
    /** The first word ending at a node, or -1; {@link #sameEnding} goes on to the next. */
    private int[] ending;
    private final int[] sameEnding;
    private int nodes = 1;

    private WordList(List<UserPattern> words) {
        this.words = List.copyOf(words);
        this.ignoreCase = !words.isEmpty() && words.get(0).ignoresCase();
        symbols = new int[words.size()][];
        sameEnding = new int[words.size()];
        int[] parent = new int[16];
        int[] depth = new int[16];
        ending = filled(new int[16]);
        for (int w = 0; w < words.size(); w++) {
            UserPattern word = words.get(w);
            if (word.words().isEmpty() || word.ignoresCase() != ignoreCase) {
                throw new IllegalArgumentException("not a word list: " + word.source());
            }
            symbols[w] = symbolsOf(word.words());
            int node = ROOT;
            for (int symbol : symbols[w]) {
                int next = edges.get(node, key(symbol));
                if (next < 0) {
                    if (nodes == parent.length) {
                        parent = Arrays.copyOf(parent, nodes * 2);
                        depth = Arrays.copyOf(depth, nodes * 2);
                        ending = filled(Arrays.copyOf(ending, nodes * 2), nodes);
                    }
                    next = nodes++;
                    parent[next] = node;
                    depth[next] = depth[node] + 1;
                    edges.put(node, key(symbol), next);
                }
                node = next;
            }
            sameEnding[w] = ending[node];
            ending[node] = w;
        }
        linkFailures(parent, depth);
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
        // Where each symbol of the text starts.
        int[] starts = new int[text.length() + 1];
        int count = 0;
        int state = ROOT;
        Map<Integer, Integer> matchedUpTo = new HashMap<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
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
            starts[count] = start;
            count++;
            int key = key(symbol);
            int next = edges.get(state, key);
            while (next < 0 && state != ROOT) {
                state = fail[state];
                next = edges.get(state, key);
            }
            state = Math.max(next, ROOT);
            for (int node = ending[state] >= 0 ? state : nextEnding[state]; node >= 0; node = nextEnding[node]) {
                for (int w = ending[node]; w >= 0; w = sameEnding[w]) {
                    int first = count - symbols[w].length;
                    int matchStart = starts[first];
                    if (matchStart < matchedUpTo.getOrDefault(w, 0) || !UserPattern.boundary(text, matchStart)
                            || !UserPattern.boundary(text, i) || !sameLetters(symbols[w], text, first, starts)) {
                        continue;
                    }
                    matchedUpTo.put(w, i);
                    String matched = text.substring(matchStart, i);
                    found.add(new Found(w, new UserPattern.Match(matchStart, i, matched, matched)));
                }
            }
        }
        // Found in the order of their ends, which for one word is also the order of their starts.
        found.sort(Comparator.comparingInt(Found::index));
        return found;
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
     * Whether the text from symbol {@code first} has the word's own characters, or ones RE2 folds
     * together with them; the keys being equal, only characters that differ need asking.
     */
    private boolean sameLetters(int[] word, String text, int first, int[] starts) {
        if (!ignoreCase) {
            return true;
        }
        for (int k = 0; k < word.length; k++) {
            int own = word[k];
            if (own == BLANKS) {
                continue;
            }
            int seen = text.codePointAt(starts[first + k]);
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

    private void linkFailures(int[] parent, int[] depth) {
        fail = new int[nodes];
        nextEnding = new int[nodes];
        nextEnding[ROOT] = -1;
        Integer[] byDepth = new Integer[nodes];
        for (int n = 0; n < nodes; n++) {
            byDepth[n] = n;
        }
        int[] depths = depth;
        Arrays.sort(byDepth, Comparator.comparingInt(n -> depths[n]));
        int[] symbolInto = new int[nodes];
        edges.forEach((from, symbol, to) -> symbolInto[to] = symbol);
        for (int n : byDepth) {
            if (n == ROOT) {
                continue;
            }
            int p = parent[n];
            int f = ROOT;
            if (p != ROOT) {
                int state = fail[p];
                int next = edges.get(state, symbolInto[n]);
                while (next < 0 && state != ROOT) {
                    state = fail[state];
                    next = edges.get(state, symbolInto[n]);
                }
                f = Math.max(next, ROOT);
            }
            fail[n] = f;
            nextEnding[n] = ending[f] >= 0 ? f : nextEnding[f];
        }
    }

    private static int[] filled(int[] array) {
        return filled(array, 0);
    }

    private static int[] filled(int[] array, int from) {
        Arrays.fill(array, from, array.length, -1);
        return array;
    }

    /** The automaton's edges: (node, symbol) to node, in one open-addressed table. */
    private static final class Edges {
        private long[] keys = new long[64];
        private int[] targets = new int[64];
        private int size;

        interface Visitor {
            void edge(int from, int symbol, int to);
        }

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

        void forEach(Visitor visitor) {
            for (int slot = 0; slot < keys.length; slot++) {
                if (targets[slot] != 0) {
                    visitor.edge((int) (keys[slot] >>> 32), (int) keys[slot], targets[slot]);
                }
            }
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
