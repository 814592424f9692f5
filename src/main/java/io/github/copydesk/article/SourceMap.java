package io.github.copydesk.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps an index in a block's text back to an offset in the article's original text. A block's
 * text is built from pieces of the source (Markdown drops its markup, for instance); each piece
 * is recorded as one segment, so the mapping stays exact inside every piece.
 */
public final class SourceMap {
    private final int[] textStarts;
    private final int[] sourceStarts;
    private final int[] lengths;

    private SourceMap(int[] textStarts, int[] sourceStarts, int[] lengths) {
        this.textStarts = textStarts;
        this.sourceStarts = sourceStarts;
        this.lengths = lengths;
    }

    /** A text copied unchanged from the source, starting at {@code sourceStart}. */
    public static SourceMap contiguous(int sourceStart, int length) {
        return new SourceMap(new int[] {0}, new int[] {sourceStart}, new int[] {length});
    }

    /** Source offset of the character at {@code textIndex}; an index past the end maps past the last piece. */
    public int sourceOffset(int textIndex) {
        int low = 0;
        int high = textStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (textStarts[mid] <= textIndex) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int within = Math.max(0, textIndex - textStarts[low]);
        if (within > lengths[low] && low + 1 < textStarts.length) {
            within = lengths[low];
        }
        return sourceStarts[low] + within;
    }

    /** Collects the pieces of a block's text and their places in the source. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<int[]> segments = new ArrayList<>();

        /** Appends {@code piece}, which stands at {@code sourceStart} in the source. */
        public Builder append(String piece, int sourceStart) {
            if (!piece.isEmpty()) {
                segments.add(new int[] {text.length(), sourceStart, piece.length()});
                text.append(piece);
            }
            return this;
        }

        public int length() {
            return text.length();
        }

        public String text() {
            return text.toString();
        }

        public SourceMap build() {
            if (segments.isEmpty()) {
                return contiguous(0, 0);
            }
            int n = segments.size();
            int[] t = new int[n];
            int[] s = new int[n];
            int[] l = new int[n];
            for (int i = 0; i < n; i++) {
                t[i] = segments.get(i)[0];
                s[i] = segments.get(i)[1];
                l[i] = segments.get(i)[2];
            }
            return new SourceMap(t, s, l);
        }
    }
}
