package io.github.copydesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.copydesk.config.Fingerprint;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.rule.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitLab's Code Quality report (its subset of the CodeClimate issue format), which merge requests
 * read to mark findings on the changed lines: a JSON array with one issue per active finding,
 * each with {@code description}, {@code check_name} (the rule id), {@code fingerprint},
 * {@code severity} and {@code location.path} with {@code location.lines.begin}. The fingerprint
 * is the baseline's, so GitLab tells a new finding from one that was there before on the same
 * grounds the baseline does, whatever the lines above it do.
 */
final class CodeQualityWriter implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<Finding> findings = report.findings();
        List<String> fingerprints = fingerprints(report);
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartArray();
            for (int i = 0; i < findings.size(); i++) {
                writeIssue(json, findings.get(i), fingerprints.get(i));
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    /**
     * The fingerprints of the active findings, counted as the baseline counts them: among the
     * findings the run kept after inline comments and the suppressions file, baselined ones included.
     */
    static List<String> fingerprints(Report report) {
        List<Finding> counted = new ArrayList<>(report.findings());
        report.suppressed().stream().filter(s -> s.kind() == SuppressedFinding.Kind.BASELINE)
                .map(SuppressedFinding::finding).forEach(counted::add);
        counted.sort(Finding.ORDER);
        List<String> all = Fingerprint.of(counted);
        Map<Finding, String> byIdentity = new IdentityHashMap<>();
        for (int i = 0; i < counted.size(); i++) {
            byIdentity.put(counted.get(i), all.get(i));
        }
        return report.findings().stream().map(byIdentity::get).toList();
    }

    private static void writeIssue(JsonGenerator json, Finding finding, String fingerprint) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "issue");
        json.writeStringField("description", finding.message());
        json.writeStringField("check_name", finding.ruleId());
        json.writeStringField("fingerprint", fingerprint);
        json.writeStringField("severity", SeverityNames.gitlab(finding.severity()));
        json.writeArrayFieldStart("categories");
        json.writeString("Style");
        json.writeEndArray();
        json.writeObjectFieldStart("location");
        json.writeStringField("path", finding.path());
        json.writeObjectFieldStart("lines");
        json.writeNumberField("begin", finding.line());
        json.writeNumberField("end", finding.endLine());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }
}
