package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.copydesk.config.Fingerprint;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeQualityWriterTest {
    /** The levels GitLab's Code Quality documentation allows. */
    private static final Set<String> GITLAB_SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

    @TempDir
    Path base;

    private static JsonNode codeQuality(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new CodeQualityWriter().write(report, out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void everyIssueHasTheFieldsGitlabRequires() throws IOException {
        JsonNode issues = codeQuality(HostileReport.in(base));

        assertThat(issues.isArray()).isTrue();
        assertThat(issues).hasSize(4);
        for (JsonNode issue : issues) {
            assertThat(issue.get("description").isTextual()).isTrue();
            assertThat(issue.get("description").asText()).isNotBlank();
            assertThat(issue.get("check_name").asText()).isNotBlank();
            assertThat(issue.get("fingerprint").asText()).matches("[0-9a-f]{32}");
            assertThat(issue.get("severity").asText()).isIn(GITLAB_SEVERITIES);
            assertThat(issue.get("location").get("path").asText()).isNotBlank();
            assertThat(issue.get("location").get("lines").get("begin").isInt()).isTrue();
            assertThat(issue.get("location").get("lines").get("begin").asInt()).isPositive();
        }
    }

    @Test
    void anIssueIsItsFindingAtGitlabsLevel() throws IOException {
        JsonNode issues = codeQuality(HostileReport.in(base));

        JsonNode spelling = issues.get(2);
        assertThat(spelling.get("description").asText()).isEqualTo(HostileReport.SPELLING.message());
        assertThat(spelling.get("check_name").asText()).isEqualTo("desk-spelling");
        assertThat(spelling.get("location").get("path").asText()).isEqualTo(HostileReport.HOSTILE_PATH);
        assertThat(spelling.get("location").get("lines").get("begin").asInt()).isEqualTo(7);
        assertThat(issues).extracting(issue -> issue.get("severity").asText())
                .containsExactly("major", "major", "minor", "info");
    }

    @Test
    void fingerprintsAreTheBaselinesUniquePerFindingAndStayWhenLinesShift() throws IOException {
        List<Finding> before = List.of(finding(5, "Read more: the harbour story"),
                finding(9, "Read more: the harbour story"), finding(12, "👉"));
        List<Finding> shifted = List.of(finding(8, "Read more: the harbour\nstory"),
                finding(14, "Read more: the harbour story"), finding(20, "👉"));

        List<String> first = fingerprints(report(before, List.of()));
        List<String> again = fingerprints(report(shifted, List.of()));

        assertThat(first).isEqualTo(Fingerprint.of(before)).doesNotHaveDuplicates();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aBaselinedFindingKeepsTheFingerprintsOfTheOthersAsTheBaselineCountsThem() throws IOException {
        Finding baselined = finding(5, "Read more: the harbour story");
        Finding active = finding(9, "Read more: the harbour story");
        Finding inline = finding(2, "Read more: the harbour story");
        Report report = report(List.of(active), List.of(
                new SuppressedFinding(inline, SuppressedFinding.Kind.INLINE, "partner copy"),
                new SuppressedFinding(baselined, SuppressedFinding.Kind.BASELINE, "in the baseline")));

        assertThat(fingerprints(report)).containsExactly(Fingerprint.of(List.of(baselined, active)).get(1));
    }

    private Report report(List<Finding> findings, List<SuppressedFinding> suppressed) {
        return new Report("1", base, StandardCharsets.UTF_8, 1, List.of("a.txt"), HostileReport.RULES, findings,
                suppressed);
    }

    private static List<String> fingerprints(Report report) throws IOException {
        List<String> fingerprints = new ArrayList<>();
        codeQuality(report).forEach(issue -> fingerprints.add(issue.get("fingerprint").asText()));
        return fingerprints;
    }

    private static Finding finding(int line, String matched) {
        return new Finding("a.txt", line, 1, line, 10, "promo-link", Severity.ERROR, "Leftover", matched, matched, "");
    }
}
