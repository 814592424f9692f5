package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.rule.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPublisherTest {
    @TempDir
    Path base;

    @Test
    void writesEveryFileFormatIntoTheFolderAndGithubCommandsToStandardOutput() throws IOException {
        Path folder = base.resolve("target/copydesk");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();

        List<Path> written = new ReportPublisher(folder, new PrintStream(stdout, true, StandardCharsets.UTF_8))
                .publish(HostileReport.in(base), EnumSet.allOf(ReportFormat.class));

        assertThat(written).containsExactly(folder.resolve("copydesk.json"), folder.resolve("copydesk-checkstyle.xml"),
                folder.resolve("copydesk.sarif"), folder.resolve("copydesk-junit.xml"), folder.resolve("copydesk.html"),
                folder.resolve("gl-code-quality-report.json"));
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()).sorted()).containsExactly(
                    "copydesk-checkstyle.xml", "copydesk-junit.xml", "copydesk.html", "copydesk.json", "copydesk.sarif",
                    "gl-code-quality-report.json");
        }
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines()).hasSize(4)
                .allMatch(line -> line.matches("::(error|warning|notice) file=.*"))
                .anyMatch(line -> line.contains("café"));
    }

    @Test
    void theConsoleAloneWritesNothing() throws IOException {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();

        List<Path> written = new ReportPublisher(base.resolve("out"), new PrintStream(stdout))
                .publish(HostileReport.in(base), EnumSet.of(ReportFormat.CONSOLE));

        assertThat(written).isEmpty();
        assertThat(base.resolve("out")).doesNotExist();
        assertThat(stdout.size()).isZero();
    }

    @Test
    void inAGithubStepTheSummaryIsAppendedToTheStepsFileAndNamesTheReportFiles() throws IOException {
        Path summary = base.resolve("step_summary");
        Files.writeString(summary, "An earlier step's summary.\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();

        new ReportPublisher(base.resolve("target/copydesk"), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                java.util.Optional.of(summary)).publish(new Report("1", base, StandardCharsets.UTF_8, 1,
                        List.of(), HostileReport.RULES, GithubAnnotationsTest.findings(12, Severity.ERROR, "ferry")),
                        EnumSet.of(ReportFormat.GITHUB, ReportFormat.SARIF));

        assertThat(Files.readString(summary, StandardCharsets.UTF_8))
                .startsWith("An earlier step's summary.\n## copydesk\n\n")
                .contains("| promo-link | 12 |")
                .contains("2 of 12 findings are not annotated")
                .contains("Every finding is in target/copydesk/copydesk.sarif.\n");
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines()).hasSize(GithubAnnotations.PER_LEVEL);
    }

    @Test
    void withoutTheGithubFormatThereIsNoSummary() throws IOException {
        Path summary = base.resolve("step_summary");

        new ReportPublisher(base.resolve("target/copydesk"), new PrintStream(new ByteArrayOutputStream()),
                java.util.Optional.of(summary)).publish(HostileReport.in(base), EnumSet.of(ReportFormat.SARIF));

        assertThat(summary).doesNotExist();
    }

    @Test
    void theVersionComesFromTheBuild() {
        assertThat(ToolVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
