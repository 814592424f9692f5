package io.github.copydesk.rule;

import java.util.Comparator;

/**
 * One violation, located in the original file: 1-based lines and columns, the end exclusive.
 * {@code matched} is the offending text as it stands in the file, {@code excerpt} the same text
 * shortened for display, and {@code suggestion} the replacement a rule proposes, empty when it
 * proposes none.
 */
public record Finding(
        String path, int line, int column, int endLine, int endColumn,
        String ruleId, Severity severity, String message, String matched, String excerpt, String suggestion)
        implements Comparable<Finding> {

    /** The stable report order: path, line, column, rule. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public boolean hasSuggestion() {
        return !suggestion.isEmpty();
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
