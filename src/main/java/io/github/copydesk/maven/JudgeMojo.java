package io.github.copydesk.maven;

import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.engine.Judgement;
import io.github.copydesk.engine.LintRequest;
import io.github.copydesk.engine.LintResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Measures the rules on articles an editor has judged: checks the selected articles as
 * {@code check} does and prints, per rule, how many findings were right, wrong or on an uncertain
 * spot, how many findings the truth file expected were missed, and the precision and recall.
 * Never fails on findings; the baseline is not applied, so the rules are measured as they stand.
 */
@Mojo(name = "judge", requiresProject = false, threadSafe = true)
public class JudgeMojo extends AbstractCopydeskMojo {

    /**
     * The truth file: one JSON object a line, {@code {"file": "world/dam.txt", "rule": "promo-link",
     * "line": 12, "uncertain": false}}, with paths relative to the base directory.
     */
    @Parameter(property = "copydesk.truthFile", required = true)
    File truthFile;

    /**
     * Rules whose findings may match a truth row of the same article on another line: for a
     * finding about the whole article (no source credited), where the row and the rule may name
     * different lines. Default: none, a finding matches a row on its own line only.
     */
    @Parameter(property = "copydesk.rulesMatchedByFile")
    List<String> rulesMatchedByFile;

    @Override
    protected void run() throws MojoExecutionException {
        Path base = baseDirectory();
        Path truthPath = base.resolve(truthFile.toPath()).normalize();
        List<Judgement.Truth> truth;
        try {
            truth = Judgement.readTruth(truthPath);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the truth file " + truthPath + ": " + e, e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid truth file: " + e.getMessage(), e);
        }
        LintRequest request = lintRequest(base);
        LintResult result = lint(request);
        Judgement judgement = Judgement.score(result.findings().stream().map(Judgement.Mark::of).toList(), truth,
                Set.copyOf(items(rulesMatchedByFile)));
        Map<Judgement.Mark, String> messages = new HashMap<>();
        result.findings().forEach(finding -> messages.putIfAbsent(Judgement.Mark.of(finding), finding.message()));

        Log log = getLog();
        Set<String> checked = new HashSet<>();
        request.files().forEach(file -> checked.add(DisplayPath.of(base, file)));
        truth.stream().map(Judgement.Truth::file).distinct().filter(file -> !checked.contains(file))
                .forEach(file -> log.warn("copydesk: the truth file names " + file + ", which was not checked"));
        judgement.wrong().forEach(mark -> log.info("wrong:  " + mark + " " + messages.get(mark)));
        judgement.missed().forEach(row -> log.info("missed: " + row.file() + ":" + row.line() + ": [" + row.rule()
                + "]"));
        log.info(result.filesChecked() + (result.filesChecked() == 1 ? " file" : " files") + " checked, "
                + truth.size() + " truth rows.");
        judgement.table().forEach(log::info);
    }
}
