package io.github.copydesk.engine;

import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.util.List;

/** What a run found, in report order (path, line, column, rule), and how many files it read. */
public record LintResult(List<Finding> findings, int filesChecked) {
    public LintResult {
        findings = List.copyOf(findings);
    }

    /** Findings as serious as {@code threshold} or more. */
    public long count(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }
}
