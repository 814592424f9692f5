package io.github.copydesk.engine;

import io.github.copydesk.config.Baseline;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.util.List;

/**
 * What a run found, in report order (path, line, column, rule), and how many files it read.
 * {@code findings} are the active ones, which the console shows and the build counts;
 * {@code suppressed} are those an inline comment, the suppressions file or the baseline
 * accepted, with the reason, for reports that mark them; {@code fixedBaselineEntries} are
 * entries of the baseline for files checked in this run that no finding matches any more.
 */
public record LintResult(List<Finding> findings, List<SuppressedFinding> suppressed,
        List<Baseline.Entry> fixedBaselineEntries, int filesChecked) {

    public LintResult(List<Finding> findings, int filesChecked) {
        this(findings, List.of(), List.of(), filesChecked);
    }

    public LintResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        fixedBaselineEntries = List.copyOf(fixedBaselineEntries);
    }

    /** Findings as serious as {@code threshold} or more. */
    public long count(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }

    public long count(SuppressedFinding.Kind kind) {
        return suppressed.stream().filter(s -> s.kind() == kind).count();
    }
}
