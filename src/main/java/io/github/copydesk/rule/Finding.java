package io.github.copydesk.rule;

import java.util.Comparator;
import java.util.Optional;

/**
 * One violation, located in the original file: 1-based lines and columns, the end exclusive.
 * {@code matched} is the offending text as it stands in the file, {@code excerpt} the same text
 * shortened for display, and {@code suggestion} the replacement a rule proposes, empty when it
 * proposes none. {@code fix} is the repair {@code copydesk:fix} may make, in offsets of the
 * article's text with line ends read as {@code \n}.
 */
public record Finding(
        String path, int line, int column, int endLine, int endColumn,
        String ruleId, Severity severity, String message, String matched, String excerpt, String suggestion,
        Optional<Fix> fix)
        implements Comparable<Finding> {

    /** The stable report order: path, line, column, rule. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /** A finding no check can repair. */
    public Finding(String path, int line, int column, int endLine, int endColumn, String ruleId, Severity severity,
            String message, String matched, String excerpt, String suggestion) {
        this(path, line, column, endLine, endColumn, ruleId, severity, message, matched, excerpt, suggestion,
                Optional.empty());
    }

    public boolean isFixable() {
        return fix.isPresent();
    }

    public boolean hasSuggestion() {
        return !suggestion.isEmpty();
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
