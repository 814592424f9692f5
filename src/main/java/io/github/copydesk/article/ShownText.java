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
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[32];
    /** A blank that shows only if something visible follows it on the line, and where it was. */
    private boolean pendingSpace;
    private int pendingSpaceAt;

    /**
     * Appends decoded text whose characters stand at {@code sourceOffsets}; {@code preformatted}
     * text (in {@code <pre>}) keeps its blanks and line ends, as a browser shows them.
     */
    void append(String decoded, int[] sourceOffsets, boolean preformatted) {
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (preformatted) {
                add(c == '\t' || c == '\f' ? ' ' : c, sourceOffsets[i]);
            } else if (isHtmlWhitespace(c)) {
                if (!pendingSpace && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    pendingSpace = true;
                    pendingSpaceAt = sourceOffsets[i];
                }
            } else {
                add(c, sourceOffsets[i]);
            }
        }
    }

    /** A {@code <br>} at {@code sourceOffset}: the blank before it does not show. */
    void lineBreak(int sourceOffset) {
        pendingSpace = false;
        add('\n', sourceOffset);
    }

    int length() {
        return text.length();
    }

    /** The text shown from {@code from} on, as it stands now. */
    String textFrom(int from) {
        return text.substring(Math.min(from, text.length()));
    }

    boolean isBlank() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The block, its text trimmed; an empty one points at {@code emptyAt}. */
    Block toBlock(BlockKind kind, List<Link> links, int emptyAt) {
        int from = 0;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int to = text.length();
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return new Block(kind, "", SourceMap.contiguous(emptyAt, 0), links);
        }
        SourceMap.Builder map = new SourceMap.Builder();
        int runStart = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || offsets[i] != offsets[i - 1] + 1) {
                map.append(text.substring(runStart, i), offsets[runStart]);
                runStart = i;
            }
        }
        return new Block(kind, map.text(), map.build(), links);
    }

    private void add(char c, int sourceOffset) {
        if (pendingSpace) {
            pendingSpace = false;
            add(' ', pendingSpaceAt);
        }
        if (text.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = sourceOffset;
        text.append(c);
    }

    /** The blanks HTML collapses: a no-break space is not one of them. */
    private static boolean isHtmlWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
