package io.github.copydesk.maven;

import io.github.copydesk.engine.LintRequest;
import io.github.copydesk.engine.LintResult;
import io.github.copydesk.report.Report;
import io.github.copydesk.report.ReportFormat;
import io.github.copydesk.report.ReportPublisher;
import io.github.copydesk.report.ToolVersion;
import io.github.copydesk.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The editorial-quality page of a project's Maven site. With copydesk in the pom's
 * {@code <reporting>}, {@code mvn site} checks the articles as {@code check} does (the same
 * articles, rules, suppressions and baseline) and lists the HTML report of the findings under the
 * site's project reports, as {@code copydesk.html}; findings never fail the site. Run on its own,
 * {@code mvn copydesk:report} writes that page into the site's folder.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractCopydeskMojo implements MavenReport {
    private static final String OUTPUT_NAME = "copydesk";

    /** The folder of the site's pages; {@code mvn site} sets it to the site being built. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    File reportOutputDirectory;

    /** The lowest severity the page counts as a violation: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "copydesk.violationSeverity", defaultValue = "error")
    String violationSeverity;

    @Override
    protected void run() throws MojoExecutionException {
        Path page = write();
        getLog().info("copydesk report: " + page);
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        try {
            write();
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /** Checks the articles and writes the HTML report of the findings into the site's folder. */
    private Path write() throws MojoExecutionException {
        Severity threshold = threshold(violationSeverity);
        Path base = baseDirectory();
        LintRequest request = lintRequest(base).withBaseline(baseline(base));
        LintResult result = lint(request);
        Report report = Report.of(request, result, ToolVersion.current(), threshold).ofShard(shard());
        Path folder = reportOutputDirectory.toPath();
        try {
            return new ReportPublisher(folder, System.out).publish(report, Set.of(ReportFormat.HTML)).get(0);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the copydesk report to " + folder + ": " + e, e);
        }
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "copydesk";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Editorial findings in the articles: leftover promos, unattributed quotes, uncredited photos,"
                + " missing source lines and dates that disagree.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    /** The page is the HTML report itself, written whole, not drawn through the site's sink. */
    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }
}
