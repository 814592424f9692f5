package io.github.copydesk.article;

/**
 * Something wrong with a file as input (bad bytes, broken front matter ...), at the 1-based line
 * and column where it went wrong. It is reported as a finding, never thrown at the engine.
 * {@code metadataUnread} is true when the problem left the article's metadata unread, so that
 * nothing can be said of what the metadata holds.
 */
public record InputProblem(String message, int line, int column, boolean metadataUnread) {

    public InputProblem(String message, int line, int column) {
        this(message, line, column, false);
    }

    /** The same problem, marked as one that left the metadata unread. */
    InputProblem leavingMetadataUnread() {
        return new InputProblem(message, line, column, true);
    }
}
