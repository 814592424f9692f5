package io.github.copydesk.engine;

import io.github.copydesk.article.ArticleFormat;
import io.github.copydesk.article.ArticleParser;
import io.github.copydesk.article.ArticleReader;
import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.article.MarkdownParser;
import io.github.copydesk.article.WireTextParser;
import io.github.copydesk.rule.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks the files of a request in parallel. Each file is read, parsed and checked by one task
 * and dropped when done, so memory holds findings, not articles; the result is sorted, so it
 * is the same whatever the number of threads. With a cache file, a file whose bytes are those of
 * the last run under the same rules and settings is not checked again: its findings are taken
 * from the cache.
 */
public final class Linter {
    /** How often a long run tells its listener how far it has got. */
    public static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(3);

    private final LintListener listener;
    private final Duration progressInterval;
    private final Path cacheFile;
    private final String pluginVersion;

    /** A linter that reports nothing while it runs and keeps no cache. */
    public Linter() {
        this(LintListener.SILENT, PROGRESS_INTERVAL, null, "");
    }

    private Linter(LintListener listener, Duration progressInterval, Path cacheFile, String pluginVersion) {
        this.listener = listener;
        this.progressInterval = progressInterval;
        this.cacheFile = cacheFile;
        this.pluginVersion = pluginVersion;
    }

    /** This linter, telling {@code newListener} its progress every {@code interval}, and what it did with its cache. */
    public Linter reportingTo(LintListener newListener, Duration interval) {
        return new Linter(newListener, interval, cacheFile, pluginVersion);
    }

    /**
     * This linter, keeping findings in {@code file} between runs. {@code version} is the plugin's
     * version: a cache written by another one is not used.
     */
    public Linter cachingIn(Path file, String version) {
        return new Linter(listener, progressInterval, file, version);
    }

    public LintResult lint(LintRequest request) throws InterruptedException {
        FindingsCache cache = openCache(request);
        FileLinter fileLinter = new FileLinter(new ArticleReader(request.charset(), request.maxFileSize()),
                parsers(), request.ruleSet().rules(), cache);
        Progress progress = new Progress(listener, progressInterval, request.files().size());
        int threads = Math.max(1, Math.min(request.effectiveThreads(), request.files().size()));
        List<Finding> findings = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "copydesk-lint");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<Finding>>> results = new ArrayList<>();
            for (Path file : request.files()) {
                String display = DisplayPath.of(request.baseDirectory(), file);
                results.add(pool.submit(() -> {
                    List<Finding> found = fileLinter.lint(file, display);
                    progress.fileDone(found.size());
                    return found;
                }));
            }
            for (Future<List<Finding>> result : results) {
                findings.addAll(result.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("copydesk failed while checking files", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        closeCache(cache, request);
        findings.sort(Finding.ORDER);
        return new LintResult(findings, request.files().size());
    }

    private FindingsCache openCache(LintRequest request) {
        if (cacheFile == null) {
            return FindingsCache.disabled();
        }
        if (request.ruleSet().fingerprint().isEmpty()) {
            listener.debug("copydesk cache not used: the rules were not loaded from rule files");
            return FindingsCache.disabled();
        }
        return FindingsCache.load(cacheFile, pluginVersion, FindingsCache.runKey(request, pluginVersion), listener);
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
        parsers.put(ArticleFormat.WIRE_TEXT, WireTextParser.forArticles());
        parsers.put(ArticleFormat.MARKDOWN, new MarkdownParser());
        return parsers;
    }
}
