package io.github.copydesk.rule;

import java.util.Map;
import java.util.Optional;

/**
 * What a check reports: the source offsets it found wrong, the problem in its own words
 * ({@code detail}), any values the rule's message template may use besides {@code ${detail}} and
 * {@code ${match}}, and the mechanical repair, if the check knows a safe one.
 */
public record Violation(int sourceStart, int sourceEnd, String detail, Map<String, String> values, Optional<Fix> fix) {
    /** The value a check sets to propose a replacement for the violating text; reports show it. */
    public static final String SUGGESTION = "suggestion";

    public Violation(int sourceStart, int sourceEnd, String detail) {
        this(sourceStart, sourceEnd, detail, Map.of());
    }

    public Violation(int sourceStart, int sourceEnd, String detail, Map<String, String> values) {
        this(sourceStart, sourceEnd, detail, values, Optional.empty());
    }

    public Violation {
        values = Map.copyOf(values);
    }

    /** The same violation with {@code repair} as its fix, if there is one. */
    public Violation fixedBy(Optional<Fix> repair) {
        return new Violation(sourceStart, sourceEnd, detail, values, repair);
    }
}
