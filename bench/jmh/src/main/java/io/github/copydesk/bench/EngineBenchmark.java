package io.github.copydesk.bench;

import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.RuleSetLoader;
import io.github.copydesk.config.RuleSettings;
import io.github.copydesk.engine.FileSelection;
import io.github.copydesk.engine.LintRequest;
import io.github.copydesk.engine.LintResult;
import io.github.copydesk.engine.Linter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine alone: every article of a generated corpus that the plugin reads by default (its
 * default includes, so every format it supports), read, parsed and checked with the built-in
 * rule pack, on 1 and 2 threads. Besides runs per second, JMH reports {@code articleBytes}: bytes
 * of article text checked per second.
 *
 * <p>{@code -p corpus=DIR} names the corpus (a folder with {@code content/} inside, as
 * {@code bench/CorpusGenerator.java} writes it).
 *
 * <p>The warm-up is long on purpose: the JIT compiler goes on compiling the parsers, the checks
 * and the regular-expression engine until a few hundred megabytes have been checked, and on two
 * cores it takes a core from the threads measured while it does. Short warm-ups measured the
 * compiler, gave two threads no gain over one and error bars wider than the values.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 10)
@Measurement(iterations = 5, time = 10)
public class EngineBenchmark {

    @Param("target/corpus")
    public String corpus;

    @Param({"1", "2"})
    public int threads;

    private Path base;
    private List<Path> files;
    private RuleSet rules;
    private long corpusBytes;

    /** Bytes of article text checked, reported by JMH per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Checked {
        public long articleBytes;

        @Setup(Level.Iteration)
        public void reset() {
            articleBytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() throws Exception {
        base = Path.of(corpus).toAbsolutePath();
        rules = new RuleSetLoader().load(RuleSettings.defaults(base));
        files = new FileSelection(List.of(base.resolve("content")), List.of(), List.of(), List.of()).select();
        if (files.isEmpty()) {
            throw new IllegalStateException("No articles under " + base.resolve("content")
                    + ": run java bench/CorpusGenerator.java " + corpus + " first");
        }
        corpusBytes = 0;
        for (Path file : files) {
            corpusBytes += size(file);
        }
    }

    private static long size(Path file) throws IOException {
        return Files.size(file);
    }

    @Benchmark
    public int checkCorpus(Checked checked) throws InterruptedException {
        LintResult result = new Linter().lint(new LintRequest(base, files, StandardCharsets.UTF_8,
                LintRequest.DEFAULT_MAX_FILE_SIZE, rules, threads));
        checked.articleBytes += corpusBytes;
        return result.findings().size();
    }
}
