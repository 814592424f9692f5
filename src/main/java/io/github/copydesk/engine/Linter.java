package io.github.copydesk.engine;

import io.github.copydesk.article.ArticleFormat;
import io.github.copydesk.article.ArticleParser;
import io.github.copydesk.article.ArticleReader;
import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.article.HtmlParser;
import io.github.copydesk.article.MarkdownParser;
import io.github.copydesk.article.WireTextParser;
import io.github.copydesk.rule.Finding;
import java.nio.file.Path;
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
 * is the same whatever the number of threads.
 */
public final class Linter {

    public LintResult lint(LintRequest request) throws InterruptedException {
        FileLinter fileLinter = new FileLinter(new ArticleReader(request.charset(), request.maxFileSize()),
                parsers(), request.ruleSet().rules());
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
                results.add(pool.submit(() -> fileLinter.lint(file, display)));
            }
            for (Future<List<Finding>> result : results) {
                findings.addAll(result.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("copydesk failed while checking files", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        findings.sort(Finding.ORDER);
        return new LintResult(findings, request.files().size());
    }

    private static Map<ArticleFormat, ArticleParser> parsers() {
        Map<ArticleFormat, ArticleParser> parsers = new EnumMap<>(ArticleFormat.class);
        parsers.put(ArticleFormat.WIRE_TEXT, WireTextParser.forArticles());
        parsers.put(ArticleFormat.MARKDOWN, new MarkdownParser());
        parsers.put(ArticleFormat.HTML, new HtmlParser());
        return parsers;
    }
}
