package io.github.copydesk.text;

/**
 * Which characters of a paragraph stand inside a direct quotation: between straight double
 * quotes, curly double quotes or guillemets. A quotation still open at the end of the paragraph
 * runs to its end, as AP-style quotes spanning paragraphs do. Single quotes are left alone: they
 * are apostrophes far more often than quotation marks.
 */
public final class QuotedSpans {
    private final boolean[] quoted;

    private QuotedSpans(boolean[] quoted) {
        this.quoted = quoted;
    }

    public static QuotedSpans of(String text) {
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
        return new QuotedSpans(quoted);
    }

    /** True when the character at {@code index} is inside a quotation. */
    public boolean isQuoted(int index) {
        return index >= 0 && index < quoted.length && quoted[index];
    }
}
