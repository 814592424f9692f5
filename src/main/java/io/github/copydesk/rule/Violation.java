package io.github.copydesk.rule;

import io.github.copydesk.article.Block;
import java.util.Map;
import java.util.Optional;

/**
 * What a check reports: the source offsets it found wrong, the problem in its own words
 * ({@code detail}), any values the rule's message template may use besides {@code ${detail}} and
 * {@code ${match}}, its own level and the mechanical repair, if the check knows a safe one.
 * {@code severity} is null when the finding takes the rule's level, which is what most checks
 * want; a check whose findings differ in weight (a wrong date is an error, a style point about
 * one is not; a credit naming an agency outside the allowed list is a warning beside a missing
 * credit) sets it.
 */
public record Violation(int sourceStart, int sourceEnd, String detail, Map<String, String> values, Severity severity,
        Optional<Fix> fix) {
    /** The value a check sets to propose a replacement for the violating text; reports show it. */
    public static final String SUGGESTION = "suggestion";

    public Violation(int sourceStart, int sourceEnd, String detail) {
        this(sourceStart, sourceEnd, detail, Map.of());
    }

    public Violation(int sourceStart, int sourceEnd, String detail, Map<String, String> values) {
        this(sourceStart, sourceEnd, detail, values, null, Optional.empty());
    }

    public Violation(int sourceStart, int sourceEnd, String detail, Map<String, String> values, Severity severity) {
        this(sourceStart, sourceEnd, detail, values, severity, Optional.empty());
    }

    public Violation {
        values = Map.copyOf(values);
    }

    /** A violation over {@code [textStart, textEnd)} of {@code block}'s text. */
    public static Violation in(Block block, int textStart, int textEnd, String detail, Map<String, String> values) {
        int start = block.sourceOffset(textStart);
        int end = textEnd > textStart ? block.sourceOffset(textEnd - 1) + 1 : start;
        return new Violation(start, end, detail, values);
    }

    /** A violation over the whole of {@code block}. */
    public static Violation over(Block block, String detail) {
        return new Violation(block.sourceStart(), block.sourceEnd(), detail);
    }

    /** The level of the finding: its own, else the rule's. */
    public Severity severityOr(Severity ruleSeverity) {
        return severity == null ? ruleSeverity : severity;
    }

    /** The same violation at the rule's level. */
    public Violation withRuleSeverity() {
        return new Violation(sourceStart, sourceEnd, detail, values, null, fix);
    }

    /** The same violation with {@code repair} as its fix, if there is one. */
    public Violation fixedBy(Optional<Fix> repair) {
        return new Violation(sourceStart, sourceEnd, detail, values, severity, repair);
    }
}
