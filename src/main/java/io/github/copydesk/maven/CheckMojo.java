package io.github.copydesk.maven;

import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.config.Baseline;
import io.github.copydesk.config.BaselineFile;
import io.github.copydesk.config.ConfigurationFileException;
import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.engine.LintResult;
import io.github.copydesk.report.ConsoleReport;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks articles against the editorial rules and fails the build on violations. Runs in a
 * project or, without a pom, on the working directory or on the files named in
 * {@code copydesk.files}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractCopydeskMojo {

    /** Whether violations fail the build. */
    @Parameter(property = "copydesk.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** The lowest severity that counts as a violation: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "copydesk.violationSeverity", defaultValue = "error")
    String violationSeverity;

    /** How many violations are tolerated before the build fails. */
    @Parameter(property = "copydesk.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /** Whether each finding is logged to the console. */
    @Parameter(property = "copydesk.logViolationsToConsole", defaultValue = "true")
    boolean logViolationsToConsole;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("copydesk is skipped.");
            return;
        }
        Severity threshold = Severity.parse(violationSeverity).orElseThrow(() -> new MojoExecutionException(
                "violationSeverity: unknown level '" + violationSeverity + "'; use one of " + Severity.ids()));
        Path base = baseDirectory();
        RuleSet rules = loadRules(base);
        LintResult result = lint(lintRequest(base, selectArticles(base), rules).withBaseline(baseline(base)));
        long violations = result.count(threshold);
        String summary = ConsoleReport.summary(violations, result.findings().size() - violations);
        report(result, violations, summary);
        reportAccepted(result);
        if (failOnViolation && violations > maxAllowedViolations) {
            throw new MojoFailureException(summary);
        }
    }

    /**
     * The baseline that applies: the configured file, which must exist, or the default file when
     * it exists. Malformed is an error either way.
     */
    private Optional<Baseline> baseline(Path base) throws MojoExecutionException {
        Path file = baselinePath(base);
        if (!baselineConfigured() && !Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaselineFile.read(file, DisplayPath.of(base, file)));
        } catch (ConfigurationFileException e) {
            throw new MojoExecutionException("Invalid copydesk baseline:" + System.lineSeparator() + e.getMessage(), e);
        }
    }

    /** How many findings were accepted, and the baseline entries that no finding matches any more. */
    private void reportAccepted(LintResult result) {
        Log log = getLog();
        long inline = result.count(SuppressedFinding.Kind.INLINE) + result.count(SuppressedFinding.Kind.SUPPRESSIONS_FILE);
        if (inline > 0) {
            log.info(ConsoleReport.suppressedSummary(inline));
        }
        long baselined = result.count(SuppressedFinding.Kind.BASELINE);
        if (baselined > 0 || !result.fixedBaselineEntries().isEmpty()) {
            log.info(ConsoleReport.baselinedSummary(baselined));
        }
        if (!result.fixedBaselineEntries().isEmpty()) {
            for (Baseline.Entry entry : result.fixedBaselineEntries()) {
                log.info(ConsoleReport.fixedEntry(entry));
            }
            log.info(ConsoleReport.fixedEntriesSummary(result.fixedBaselineEntries().size()));
        }
    }

    private void report(LintResult result, long violations, String summary) {
        Log log = getLog();
        if (logViolationsToConsole) {
            for (Finding finding : result.findings()) {
                String line = ConsoleReport.line(finding);
                switch (finding.severity()) {
                    case ERROR -> log.error(line);
                    case WARNING -> log.warn(line);
                    case INFO -> log.info(line);
                }
            }
        }
        log.info(result.filesChecked() + (result.filesChecked() == 1 ? " file" : " files") + " checked.");
        if (violations > 0) {
            log.error(summary);
        } else {
            log.info(summary);
        }
    }
}
