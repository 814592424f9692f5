package io.github.copydesk.rule;

import java.util.Optional;

/**
 * A mechanical repair a check proposes for its violation: replace the text between two offsets
 * of the article's text (line ends read as {@code \n}) by {@code replacement}, which uses
 * {@code \n} for line ends too. A violation without a fix is one that needs an editor.
 */
public record Fix(int start, int end, String replacement) {

    public Fix {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A fix must cover a range: " + start + ".." + end);
        }
    }

    /**
     * The removal of the whole lines from {@code start} to {@code end} together with the blank lines
     * that would be left doubled, so the paragraphs around close up as if the lines had never been
     * there; none when the lines hold anything else (a list marker, a quote mark, other text).
     */
    public static Optional<Fix> removingLines(String text, int start, int end) {
        int lineStart = start;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        int lineEnd = end;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
            lineEnd++;
        }
        if (!text.substring(lineStart, start).isBlank() || !text.substring(end, lineEnd).isBlank()) {
            return Optional.empty();
        }
        int after = skipBlankLines(text, lineEnd);
        if (after < text.length()) {
            return Optional.of(new Fix(lineStart, after, ""));
        }
        // Nothing follows: drop the blank lines before instead, and keep the file's last line end as it was.
        int contentEnd = lineStart;
        while (contentEnd > 0 && Character.isWhitespace(text.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        String tail = contentEnd > 0 && text.endsWith("\n") ? "\n" : "";
        return Optional.of(new Fix(contentEnd, text.length(), tail));
    }

    /** The offset past {@code lineEnd}'s line end and any blank lines after it. */
    private static int skipBlankLines(String text, int lineEnd) {
        int position = Math.min(text.length(), lineEnd + 1);
        int next = position;
        while (next < text.length()) {
            int end = text.indexOf('\n', next);
            int stop = end < 0 ? text.length() : end;
            if (!text.substring(next, stop).isBlank()) {
                break;
            }
            next = end < 0 ? text.length() : end + 1;
            position = next;
        }
        return position;
    }
}
