package io.github.copydesk.text;

/**
 * Which characters of a paragraph stand inside a direct quotation: between straight double
 * quotes, curly double quotes or guillemets. A quotation still open at the end of the paragraph
 * runs to its end, as AP-style quotes spanning paragraphs do. Single quotes are left alone: they
 * are apostrophes far more often than quotation marks.
 */
public final class QuotedSpans {
    private final String text;
    /** Read on the first question: most paragraphs are never asked about. */
    private boolean[] quoted;

    private QuotedSpans(String text) {
        this.text = text;
    }

    public static QuotedSpans of(String text) {
        return new QuotedSpans(text);
    }

    /** True when the character at {@code index} is inside a quotation. */
    public boolean isQuoted(int index) {
        if (quoted == null) {
            quoted = read(text);
        }
        return index >= 0 && index < quoted.length && quoted[index];
    }

    private static boolean[] read(String text) {
        boolean[] quoted = new boolean[text.length()];
        boolean inside = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inside = !inside;
            } else if (c == '“' || c == '«' || c == '„') {
                inside = true;
            } else if (c == '”' || c == '»') {
                inside = false;
            }
            quoted[i] = inside;
        }
        return quoted;
    }
}
