package io.github.copydesk.engine;

import io.github.copydesk.config.Baseline;
import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.SuppressionsFile;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One run of the linter: the files to check, how to read them, the rules, and the findings the
 * project accepts (suppressions file, baseline). Paths in findings are made relative to
 * {@code baseDirectory}. {@code threads} of 0 means one per core. {@code today} decides which
 * suppressions have expired; it is the one date copydesk takes from the clock.
 */
public record LintRequest(Path baseDirectory, List<Path> files, Charset charset, long maxFileSize,
        RuleSet ruleSet, int threads, SuppressionsFile suppressions, Optional<Baseline> baseline, LocalDate today) {

    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

    /** A run that accepts no finding. */
    public LintRequest(Path baseDirectory, List<Path> files, Charset charset, long maxFileSize, RuleSet ruleSet,
            int threads) {
        this(baseDirectory, files, charset, maxFileSize, ruleSet, threads, SuppressionsFile.NONE, Optional.empty(),
                LocalDate.now());
    }

    public LintRequest {
        files = List.copyOf(files);
        Optional<String> problem = limitsProblem(maxFileSize, threads);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** What is wrong with the size limit or the thread count, naming the parameter and its valid range. */
    public static Optional<String> limitsProblem(long maxFileSize, int threads) {
        if (maxFileSize < 1) {
            return Optional.of("maxFileSize: " + maxFileSize + " is not a size; use a number of bytes from 1 to "
                    + Long.MAX_VALUE);
        }
        if (threads < 0) {
            return Optional.of("threads: " + threads + " is not a thread count; use 0 (one per processor core) or"
                    + " a number from 1 to " + Integer.MAX_VALUE);
        }
        return Optional.empty();
    }

    public LintRequest withSuppressions(SuppressionsFile newSuppressions, LocalDate newToday) {
        return new LintRequest(baseDirectory, files, charset, maxFileSize, ruleSet, threads, newSuppressions,
                baseline, newToday);
    }

    public LintRequest withBaseline(Optional<Baseline> newBaseline) {
        return new LintRequest(baseDirectory, files, charset, maxFileSize, ruleSet, threads, suppressions,
                newBaseline, today);
    }

    public LintRequest withFiles(List<Path> newFiles) {
        return new LintRequest(baseDirectory, newFiles, charset, maxFileSize, ruleSet, threads, suppressions,
                baseline, today);
    }

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
