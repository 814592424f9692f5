package io.github.copydesk.engine;

import io.github.copydesk.config.RuleSet;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of the linter: the files to check, how to read them, and the rules. Paths in findings
 * are made relative to {@code baseDirectory}. {@code threads} of 0 means one per core.
 */
public record LintRequest(Path baseDirectory, List<Path> files, Charset charset, long maxFileSize,
        RuleSet ruleSet, int threads) {

    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

    public LintRequest {
        files = List.copyOf(files);
    }

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
