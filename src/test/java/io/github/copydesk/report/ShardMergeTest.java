package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.config.Baseline;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.engine.Shard;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardMergeTest {
    @TempDir
    Path base;

    /** A finding about no article: every shard of a run reports it. */
    private static final Finding EXPIRED = new Finding("copydesk-suppressions.yml", 4, 3, 4, 4, "copydesk-suppression",
            Severity.ERROR, "Suppression of promo-link in content/archive/** expired on 2020-01-31", "", "", "");

    private static final Finding INLINE_SUPPRESSED = new Finding(HostileReport.CLEAN_PATH, 1, 1, 1, 6, "promo-link",
            Severity.ERROR, "Leftover link marker", "Clean", "Clean", "");

    /** The hostile run with findings an inline comment and the baseline accepted, and one about no article. */
    private Report whole() {
        Report hostile = HostileReport.in(base);
        List<Finding> findings = new ArrayList<>(hostile.findings());
        findings.add(EXPIRED);
        findings.sort(Finding.ORDER);
        List<SuppressedFinding> suppressed = List.of(
                new SuppressedFinding(INLINE_SUPPRESSED, SuppressedFinding.Kind.INLINE, "the link is the story"),
                new SuppressedFinding(HostileReport.SPELLING, SuppressedFinding.Kind.BASELINE,
                        "in the baseline copydesk-baseline.json"));
        findings.remove(HostileReport.SPELLING);
        return new Report(hostile.toolVersion(), base, hostile.charset(), hostile.maxFileSize(), hostile.files(),
                hostile.rules(), findings, suppressed, Severity.WARNING);
    }

    /** The part of {@code whole} about {@code files}, as shard {@code index} of {@code count} reports it in JSON. */
    private Path shardReport(Report whole, List<String> files, int index, int count) throws IOException {
        List<Finding> findings = whole.findings().stream()
                .filter(f -> files.contains(f.path()) || f == EXPIRED).toList();
        List<SuppressedFinding> suppressed = whole.suppressed().stream()
                .filter(s -> files.contains(s.finding().path())).toList();
        Report shard = new Report(whole.toolVersion(), base, whole.charset(), whole.maxFileSize(), files, whole.rules(),
                findings, suppressed, Severity.ERROR, Optional.of(new Shard(index, count)));
        Path file = base.resolve("target/shard-" + index + "/copydesk.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, written(ReportFormat.JSON, shard), StandardCharsets.UTF_8);
        return file;
    }

    private static String written(ReportFormat format, Report report) throws IOException {
        StringWriter out = new StringWriter();
        format.writer().write(report, out);
        return out.toString();
    }

    /** Every format's text of {@code report}. */
    private static Map<ReportFormat, String> formats(Report report) throws IOException {
        Map<ReportFormat, String> texts = new TreeMap<>();
        for (ReportFormat format : ReportFormat.values()) {
            if (format.writer() != null) {
                texts.put(format, written(format, report));
            }
        }
        return texts;
    }

    @Test
    void theMergedShardsWriteEveryFormatAsTheWholeRunDoes() throws Exception {
        Report whole = whole();
        List<Path> reports = List.of(
                shardReport(whole, List.of(HostileReport.HOSTILE_PATH), 2, 2),
                shardReport(whole, List.of(HostileReport.CLEAN_PATH, HostileReport.MISSING_PATH), 1, 2));

        ShardMerge.Merged merged = ShardMerge.merge(reports, base, Severity.WARNING, Optional.empty());

        assertThat(formats(merged.report())).isEqualTo(formats(whole));
        assertThat(merged.report().files()).containsExactlyElementsOf(whole.files());
        assertThat(merged.report().findings()).filteredOn(f -> f.equals(EXPIRED)).hasSize(1);
        assertThat(merged.result().filesChecked()).isEqualTo(3);
        assertThat(merged.result().count(Severity.WARNING)).isEqualTo(3);
        assertThat(merged.result().count(SuppressedFinding.Kind.BASELINE)).isEqualTo(1);
    }

    @Test
    void baselineEntriesNoShardMatchedAreTheFixedOnesOfTheWholeRun() throws Exception {
        Report whole = whole();
        List<Path> reports = ShardMerge.reportFiles(List.of(
                shardReport(whole, List.of(HostileReport.CLEAN_PATH, HostileReport.MISSING_PATH), 1, 2),
                shardReport(whole, List.of(HostileReport.HOSTILE_PATH), 2, 2).getParent()));
        String spellingFingerprint = ReportFingerprints.of(whole).get(HostileReport.SPELLING);
        Baseline.Entry kept = new Baseline.Entry(spellingFingerprint, HostileReport.HOSTILE_PATH, "desk-spelling", 7, "cafe");
        Baseline.Entry fixed = new Baseline.Entry("00112233445566778899aabbccddeeff", HostileReport.CLEAN_PATH,
                "promo-link", 2, "Read more");
        Baseline.Entry unchecked = new Baseline.Entry("ffeeddccbbaa99887766554433221100", "content/other.txt",
                "promo-link", 2, "Read more");

        ShardMerge.Merged merged = ShardMerge.merge(reports, base, Severity.ERROR,
                Optional.of(new Baseline("copydesk-baseline.json", List.of(kept, fixed, unchecked))));

        assertThat(merged.result().fixedBaselineEntries()).containsExactly(fixed);
    }

    @Test
    void aFolderIsSearchedForJsonReportsOnly() throws Exception {
        Report whole = whole();
        Path first = shardReport(whole, List.of(HostileReport.CLEAN_PATH, HostileReport.MISSING_PATH), 1, 2);
        Path second = shardReport(whole, List.of(HostileReport.HOSTILE_PATH), 2, 2);
        Files.writeString(second.resolveSibling("gl-code-quality-report.json"), "[]");

        assertThat(ShardMerge.reportFiles(List.of(base.resolve("target")))).containsExactly(first, second);
        assertThatThrownBy(() -> ShardMerge.reportFiles(List.of(base.resolve("content"))))
                .hasMessage("shardReports: " + base.resolve("content") + " holds no copydesk.json");
        assertThatThrownBy(() -> ShardMerge.reportFiles(List.of(base.resolve("nowhere.json"))))
                .hasMessage("shardReports: " + base.resolve("nowhere.json") + " does not exist");
    }

    @Test
    void aMissingOrRepeatedShardIsAnError() throws Exception {
        Report whole = whole();
        Path first = shardReport(whole, List.of(HostileReport.CLEAN_PATH), 1, 3);
        Path third = shardReport(whole, List.of(HostileReport.HOSTILE_PATH), 3, 3);

        assertThatThrownBy(() -> ShardMerge.merge(List.of(first, third), base, Severity.ERROR, Optional.empty()))
                .isInstanceOf(ShardReportException.class)
                .hasMessage("shardReports: the report of shard 2/3 is missing; the reports given are of shard 1/3, 3/3");
        Path copy = Files.copy(first, base.resolve("copy.json"));
        assertThatThrownBy(() -> ShardMerge.merge(List.of(first, copy, third), base, Severity.ERROR, Optional.empty()))
                .hasMessage("shardReports: target/shard-1/copydesk.json and copy.json are both the report of shard 1/3");
    }

    @Test
    void reportsOfDifferentRunsOrSharingAnArticleAreRefused() throws Exception {
        Report whole = whole();
        Path first = shardReport(whole, List.of(HostileReport.CLEAN_PATH), 1, 2);
        Path second = shardReport(whole, List.of(HostileReport.CLEAN_PATH, HostileReport.HOSTILE_PATH), 2, 2);
        assertThatThrownBy(() -> ShardMerge.merge(List.of(first, second), base, Severity.ERROR, Optional.empty()))
                .hasMessage("shardReports: content/world/clean.txt is in both target/shard-1/copydesk.json and"
                        + " target/shard-2/copydesk.json; the shards of one run share no article");

        Files.writeString(second, Files.readString(second).replace("\"version\" : \"1.2.3\"", "\"version\" : \"1.2.4\""));
        assertThatThrownBy(() -> ShardMerge.merge(List.of(first, second), base, Severity.ERROR, Optional.empty()))
                .hasMessage("shardReports: target/shard-1/copydesk.json and target/shard-2/copydesk.json are not"
                        + " shards of one run: copydesk 1.2.3 and 1.2.4");
        Files.writeString(second, written(ReportFormat.JSON, new Report("1.2.3", base, StandardCharsets.UTF_8, 1,
                List.of(HostileReport.HOSTILE_PATH), List.of(), List.of(), List.of(), Severity.ERROR,
                Optional.of(new Shard(2, 2)))));
        assertThatThrownBy(() -> ShardMerge.merge(List.of(first, second), base, Severity.ERROR, Optional.empty()))
                .hasMessageEndingWith("are not shards of one run: maxFileSize 1000000 and 1");
    }

    @Test
    void anythingButTheJsonReportOfAShardIsAnErrorNamingTheFile() throws Exception {
        Path whole = base.resolve("whole.json");
        Files.writeString(whole, written(ReportFormat.JSON, whole()));
        Path sarif = base.resolve("copydesk.sarif");
        Files.writeString(sarif, written(ReportFormat.SARIF, whole()));
        Path text = base.resolve("notes.json");
        Files.writeString(text, "not json at all");
        Path partial = base.resolve("partial.json");
        Files.writeString(partial, "{\"tool\": \"copydesk\", \"shard\": \"1/1\", \"version\": \"1.2.3\"}");

        assertThatThrownBy(() -> ShardMerge.merge(List.of(whole), base, Severity.ERROR, Optional.empty()))
                .hasMessageStartingWith("shardReports: whole.json is the report of a whole run, not of a shard");
        assertThatThrownBy(() -> ShardMerge.merge(List.of(sarif), base, Severity.ERROR, Optional.empty()))
                .hasMessage("shardReports: copydesk.sarif is not a copydesk JSON report: it has no \"tool\": \"copydesk\"");
        assertThatThrownBy(() -> ShardMerge.merge(List.of(text), base, Severity.ERROR, Optional.empty()))
                .hasMessageStartingWith("shardReports: notes.json is not a copydesk JSON report: it is not JSON");
        assertThatThrownBy(() -> ShardMerge.merge(List.of(partial), base, Severity.ERROR, Optional.empty()))
                .hasMessage("shardReports: partial.json is not a copydesk JSON report of this version:"
                        + " no text \"encoding\"");
    }
}
