package io.github.copydesk.engine;

import io.github.copydesk.article.ArticleFormat;
import io.github.copydesk.article.ArticleParser;
import io.github.copydesk.article.ArticleReader;
import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.config.Baseline;
import io.github.copydesk.config.Fingerprint;
import io.github.copydesk.config.InlineSuppressions;
import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.config.SuppressionsFile;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the files of a request in parallel. Each file is read, parsed and checked by one task
 * and dropped when done, so memory holds findings, not articles; the result is sorted, so it
 * is the same whatever the number of threads. Findings the request accepts (inline comments,
 * the suppressions file, the baseline) are set apart with their reason. With a cache file, a
 * file whose bytes are those of the last run under the same rules and settings is not checked
 * again: its findings are taken from the cache.
 */
public final class Linter {
    /** How often a long run tells its listener how far it has got. */
    public static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(3);

    private final LintListener listener;
    private final Duration progressInterval;
    private final Path cacheFile;
    private final String pluginVersion;
    private final List<String> libraries;
    private final CacheStrategy cacheStrategy;

    /** A linter that reports nothing while it runs and keeps no cache. */
    public Linter() {
        this(LintListener.SILENT, PROGRESS_INTERVAL, null, "", List.of(), CacheStrategy.CONTENT);
    }

    private Linter(LintListener listener, Duration progressInterval, Path cacheFile, String pluginVersion,
            List<String> libraries, CacheStrategy cacheStrategy) {
        this.listener = listener;
        this.progressInterval = progressInterval;
        this.cacheFile = cacheFile;
        this.pluginVersion = pluginVersion;
        this.libraries = libraries;
        this.cacheStrategy = cacheStrategy;
    }

    /** This linter, telling {@code newListener} its progress every {@code interval}, and what it did with its cache. */
    public Linter reportingTo(LintListener newListener, Duration interval) {
        return new Linter(newListener, interval, cacheFile, pluginVersion, libraries, cacheStrategy);
    }

    /** This linter, telling an unchanged file in its cache by {@code strategy}. */
    public Linter tellingUnchangedBy(CacheStrategy strategy) {
        return new Linter(listener, progressInterval, cacheFile, pluginVersion, libraries, strategy);
    }

    /**
     * This linter, keeping findings in {@code file} between runs. {@code version} is the plugin's
     * version and {@code libraries} the coordinates of the libraries it runs with, in any order
     * ({@code group:artifact:version}): a cache written by another version, or with another
     * library or library version, is not used.
     */
    public Linter cachingIn(Path file, String version, Collection<String> libraries) {
        return new Linter(listener, progressInterval, file, version, libraries.stream().sorted().toList(),
                cacheStrategy);
    }

    /**
     * Whether this linter's cache file was written by this plugin's code under {@code rules} and
     * these reading settings. The run that wrote it loaded the same rule files and ran their
     * examples, which passed: a caller need not run them again.
     */
    public boolean cacheWrittenUnder(RuleSet rules, Charset charset, long maxFileSize) {
        return cacheFile != null && !rules.fingerprint().isEmpty() && FindingsCache.wasWrittenUnder(cacheFile,
                pluginVersion, FindingsCache.runKey(rules, charset, maxFileSize, pluginVersion, libraries));
    }

    public LintResult lint(LintRequest request) throws InterruptedException {
        FindingsCache cache = openCache(request);
        FileLinter fileLinter = fileLinter(request, cache);
        Progress progress = new Progress(listener, progressInterval, request.files().size());
        List<FileLinter.FileFindings> perFile = FileTasks.map(request.files(), request.effectiveThreads(), file -> {
            FileLinter.FileFindings found = fileLinter.lint(file, DisplayPath.of(request.baseDirectory(), file));
            progress.fileDone(found.active().size());
            return found;
        });
        closeCache(cache, request);
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

    /** The checker of one file for {@code request}, without a cache; {@link ArticleFixer} shares it. */
    static FileLinter fileLinter(LintRequest request) {
        return fileLinter(request, FindingsCache.disabled());
    }

    private static FileLinter fileLinter(LintRequest request, FindingsCache cache) {
        return new FileLinter(new ArticleReader(request.charset(), request.maxFileSize()), parsers(),
                request.ruleSet().rules(), request.suppressions(), request.today(), cache);
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

    private FindingsCache openCache(LintRequest request) {
        if (cacheFile == null) {
            return FindingsCache.disabled();
        }
        if (request.ruleSet().fingerprint().isEmpty()) {
            listener.debug("copydesk cache not used: the rules were not loaded from rule files");
            return FindingsCache.disabled();
        }
        return FindingsCache.load(cacheFile, pluginVersion, FindingsCache.runKey(request, pluginVersion, libraries),
                listener, cacheStrategy);
    }

    private void closeCache(FindingsCache cache, LintRequest request) {
        if (cache == FindingsCache.disabled()) {
            return;
        }
        int files = request.files().size();
        if (cache.hits() > 0) {
            listener.info(cache.hits() + " of " + files + (files == 1 ? " file" : " files")
                    + " unchanged since the last run: findings taken from the cache " + cacheFile);
        }
        cache.save(path -> Files.isRegularFile(request.baseDirectory().resolve(path)));
    }

    private static Map<ArticleFormat, ArticleParser> parsers() {
        Map<ArticleFormat, ArticleParser> parsers = new EnumMap<>(ArticleFormat.class);
        for (ArticleFormat format : ArticleFormat.values()) {
            parsers.put(format, format.parser());
        }
        return parsers;
    }
}
