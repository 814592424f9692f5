package io.github.copydesk.report;

/**
 * Article text made safe for XML and HTML, in attribute values and element content alike. Besides
 * the markup characters, line ends become character references, so an attribute keeps its
 * newlines, and characters XML 1.0 forbids (control characters an article may carry) become
 * U+FFFD, so a report always parses.
 */
final class MarkupText {
    private MarkupText() {
    }

    static String escape(String text) {
        return escape(text, true);
    }

    /**
     * Text made safe as element content only, never as an attribute value: quotes, which only an
     * attribute value can end, stay as they are, which keeps a page of article text small.
     */
    static String escapeText(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean quotes) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(quotes ? "&quot;" : "\"");
                case '\'' -> escaped.append(quotes ? "&apos;" : "'");
                case '\n' -> escaped.append("&#10;");
                case '\r' -> escaped.append("&#13;");
                case '\t' -> escaped.append("&#9;");
                default -> escaped.appendCodePoint(allowed(c) ? c : 0xFFFD);
            }
            i += Character.charCount(c);
        }
        return escaped.toString();
    }

    /** XML 1.0's Char production. */
    private static boolean allowed(int c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }
}
