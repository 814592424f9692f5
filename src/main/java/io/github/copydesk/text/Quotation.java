package io.github.copydesk.text;

/**
 * A direct quotation in one block of text: its opening mark at {@code open}, its content up to
 * {@code end}, where the closing mark stands when {@code closed}. An unclosed quotation runs to
 * the end of the text, as a quote does that goes on in the next paragraph.
 */
public record Quotation(int open, int end, boolean closed) {

    public int contentStart() {
        return open + 1;
    }

    /** Offset just past the closing mark, or the end of the content when there is none. */
    public int outerEnd() {
        return closed ? end + 1 : end;
    }
}
