package io.github.copydesk.report;

import io.github.copydesk.engine.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a report in the formats asked for: each file format atomically into the output folder,
 * GitHub's workflow commands to standard output. The console is the build's log, not written here.
 */
public final class ReportPublisher {
    private final Path outputDirectory;
    private final PrintStream standardOutput;

    public ReportPublisher(Path outputDirectory, PrintStream standardOutput) {
        this.outputDirectory = outputDirectory;
        this.standardOutput = standardOutput;
    }

    /** Writes {@code report} in {@code formats}; returns the files written, in the order of the formats. */
    public List<Path> publish(Report report, Set<ReportFormat> formats) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            if (format.writer() == null) {
                continue;
            }
            if (format.fileName().isPresent()) {
                Path target = outputDirectory.resolve(format.fileName().get());
                // Readers see the old report or the whole new one, never half of it.
                AtomicFiles.replace(target, bytes -> {
                    Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
                    format.writer().write(report, out);
                    out.flush();
                });
                written.add(target);
            } else {
                // Not closed: closing would close standard output for the rest of the build.
                Writer out = new OutputStreamWriter(standardOutput, StandardCharsets.UTF_8);
                format.writer().write(report, out);
                out.flush();
            }
        }
        return written;
    }
}
