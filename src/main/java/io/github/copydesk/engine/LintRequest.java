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
