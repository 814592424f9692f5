package io.github.copydesk.rule;

import java.util.Map;

/**
 * What a check reports: the source offsets it found wrong, the problem in its own words
 * ({@code detail}) and any values the rule's message template may use besides
 * {@code ${detail}} and {@code ${match}}. {@code ceiling}, when set, is the most serious level the
 * finding may have: a check that reports a lesser problem besides its main one (a credit naming
 * an agency outside the allowed list) caps it, and a rule set to a lower level lowers it further.
 */
public record Violation(int sourceStart, int sourceEnd, String detail, Map<String, String> values, Severity ceiling) {
    /** The value a check sets to propose a replacement for the violating text; reports show it. */
    public static final String SUGGESTION = "suggestion";

    public Violation(int sourceStart, int sourceEnd, String detail) {
        this(sourceStart, sourceEnd, detail, Map.of(), null);
    }

    public Violation(int sourceStart, int sourceEnd, String detail, Map<String, String> values) {
        this(sourceStart, sourceEnd, detail, values, null);
    }

    public Violation {
        values = Map.copyOf(values);
    }

    /** The level of the finding for a rule at {@code ruleSeverity}: the rule's, or the ceiling when that is lower. */
    public Severity severityUnder(Severity ruleSeverity) {
        return ceiling != null && ruleSeverity.atLeast(ceiling) ? ceiling : ruleSeverity;
    }
}
