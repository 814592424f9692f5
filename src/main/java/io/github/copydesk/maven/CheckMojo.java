package io.github.copydesk.maven;

import io.github.copydesk.engine.LintResult;
import io.github.copydesk.engine.Linter;
import io.github.copydesk.report.ConsoleReport;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
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

    /**
     * Where findings are kept between runs, so that unchanged articles are not checked again.
     * Default: {@code copydesk-cache} in the build directory ({@code target}) of a project; no
     * cache without a pom, unless one is named here.
     */
    @Parameter(property = "copydesk.cacheFile")
    File cacheFile;

    /** The plugin's own version: a cache file written by another version is not used. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    @Override
    protected Linter linter() {
        Optional<Path> file = cacheFile();
        return file.isEmpty() ? super.linter()
                : super.linter().cachingIn(file.get(), Objects.requireNonNullElse(pluginVersion, ""));
    }

    private Optional<Path> cacheFile() {
        if (cacheFile != null) {
            return Optional.of(baseDirectory().resolve(cacheFile.toPath()));
        }
        if (runsWithoutPom() || project.getBuild() == null || project.getBuild().getDirectory() == null) {
            return Optional.empty();
        }
        return Optional.of(Path.of(project.getBuild().getDirectory(), "copydesk-cache"));
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("copydesk is skipped.");
            return;
        }
        Severity threshold = Severity.parse(violationSeverity).orElseThrow(() -> new MojoExecutionException(
                "violationSeverity: unknown level '" + violationSeverity + "'; use one of " + Severity.ids()));
        Path base = baseDirectory();
        LintResult result = lint(base);
        long violations = result.count(threshold);
        String summary = ConsoleReport.summary(violations, result.findings().size() - violations);
        report(result, violations, summary);
        if (failOnViolation && violations > maxAllowedViolations) {
            throw new MojoFailureException(summary);
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
