package io.github.copydesk.report;

/**
 * Text made literal for Markdown (GitHub's flavour), so article text, messages and paths read as
 * written: markup characters are escaped, and a line break becomes a space where the text must
 * stay on one line, as in a table cell or a list item.
 */
final class MarkdownText {
    private static final String ALWAYS = "\\`*_[]<>|~&";
    private static final String AT_LINE_START = "#+-";

    private MarkdownText() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
            if (ALWAYS.indexOf(c) >= 0 || lineStart && AT_LINE_START.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** {@link #escape escaped}, on one line. */
    static String inline(String text) {
        return escape(text.replaceAll("\\s*\\R\\s*", " ").strip());
    }
}
