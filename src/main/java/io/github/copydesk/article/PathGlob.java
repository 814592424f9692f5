package io.github.copydesk.article;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.regex.PatternSyntaxException;

/**
 * A glob over relative paths ({@code **}{@code /*.md}, {@code content/archive/**}), where a
 * leading {@code **}{@code /} also matches at the top, as in Ant and Maven patterns.
 */
public final class PathGlob {
    private final String pattern;
    private final PathMatcher matcher;
    private final PathMatcher topLevel;

    private PathGlob(String pattern, PathMatcher matcher, PathMatcher topLevel) {
        this.pattern = pattern;
        this.matcher = matcher;
        this.topLevel = topLevel;
    }

    /** The glob {@code pattern}; one that is not a valid glob is an {@link IllegalArgumentException} naming it. */
    public static PathGlob of(String pattern) {
        String trimmed = pattern.trim();
        return new PathGlob(trimmed, matcher(trimmed), trimmed.startsWith("**/") ? matcher(trimmed.substring(3)) : null);
    }

    public boolean matches(Path relative) {
        return matcher.matches(relative) || topLevel != null && topLevel.matches(relative);
    }

    /** Matches a path as reports show it, with {@code /} separators. */
    public boolean matches(String relativePath) {
        return matches(Path.of(relativePath));
    }

    public String pattern() {
        return pattern;
    }

    private static PathMatcher matcher(String pattern) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (PatternSyntaxException e) {
            // The exception's own message runs over three lines, the pattern and a caret under it.
            throw new IllegalArgumentException("Invalid file pattern '" + pattern + "': " + e.getDescription()
                    + (e.getIndex() < 0 ? "" : " at character " + (e.getIndex() + 1)), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid file pattern '" + pattern + "': " + e.getMessage(), e);
        }
    }
}
