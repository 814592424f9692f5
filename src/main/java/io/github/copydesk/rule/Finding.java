package io.github.copydesk.rule;

import java.util.Comparator;

/**
 * One violation, located in the original file: 1-based lines and columns, the end exclusive.
 * {@code excerpt} is the offending text, shortened for display.
 */
public record Finding(
        String path, int line, int column, int endLine, int endColumn,
        String ruleId, Severity severity, String message, String excerpt) implements Comparable<Finding> {

    /** The stable report order: path, line, column, rule. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
