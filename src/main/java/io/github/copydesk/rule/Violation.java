package io.github.copydesk.rule;

import java.util.Map;

/**
 * What a check reports: the source offsets it found wrong, the problem in its own words
 * ({@code detail}) and any values the rule's message template may use besides
 * {@code ${detail}} and {@code ${match}}.
 */
public record Violation(int sourceStart, int sourceEnd, String detail, Map<String, String> values) {
    /** The value a check sets to propose a replacement for the violating text; reports show it. */
    public static final String SUGGESTION = "suggestion";

    public Violation(int sourceStart, int sourceEnd, String detail) {
        this(sourceStart, sourceEnd, detail, Map.of());
    }

    public Violation {
        values = Map.copyOf(values);
    }
}
