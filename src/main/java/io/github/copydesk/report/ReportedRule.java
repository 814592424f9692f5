package io.github.copydesk.report;

import io.github.copydesk.rule.Severity;
import java.util.List;

/**
 * A rule as reports describe it: its id, its level in this run, what it checks, the example texts
 * its rule file gives it ({@code flag}: texts it reports, {@code pass}: texts it lets through), and
 * the rule file it comes from as messages show it (empty for the engine's own rules).
 */
public record ReportedRule(String id, Severity severity, String description, List<String> flagExamples,
        List<String> passExamples, String origin) {

    /** A rule known only by its id, level and description. */
    public ReportedRule(String id, Severity severity, String description) {
        this(id, severity, description, List.of(), List.of(), "");
    }

    public ReportedRule {
        description = description == null ? "" : description.strip();
        flagExamples = List.copyOf(flagExamples);
        passExamples = List.copyOf(passExamples);
        origin = origin == null ? "" : origin;
    }
}
