package io.github.copydesk.maven;

import io.github.copydesk.report.ReportFormat;
import io.github.copydesk.report.ShardMerge;
import io.github.copydesk.report.ShardReportException;
import io.github.copydesk.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Puts the JSON reports of a run's shards ({@code copydesk:check -Dcopydesk.shard=i/n}) back
 * together: writes every report format and the console summary as one run over all their
 * articles would, and fails the build as that run would. Runs in a checkout of the same project,
 * whose articles the HTML report shows.
 */
@Mojo(name = "merge", requiresProject = false, threadSafe = true)
public class MergeMojo extends AbstractReportingMojo {

    /**
     * The JSON reports ({@code copydesk.json}) of every shard of the run, comma separated: files,
     * or folders searched at any depth for files named {@code copydesk.json}. Relative paths are
     * resolved against the base directory.
     */
    @Parameter(property = "copydesk.shardReports")
    List<File> shardReports;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Severity threshold = threshold();
        Set<ReportFormat> formats = formats();
        Path base = baseDirectory();
        ShardMerge.Merged merged;
        try {
            List<Path> reports = ShardMerge.reportFiles(paths(shardReports, base));
            merged = ShardMerge.merge(reports, base, threshold, baseline(base));
            getLog().info("copydesk merged the reports of " + reports.size()
                    + (reports.size() == 1 ? " shard" : " shards"));
        } catch (ShardReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the shard reports: " + e.getMessage(), e);
        }
        report(merged.report(), merged.result(), formats, base);
    }
}
