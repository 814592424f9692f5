package io.github.copydesk.maven;

import io.github.copydesk.engine.ArticleFixer;
import io.github.copydesk.engine.LintRequest;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Removes what is mechanical and safe to remove: promo blocks, lone link markers, phrase lines and
 * blurbs that fill their lines, with the blank lines they leave. Never touches what a rule does
 * not mark as fixable, a finding an editor suppressed, or a file with a {@code copydesk-input}
 * finding. Each file keeps its encoding, byte-order mark and line ends and is replaced in one
 * atomic step.
 */
@Mojo(name = "fix", requiresProject = false, threadSafe = true)
public class FixMojo extends AbstractCopydeskMojo {

    /** Prints the changes as a unified diff to standard output and writes nothing. */
    @Parameter(property = "copydesk.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    protected void run() throws MojoExecutionException {
        Path base = baseDirectory();
        LintRequest request = lintRequest(base);
        removeStrayTemporaries(request);
        List<ArticleFixer.FileFix> results;
        try {
            results = new ArticleFixer().fix(request, !dryRun);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("copydesk was interrupted", e);
        }
        Log log = getLog();
        int files = 0;
        int fixes = 0;
        for (ArticleFixer.FileFix result : results) {
            switch (result.outcome()) {
                case FIXED -> {
                    files++;
                    fixes += result.fixes();
                    if (dryRun) {
                        // Standard output, not the log: the diff stays a patch, and shows under -q too.
                        System.out.print(result.diff());
                    } else {
                        log.info(result.path() + ": " + result.fixes() + (result.fixes() == 1 ? " fix" : " fixes"));
                    }
                }
                case SKIPPED -> log.warn(result.path() + ": not fixed: " + result.reason());
                case UNCHANGED -> { }
            }
        }
        log.info((dryRun ? "copydesk would make " : "copydesk made ") + fixes + (fixes == 1 ? " fix" : " fixes")
                + " in " + files + (files == 1 ? " file" : " files") + " of " + results.size() + " checked"
                + (dryRun ? " (dry run: nothing written)." : "."));
    }
}
