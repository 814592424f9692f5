package io.github.copydesk.maven;

import io.github.copydesk.config.RuleConfigurationException;
import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.RuleSetLoader;
import io.github.copydesk.config.RuleSettings;
import io.github.copydesk.engine.FileSelection;
import io.github.copydesk.engine.LintRequest;
import io.github.copydesk.engine.LintResult;
import io.github.copydesk.engine.Linter;
import io.github.copydesk.report.ConsoleReport;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks articles against the editorial rules and fails the build on violations. Runs in a
 * project or, without a pom, on the working directory or on the files named in
 * {@code copydesk.files}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** Skips the check. */
    @Parameter(property = "copydesk.skip", defaultValue = "false")
    boolean skip;

    /**
     * Folders searched for articles. Default: {@code content} in a project, the working
     * directory without a pom.
     */
    @Parameter(property = "copydesk.articleDirectories")
    List<File> articleDirectories;

    /** Glob patterns, relative to each article directory, of the files to check. */
    @Parameter(property = "copydesk.includes", defaultValue = FileSelection.DEFAULT_INCLUDE_PATTERNS)
    List<String> includes;

    /** Glob patterns, relative to each article directory, of files to leave out. */
    @Parameter(property = "copydesk.excludes")
    List<String> excludes;

    /**
     * Files (or folders) to check instead of the article directories, e.g. one article before
     * it is published. Relative paths are resolved against the base directory.
     */
    @Parameter(property = "copydesk.files")
    List<File> files;

    /** Encoding of the article files. */
    @Parameter(property = "copydesk.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    /** Largest file, in bytes, that is checked; a larger one is reported as a {@code copydesk-input} finding. */
    @Parameter(property = "copydesk.maxFileSize", defaultValue = "" + LintRequest.DEFAULT_MAX_FILE_SIZE)
    long maxFileSize;

    /** Folders of the newsroom's own rule files ({@code *.yml}), added to the built-in pack. */
    @Parameter(property = "copydesk.ruleDirectories")
    List<File> ruleDirectories;

    /** Ids of rules to switch off. */
    @Parameter(property = "copydesk.disabledRules")
    List<String> disabledRules;

    /** Levels to give rules instead of their own: {@code rule-id=level} pairs, comma separated. */
    @Parameter(property = "copydesk.severities")
    String severities;

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

    /** Threads that check files; 0 means one per processor core. */
    @Parameter(property = "copydesk.threads", defaultValue = "0")
    int threads;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

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

    private LintResult lint(Path base) throws MojoExecutionException {
        try {
            RuleSet rules = new RuleSetLoader().load(new RuleSettings(base, paths(ruleDirectories, base),
                    orEmpty(disabledRules), severities));
            FileSelection selection = new FileSelection(directories(base), orEmpty(includes), orEmpty(excludes),
                    paths(files, base));
            List<Path> selected = selection.select();
            if (selected.isEmpty()) {
                getLog().warn("copydesk found no articles to check: no file in " + selection.directories()
                        + " matches " + selection.includes());
            }
            return new Linter().lint(new LintRequest(base, selected, charset(), maxFileSize, rules, threads));
        } catch (RuleConfigurationException e) {
            throw new MojoExecutionException("Invalid copydesk rules:" + System.lineSeparator() + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot list the articles to check: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("copydesk was interrupted", e);
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

    /** The project's folder, or the working directory when Maven runs without a pom. */
    private Path baseDirectory() {
        if (project != null && project.getBasedir() != null) {
            return project.getBasedir().toPath();
        }
        return Path.of("").toAbsolutePath();
    }

    private boolean runsWithoutPom() {
        return project == null || project.getFile() == null;
    }

    private List<Path> directories(Path base) {
        if (articleDirectories != null && !articleDirectories.isEmpty()) {
            List<Path> directories = paths(articleDirectories, base);
            directories.stream().filter(d -> !d.toFile().isDirectory())
                    .forEach(d -> getLog().warn("copydesk: article directory " + d + " does not exist"));
            return directories;
        }
        return List.of(runsWithoutPom() ? base : base.resolve("content"));
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("encoding: unknown character set '" + encoding + "'");
        }
    }

    private static List<Path> paths(List<File> files, Path base) {
        return orEmpty(files).stream().map(file -> base.resolve(file.toPath()).normalize()).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return Optional.ofNullable(list).orElse(List.of());
    }
}
