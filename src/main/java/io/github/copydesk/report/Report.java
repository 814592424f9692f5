package io.github.copydesk.report;

import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.engine.InputFindings;
import io.github.copydesk.engine.LintRequest;
import io.github.copydesk.engine.LintResult;
import io.github.copydesk.engine.Shard;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.Severity;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every report format is written from: one run's findings in report order, the files it
 * checked (as findings show them, relative to {@code baseDirectory}), the rules with their
 * descriptions, and how the articles were read, so a report can show their text again.
 * {@code suppressed} are the findings an inline comment, the suppressions file or the baseline
 * accepted; formats that can mark them as such (JSON, SARIF) list them, the others leave them out.
 * {@code violationSeverity} is the lowest level that counts as a violation in this run, for formats
 * that tell violations from the other findings (JUnit's failures, GitHub's summary).
 * {@code shard} is the share of the articles the run checked ({@code 2/8}), empty for a whole run.
 */
public record Report(String toolVersion, Path baseDirectory, Charset charset, long maxFileSize,
        List<String> files, List<ReportedRule> rules, List<Finding> findings, List<SuppressedFinding> suppressed,
        Severity violationSeverity, Optional<Shard> shard) {

    /** The description reports give the engine's own rule, which has no rule file. */
    static final String INPUT_RULE_DESCRIPTION = "A file that cannot be checked as it is: unreadable, empty, binary,"
            + " too large, not valid in the configured encoding, in a format copydesk does not read, or with"
            + " broken front matter.";

    /** A report of a run that accepted no finding. */
    public Report(String toolVersion, Path baseDirectory, Charset charset, long maxFileSize, List<String> files,
            List<ReportedRule> rules, List<Finding> findings) {
        this(toolVersion, baseDirectory, charset, maxFileSize, files, rules, findings, List.of());
    }

    /** A report of a run where errors alone are violations, the default. */
    public Report(String toolVersion, Path baseDirectory, Charset charset, long maxFileSize, List<String> files,
            List<ReportedRule> rules, List<Finding> findings, List<SuppressedFinding> suppressed) {
        this(toolVersion, baseDirectory, charset, maxFileSize, files, rules, findings, suppressed, Severity.ERROR);
    }

    /** A report of a whole run, not of a shard. */
    public Report(String toolVersion, Path baseDirectory, Charset charset, long maxFileSize, List<String> files,
            List<ReportedRule> rules, List<Finding> findings, List<SuppressedFinding> suppressed,
            Severity violationSeverity) {
        this(toolVersion, baseDirectory, charset, maxFileSize, files, rules, findings, suppressed, violationSeverity,
                Optional.empty());
    }

    public Report {
        shard = shard == null ? Optional.empty() : shard;
        files = List.copyOf(files);
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        violationSeverity = violationSeverity == null ? Severity.ERROR : violationSeverity;
    }

    /** The report of {@code result}, the outcome of {@code request}, where errors alone are violations. */
    public static Report of(LintRequest request, LintResult result, String toolVersion) {
        return of(request, result, toolVersion, Severity.ERROR);
    }

    /** The report of {@code result}, the outcome of {@code request}, where findings at {@code violationSeverity} or above are violations. */
    public static Report of(LintRequest request, LintResult result, String toolVersion, Severity violationSeverity) {
        List<String> files = request.files().stream()
                .map(file -> DisplayPath.of(request.baseDirectory(), file)).toList();
        List<ReportedRule> rules = new ArrayList<>();
        for (Rule rule : request.ruleSet().rules()) {
            rules.add(new ReportedRule(rule.id(), rule.severity(), rule.description(),
                    rule.examples().flag().stream().map(Rule.Example::text).toList(),
                    rule.examples().pass().stream().map(Rule.Example::text).toList(), rule.origin()));
        }
        rules.add(new ReportedRule(InputFindings.RULE_ID, Severity.ERROR, INPUT_RULE_DESCRIPTION));
        return new Report(toolVersion, request.baseDirectory(), request.charset(), request.maxFileSize(), files,
                rules, result.findings(), result.suppressed(), violationSeverity);
    }

    /** This report as the report of {@code shard} of a run. */
    public Report ofShard(Optional<Shard> shard) {
        return new Report(toolVersion, baseDirectory, charset, maxFileSize, files, rules, findings, suppressed,
                violationSeverity, shard);
    }

    /** The rule a finding names; a rule missing from the set (it cannot be, but a report must not fail) gets a bare entry. */
    public ReportedRule rule(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst()
                .orElseGet(() -> new ReportedRule(id, Severity.ERROR, ""));
    }

    /** The rules findings name, in the order of {@link #rules()}, then any the set does not know. */
    public List<ReportedRule> rulesFound() {
        List<ReportedRule> found = new ArrayList<>();
        for (ReportedRule rule : rules) {
            if (findings.stream().anyMatch(f -> f.ruleId().equals(rule.id()))) {
                found.add(rule);
            }
        }
        findings.stream().map(Finding::ruleId).distinct()
                .filter(id -> found.stream().noneMatch(rule -> rule.id().equals(id)))
                .forEach(id -> found.add(rule(id)));
        return found;
    }

    /** The findings of each file, every checked file included, in report order. */
    public Map<String, List<Finding>> findingsByFile() {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (String file : files) {
            byFile.put(file, new ArrayList<>());
        }
        for (Finding finding : findings) {
            byFile.computeIfAbsent(finding.path(), path -> new ArrayList<>()).add(finding);
        }
        return byFile;
    }

    /** How many findings there are of each severity, every severity present. */
    public Map<Severity, Long> countBySeverity() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, findings.stream().filter(f -> f.severity() == severity).count());
        }
        return counts;
    }

    /** Whether {@code finding} counts as a violation in this run. */
    public boolean isViolation(Finding finding) {
        return finding.severity().atLeast(violationSeverity);
    }

    /** The file behind a path as findings show it. */
    Path file(String displayPath) {
        Path path = Path.of(displayPath);
        return path.isAbsolute() ? path : baseDirectory.resolve(path);
    }
}
