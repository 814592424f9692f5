package io.github.copydesk.maven;

import io.github.copydesk.config.Baseline;
import io.github.copydesk.config.ProjectPaths;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.engine.LintResult;
import io.github.copydesk.report.ConsoleReport;
import io.github.copydesk.report.Report;
import io.github.copydesk.report.ReportFormat;
import io.github.copydesk.report.ReportPublisher;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of the goals that report a run's findings and decide whether the build passes
 * ({@code check}, and {@code merge} for the shards of a run), and how they do it: the console,
 * the report files, then the decision.
 */
abstract class AbstractReportingMojo extends AbstractCopydeskMojo {

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

    /**
     * Report formats, comma separated: {@code json}, {@code checkstyle}, {@code sarif}, {@code junit},
     * {@code html}, {@code codequality} (each one file in {@code outputDirectory}) and {@code github}
     * (workflow commands on standard output). The console is always on unless the list says {@code -console}.
     */
    @Parameter(property = "copydesk.outputFormats", defaultValue = "console")
    String outputFormats;

    /** Folder the report files are written to. */
    @Parameter(property = "copydesk.outputDirectory", defaultValue = "${project.build.directory}/copydesk")
    File outputDirectory;

    /** The lowest level that counts as a violation. */
    protected Severity threshold() throws MojoExecutionException {
        return threshold(violationSeverity);
    }

    protected Set<ReportFormat> formats() throws MojoExecutionException {
        try {
            return ReportFormat.parseList(outputFormats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /**
     * Logs {@code result}, writes {@code report} (its report) in {@code formats}, and fails the
     * build when the violations are more than those allowed.
     */
    protected void report(Report report, LintResult result, Set<ReportFormat> formats, Path base)
            throws MojoExecutionException, MojoFailureException {
        long violations = result.count(report.violationSeverity());
        String summary = ConsoleReport.summary(violations, result.findings().size() - violations);
        log(result, formats.contains(ReportFormat.CONSOLE), violations, summary);
        logAccepted(result);
        // Written before the build fails, so that CI can collect them from a failed build.
        publish(report, formats, base);
        if (failOnViolation && violations > maxAllowedViolations) {
            throw new MojoFailureException(summary);
        }
    }

    /** How many findings were accepted, and the baseline entries that no finding matches any more. */
    private void logAccepted(LintResult result) {
        Log log = getLog();
        long suppressed = result.count(SuppressedFinding.Kind.INLINE)
                + result.count(SuppressedFinding.Kind.SUPPRESSIONS_FILE);
        if (suppressed > 0) {
            log.info(ConsoleReport.suppressedSummary(suppressed));
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

    private void publish(Report report, Set<ReportFormat> formats, Path base) throws MojoExecutionException {
        Path folder = ProjectPaths.resolve(base, outputDirectory.getPath());
        try {
            ReportPublisher publisher = new ReportPublisher(folder, ProcessStandardOutput.open(), githubStepSummary());
            for (Path written : publisher.publish(report, formats)) {
                getLog().info("copydesk report: " + written);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the copydesk reports to " + folder + ": " + e, e);
        }
    }

    /** The job summary file GitHub Actions names for the step, when the build runs in one. */
    private static Optional<Path> githubStepSummary() {
        String file = System.getenv("GITHUB_STEP_SUMMARY");
        return file == null || file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
    }

    private void log(LintResult result, boolean console, long violations, String summary) {
        Log log = getLog();
        if (console && logViolationsToConsole) {
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
