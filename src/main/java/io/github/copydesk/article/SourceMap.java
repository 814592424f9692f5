package io.github.copydesk.article;

import java.util.Arrays;

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

    /** Collects the places in the source of the pieces a block's text is made of, in order. */
    public static final class Builder {
        private int[] textStarts = new int[8];
        private int[] sourceStarts = new int[8];
        private int[] lengths = new int[8];
        private int count;
        private int length;

        /** Adds the text's next {@code pieceLength} characters, which stand at {@code sourceStart} in the source. */
        public Builder add(int sourceStart, int pieceLength) {
            if (pieceLength > 0) {
                if (count == lengths.length) {
                    textStarts = Arrays.copyOf(textStarts, count * 2);
                    sourceStarts = Arrays.copyOf(sourceStarts, count * 2);
                    lengths = Arrays.copyOf(lengths, count * 2);
                }
                textStarts[count] = length;
                sourceStarts[count] = sourceStart;
                lengths[count] = pieceLength;
                count++;
                length += pieceLength;
            }
            return this;
        }

        public int length() {
            return length;
        }

        public SourceMap build() {
            if (count == 0) {
                return contiguous(0, 0);
            }
            return new SourceMap(Arrays.copyOf(textStarts, count), Arrays.copyOf(sourceStarts, count),
                    Arrays.copyOf(lengths, count));
        }
    }
}
