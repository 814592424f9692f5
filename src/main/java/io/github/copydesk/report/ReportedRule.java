package io.github.copydesk.report;

import io.github.copydesk.rule.Severity;

/** A rule as reports describe it: its id, its level in this run, and what it checks. */
public record ReportedRule(String id, Severity severity, String description) {
    public ReportedRule {
        description = description == null ? "" : description.strip();
    }
}
