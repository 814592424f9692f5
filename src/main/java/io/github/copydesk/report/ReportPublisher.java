package io.github.copydesk.report;

import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.engine.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a report in the formats asked for: each file format atomically into the output folder,
 * then GitHub's workflow commands to standard output and, when the run is a GitHub Actions step,
 * the job summary to the step's summary file. The console is the build's log, not written here.
 */
public final class ReportPublisher {
    private final Path outputDirectory;
    private final PrintStream standardOutput;
    private final Optional<Path> stepSummary;

    /** A publisher outside GitHub Actions: no job summary. */
    public ReportPublisher(Path outputDirectory, PrintStream standardOutput) {
        this(outputDirectory, standardOutput, Optional.empty());
    }

    /** {@code stepSummary} is the file GitHub Actions names in {@code GITHUB_STEP_SUMMARY}, if it names one. */
    public ReportPublisher(Path outputDirectory, PrintStream standardOutput, Optional<Path> stepSummary) {
        this.outputDirectory = outputDirectory;
        this.standardOutput = standardOutput;
        this.stepSummary = stepSummary;
    }

    /** Writes {@code report} in {@code formats}; returns the files written, in the order of the formats. */
    public List<Path> publish(Report report, Set<ReportFormat> formats) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            if (format.writer() == null || format.fileName().isEmpty()) {
                continue;
            }
            Path target = outputDirectory.resolve(format.fileName().get());
            // Readers see the old report or the whole new one, never half of it.
            AtomicFiles.replace(target, bytes -> {
                Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
                format.writer().write(report, out);
                out.flush();
            });
            written.add(target);
        }
        // After the files, so that the GitHub summary can name them.
        for (ReportFormat format : formats) {
            if (format.writer() == null || format.fileName().isPresent()) {
                continue;
            }
            // Not closed: closing would close standard output for the rest of the build.
            Writer out = new OutputStreamWriter(standardOutput, StandardCharsets.UTF_8);
            format.writer().write(report, out);
            out.flush();
            if (format == ReportFormat.GITHUB && stepSummary.isPresent()) {
                writeSummary(report, written);
            }
        }
        return written;
    }

    /** Appended, as GitHub expects: other steps of the job may have written to the same file. */
    private void writeSummary(Report report, List<Path> written) throws IOException {
        List<String> shown = written.stream().map(file -> DisplayPath.of(report.baseDirectory(), file)).toList();
        try (Writer out = Files.newBufferedWriter(stepSummary.get(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            GithubStepSummary.write(report, shown, out);
        }
    }
}
