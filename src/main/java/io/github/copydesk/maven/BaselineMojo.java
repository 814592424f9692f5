package io.github.copydesk.maven;

import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.config.Baseline;
import io.github.copydesk.config.BaselineFile;
import io.github.copydesk.config.ConfigurationFileException;
import io.github.copydesk.config.Fingerprint;
import io.github.copydesk.engine.AtomicFiles;
import io.github.copydesk.engine.LintRequest;
import io.github.copydesk.engine.LintResult;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.text.Excerpt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the baseline: every finding the articles have today (those not suppressed), so that
 * {@code copydesk:check} fails only on new ones. Checking some files ({@code files},
 * {@code changedSince}) rewrites their entries and keeps the other files' entries.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractCopydeskMojo {

    @Override
    protected void run() throws MojoExecutionException {
        Path base = baseDirectory();
        LintRequest request = lintRequest(base);
        LintResult result = lint(request);
        Path file = baselinePath(base);
        String origin = DisplayPath.of(base, file);
        Set<String> checked = new HashSet<>();
        request.files().forEach(article -> checked.add(DisplayPath.of(base, article)));
        List<Baseline.Entry> entries = new ArrayList<>(keptEntries(file, origin, checked));
        List<String> fingerprints = Fingerprint.of(result.findings());
        for (int i = 0; i < result.findings().size(); i++) {
            Finding finding = result.findings().get(i);
            entries.add(new Baseline.Entry(fingerprints.get(i), finding.path(), finding.ruleId(), finding.line(),
                    finding.matched().isBlank() ? finding.message() : Excerpt.of(finding.matched())));
        }
        entries.sort((a, b) -> a.path().equals(b.path()) ? Integer.compare(a.line(), b.line()) : a.path().compareTo(b.path()));
        try {
            AtomicFiles.replace(file, BaselineFile.format(entries).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the baseline " + origin + ": " + e.getMessage(), e);
        }
        getLog().info("copydesk wrote " + origin + ": " + result.findings().size() + " "
                + (result.findings().size() == 1 ? "finding" : "findings") + " in " + result.filesChecked() + " "
                + (result.filesChecked() == 1 ? "file" : "files") + " checked"
                + (entries.size() > result.findings().size()
                        ? ", " + (entries.size() - result.findings().size()) + " kept for files not checked" : "")
                + ".");
    }

    /** The entries of an existing baseline for files this run did not check. */
    private List<Baseline.Entry> keptEntries(Path file, String origin, Set<String> checked) throws MojoExecutionException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return BaselineFile.read(file, origin).entries().stream().filter(e -> !checked.contains(e.path())).toList();
        } catch (ConfigurationFileException e) {
            throw new MojoExecutionException("Invalid copydesk baseline (delete it to write a new one):"
                    + System.lineSeparator() + e.getMessage(), e);
        }
    }
}
