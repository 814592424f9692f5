package io.github.copydesk.maven;

import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.config.ProjectPaths;
import io.github.copydesk.engine.ArticleFixer;
import io.github.copydesk.engine.AtomicFiles;
import io.github.copydesk.engine.LintRequest;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
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

    /**
     * Works out the changes and writes no article: the changes go, as a unified diff that
     * {@code git apply} takes, to {@code patchFile} when it is set, else to standard output.
     */
    @Parameter(property = "copydesk.dryRun", defaultValue = "false")
    boolean dryRun;

    /**
     * A file to write the changes to, as one patch for {@code git apply} (line ends, byte-order
     * marks and the encoding as in the articles); relative to the base directory. In a dry run it
     * takes the place of standard output, where Maven may add a prefix or colour codes to each line;
     * in a real run it records what was changed ({@code git apply -R} undoes it). A run with nothing
     * to fix writes an empty file.
     */
    @Parameter(property = "copydesk.patchFile")
    File patchFile;

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
        PrintStream patchOutput = dryRun && patchFile == null ? ProcessStandardOutput.open() : null;
        int files = 0;
        int fixes = 0;
        for (ArticleFixer.FileFix result : results) {
            switch (result.outcome()) {
                case FIXED -> {
                    files++;
                    fixes += result.fixes();
                    if (patchOutput != null) {
                        // Standard output, not the log: the diff stays a patch, and shows under -q too.
                        patchOutput.writeBytes(result.diff().getBytes(request.charset()));
                        patchOutput.flush();
                    } else if (!dryRun) {
                        log.info(result.path() + ": " + result.fixes() + (result.fixes() == 1 ? " fix" : " fixes"));
                    }
                }
                case SKIPPED -> log.warn(result.path() + ": not fixed: " + result.reason());
                case UNCHANGED -> { }
            }
        }
        if (patchFile != null) {
            Path patch = ProjectPaths.resolve(base, patchFile.getPath());
            try {
                AtomicFiles.replace(patch, ArticleFixer.patch(results, request.charset()));
            } catch (IOException e) {
                throw new MojoExecutionException("copydesk could not write the patch file " + patch + ": " + e.getMessage(), e);
            }
            log.info("The patch is in " + DisplayPath.of(base, patch) + ".");
        }
        log.info((dryRun ? "copydesk would make " : "copydesk made ") + fixes + (fixes == 1 ? " fix" : " fixes")
                + " in " + files + (files == 1 ? " file" : " files") + " of " + results.size() + " checked"
                + (dryRun ? " (dry run: nothing written)." : "."));
    }
}
