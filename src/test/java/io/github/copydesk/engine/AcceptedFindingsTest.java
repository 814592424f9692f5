package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.config.Baseline;
import io.github.copydesk.config.Fingerprint;
import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.RuleSetLoader;
import io.github.copydesk.config.RuleSettings;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.config.SuppressionsFile;
import io.github.copydesk.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings the project accepts: the baseline, the suppressions file and inline comments, together. */
class AcceptedFindingsTest {
    private static final String PROMO = """
            Harbour city opens new ferry line

            The harbour authority on Friday opened a ferry line to three islands.

            👉

            Teachers say pupils will sleep longer.

            👉

            SOURCE: AA
            """;

    @TempDir
    Path base;
    RuleSet rules;

    @BeforeEach
    void loadRules() throws Exception {
        rules = new RuleSetLoader().load(RuleSettings.defaults(base));
    }

    private Path write(String name, String text) throws Exception {
        Path file = base.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private LintRequest request(List<Path> files) {
        return new LintRequest(base, files, StandardCharsets.UTF_8, LintRequest.DEFAULT_MAX_FILE_SIZE, rules, 2);
    }

    private Baseline baselineOf(LintResult result) {
        List<String> fingerprints = Fingerprint.of(result.findings());
        List<Baseline.Entry> entries = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            Finding finding = result.findings().get(i);
            entries.add(new Baseline.Entry(fingerprints.get(i), finding.path(), finding.ruleId(), finding.line(),
                    finding.excerpt()));
        }
        return new Baseline("copydesk-baseline.json", entries);
    }

    @Test
    void aBaselinedFindingStaysAcceptedWhenLinesShiftAndOnlyANewOneIsActive() throws Exception {
        Path file = write("content/ferry.txt", PROMO);
        Baseline baseline = baselineOf(new Linter().lint(request(List.of(file))));
        write("content/ferry.txt", "Ferry line: update\n\n" + PROMO.replace("SOURCE: AA", "🔗\n\nSOURCE: AA"));

        LintResult result = new Linter().lint(request(List.of(file)).withBaseline(Optional.of(baseline)));

        assertThat(result.findings()).extracting(f -> f.path() + ":" + f.line() + " " + f.message())
                .containsExactly("content/ferry.txt:13 Leftover link marker: \"🔗\"");
        assertThat(result.suppressed()).extracting(s -> s.finding().line() + " " + s.kind() + " " + s.reason())
                .containsExactly("7 BASELINE in the baseline copydesk-baseline.json",
                        "11 BASELINE in the baseline copydesk-baseline.json");
        assertThat(result.fixedBaselineEntries()).isEmpty();
    }

    @Test
    void entriesNoFindingMatchesAreFixedButOnlyForFilesChecked() throws Exception {
        Path ferry = write("content/ferry.txt", PROMO);
        Path port = write("content/port.txt", PROMO);
        Baseline baseline = baselineOf(new Linter().lint(request(List.of(ferry, port))));
        write("content/ferry.txt", PROMO.replaceFirst("👉\n\n", ""));

        LintResult result = new Linter().lint(request(List.of(ferry)).withBaseline(Optional.of(baseline)));

        assertThat(result.findings()).isEmpty();
        assertThat(result.count(SuppressedFinding.Kind.BASELINE)).isEqualTo(1);
        // Identical texts are told apart by their order: the marker left is occurrence 0, so the
        // entry of occurrence 1, recorded at line 9, is the one reported fixed.
        assertThat(result.fixedBaselineEntries()).extracting(e -> e.path() + ":" + e.line() + " " + e.text())
                .containsExactly("content/ferry.txt:9 👉");
    }

    @Test
    void theSuppressionsFileAcceptsFindingsAndAnExpiredEntryIsAFinding() throws Exception {
        Path file = write("content/archive/ferry.txt", PROMO);
        Path yaml = write("suppressions.yml", """
                - path: content/archive/**
                  rule: promo-link
                  reason: Archive copy stays as it ran
                - path: content/**
                  rule: source-line
                  reason: Until the desk agrees on credits
                  expires: 2026-01-01
                """);
        SuppressionsFile suppressions = SuppressionsFile.read(yaml, "suppressions.yml", List.of("promo-link", "source-line"));

        LintResult result = new Linter().lint(request(List.of(file))
                .withSuppressions(suppressions, LocalDate.of(2026, 1, 1)));

        assertThat(result.findings()).extracting(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId()
                + " " + f.message()).containsExactly("suppressions.yml:4:3 copydesk-suppression Suppression of"
                + " source-line in content/** expired on 2026-01-01: fix the findings or renew the entry with a new reason");
        assertThat(result.suppressed()).extracting(s -> s.finding().line() + " " + s.kind() + " " + s.reason())
                .containsExactly("5 SUPPRESSIONS_FILE Archive copy stays as it ran",
                        "9 SUPPRESSIONS_FILE Archive copy stays as it ran");
    }

    @Test
    void inlineCommentsWorkInMarkdownAndNotInWireText() throws Exception {
        String comment = "<!-- copydesk-disable-next-line promo-link -- the partner asked for the link -->\n\n";
        Path md = write("content/ferry.md", "The harbour authority opened a ferry line.\n\n" + comment
                + "👉\n\nSOURCE: AA\n");
        Path txt = write("content/ferry.txt", "Ferry line opens\n\nThe harbour authority opened a ferry line.\n\n"
                + comment + "👉\n\nSOURCE: AA\n");

        LintResult result = new Linter().lint(request(List.of(md, txt)));

        assertThat(result.findings()).extracting(f -> f.path() + ":" + f.line() + " " + f.ruleId())
                .containsExactly("content/ferry.txt:7 promo-link");
        assertThat(result.suppressed()).extracting(s -> s.finding().path() + ":" + s.finding().line() + " " + s.kind())
                .containsExactly("content/ferry.md:5 INLINE");
    }
}
