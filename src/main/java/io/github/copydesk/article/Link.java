package io.github.copydesk.article;

/**
 * A hyperlink in a block: its target and its visible text, with the source offsets the whole
 * link spans (for Markdown, from the opening bracket to the closing parenthesis).
 */
public record Link(String url, String text, int sourceStart, int sourceEnd) {
}
