package io.github.copydesk.article;

import java.util.Arrays;
import java.util.List;

/**
 * The text of one HTML block as a browser shows it, built from the pieces the markup leaves: a
 * run of white space, across tags too, is one space, a {@code <br>} a line break with no spaces
 * around it, and a block starts and ends with no blanks. Every character keeps its offset in
 * the source.
 */
final class ShownText {
    /** Nothing is reserved up front: most drafts hold only the blanks between two elements and show nothing. */
    private char[] text = {};
    private int[] offsets = {};
    private int length;
    /** A blank that shows only if something visible follows it on the line, and where it was. */
    private boolean pendingSpace;
    private int pendingSpaceAt;

    /**
     * Appends decoded text whose characters stand at {@code sourceOffsets}; {@code preformatted}
     * text (in {@code <pre>}) keeps its blanks and line ends, as a browser shows them.
     */
    void append(String decoded, int[] sourceOffsets, boolean preformatted) {
        if (length == 0 && !preformatted && isHtmlWhitespace(decoded)) {
            // Blanks before anything shown never show.
            return;
        }
        int n = decoded.length();
        reserve(n + 1);
        // Copied in one go one place past the end, then read from there and written back at the end
        // with its blanks collapsed. Writing never overtakes reading: the space shown for a run of
        // blanks takes the place of the run, and one shown before the first character takes the gap.
        int from = length + 1;
        decoded.getChars(0, n, text, from);
        int to = length;
        for (int i = 0; i < n; i++) {
            char c = text[from + i];
            if (preformatted) {
                c = c == '\t' || c == '\f' ? ' ' : c;
            } else if (isHtmlWhitespace(c)) {
                if (!pendingSpace && to > 0 && text[to - 1] != '\n') {
                    pendingSpace = true;
                    pendingSpaceAt = sourceOffsets[i];
                }
                continue;
            }
            if (pendingSpace) {
                pendingSpace = false;
                text[to] = ' ';
                offsets[to++] = pendingSpaceAt;
            }
            text[to] = c;
            offsets[to++] = sourceOffsets[i];
        }
        length = to;
    }

    /** A {@code <br>} at {@code sourceOffset}: the blank before it does not show. */
    void lineBreak(int sourceOffset) {
        pendingSpace = false;
        reserve(1);
        text[length] = '\n';
        offsets[length++] = sourceOffset;
    }

    int length() {
        return length;
    }

    /** The text shown from {@code from} on, as it stands now. */
    String textFrom(int from) {
        int start = Math.min(from, length);
        return new String(text, start, length - start);
    }

    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    /** The block, its text trimmed; an empty one points at {@code emptyAt}. */
    Block toBlock(BlockKind kind, List<Link> links, int emptyAt) {
        int from = 0;
        while (from < length && Character.isWhitespace(text[from])) {
            from++;
        }
        int to = length;
        while (to > from && Character.isWhitespace(text[to - 1])) {
            to--;
        }
        if (from == to) {
            return new Block(kind, "", SourceMap.contiguous(emptyAt, 0), links);
        }
        SourceMap.Builder map = new SourceMap.Builder();
        int runStart = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || offsets[i] != offsets[i - 1] + 1) {
                map.add(offsets[runStart], i - runStart);
                runStart = i;
            }
        }
        return new Block(kind, new String(text, from, to - from), map.build(), links);
    }

    private void reserve(int more) {
        if (length + more > text.length) {
            int capacity = Math.max(Math.max(text.length * 2, length + more), 64);
            text = Arrays.copyOf(text, capacity);
            offsets = Arrays.copyOf(offsets, capacity);
        }
    }

    private static boolean isHtmlWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isHtmlWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The blanks HTML collapses: a no-break space is not one of them. */
    private static boolean isHtmlWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
