package io.github.copydesk.engine;

import io.github.copydesk.article.ArticleFormat;
import io.github.copydesk.article.ArticleParser;
import io.github.copydesk.article.ArticleReader;
import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.article.HtmlParser;
import io.github.copydesk.article.MarkdownParser;
import io.github.copydesk.article.WireTextParser;
import io.github.copydesk.config.Baseline;
import io.github.copydesk.config.Fingerprint;
import io.github.copydesk.config.InlineSuppressions;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.config.SuppressionsFile;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the files of a request in parallel. Each file is read, parsed and checked by one task
 * and dropped when done, so memory holds findings, not articles; the result is sorted, so it
 * is the same whatever the number of threads. Findings the request accepts (inline comments,
 * the suppressions file, the baseline) are set apart with their reason.
 */
public final class Linter {

    public LintResult lint(LintRequest request) throws InterruptedException {
        FileLinter fileLinter = fileLinter(request);
        List<FileLinter.FileFindings> perFile = ParallelFiles.map(request.files(), request.effectiveThreads(),
                file -> fileLinter.lint(file, DisplayPath.of(request.baseDirectory(), file)));
        List<Finding> findings = new ArrayList<>(expiredSuppressions(request.suppressions(), request));
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (FileLinter.FileFindings file : perFile) {
            findings.addAll(file.active());
            suppressed.addAll(file.suppressed());
        }
        findings.sort(Finding.ORDER);
        List<Baseline.Entry> fixed = List.of();
        if (request.baseline().isPresent()) {
            Set<String> checked = new HashSet<>();
            request.files().forEach(file -> checked.add(DisplayPath.of(request.baseDirectory(), file)));
            fixed = applyBaseline(request.baseline().get(), checked, findings, suppressed);
        }
        suppressed.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        return new LintResult(findings, suppressed, fixed, request.files().size());
    }

    /** The checker of one file for {@code request}; {@link ArticleFixer} shares it. */
    static FileLinter fileLinter(LintRequest request) {
        return new FileLinter(new ArticleReader(request.charset(), request.maxFileSize()), parsers(),
                request.ruleSet().rules(), request.suppressions(), request.today());
    }

    /**
     * Moves the findings the baseline lists out of {@code findings} and returns the entries for
     * {@code checked} files that no finding matched: fixed since the baseline was written.
     */
    private static List<Baseline.Entry> applyBaseline(Baseline baseline, Set<String> checked, List<Finding> findings,
            List<SuppressedFinding> suppressed) {
        Map<String, Baseline.Entry> entries = baseline.byFingerprint();
        List<String> fingerprints = Fingerprint.of(findings);
        Set<String> matched = new HashSet<>();
        List<Finding> active = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (entries.containsKey(fingerprints.get(i))) {
                matched.add(fingerprints.get(i));
                suppressed.add(new SuppressedFinding(findings.get(i), SuppressedFinding.Kind.BASELINE,
                        "in the baseline " + baseline.origin()));
            } else {
                active.add(findings.get(i));
            }
        }
        findings.clear();
        findings.addAll(active);
        return baseline.entries().stream()
                .filter(entry -> checked.contains(entry.path()) && !matched.contains(entry.fingerprint()))
                .toList();
    }

    /** An expired entry suppresses nothing and is a finding itself, at the entry, once per run. */
    private static List<Finding> expiredSuppressions(SuppressionsFile file, LintRequest request) {
        List<Finding> expired = new ArrayList<>();
        for (SuppressionsFile.Entry entry : file.entries()) {
            if (entry.isExpired(request.today())) {
                expired.add(new Finding(file.origin(), entry.line(), entry.column(), entry.line(), entry.column() + 1,
                        InlineSuppressions.RULE_ID, Severity.ERROR, "Suppression of " + entry.rule() + " in "
                        + entry.path().pattern() + " expired on " + entry.expires().orElseThrow()
                        + ": fix the findings or renew the entry with a new reason", "", "", ""));
            }
        }
        return expired;
    }

    private static Map<ArticleFormat, ArticleParser> parsers() {
        Map<ArticleFormat, ArticleParser> parsers = new EnumMap<>(ArticleFormat.class);
        parsers.put(ArticleFormat.WIRE_TEXT, WireTextParser.forArticles());
        parsers.put(ArticleFormat.MARKDOWN, new MarkdownParser());
        parsers.put(ArticleFormat.HTML, new HtmlParser());
        return parsers;
    }
}
