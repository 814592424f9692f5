package io.github.copydesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.copydesk.rule.Finding;
import java.io.IOException;
import java.io.Writer;
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
        Map<Finding, String> fingerprints = ReportFingerprints.of(report);
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartArray();
            for (Finding finding : report.findings()) {
                writeIssue(json, finding, fingerprints.get(finding));
            }
            json.writeEndArray();
        }
        out.write('\n');
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
