package io.github.copydesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The findings as JSON, one object per finding in the console's order, for scripts and
 * dashboards: {@code tool}, {@code version}, {@code filesChecked}, {@code findings},
 * {@code suppressed} (the accepted findings, each with a {@code suppression} object giving its
 * {@code kind} and {@code reason}), {@code summary} (the active findings per severity).
 */
final class JsonReportWriter implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeStringField("tool", "copydesk");
            json.writeStringField("version", report.toolVersion());
            json.writeNumberField("filesChecked", report.files().size());
            json.writeArrayFieldStart("findings");
            for (Finding finding : report.findings()) {
                writeFinding(json, finding);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("suppressed");
            for (SuppressedFinding suppressed : report.suppressed()) {
                json.writeStartObject();
                writeFields(json, suppressed.finding());
                json.writeObjectFieldStart("suppression");
                json.writeStringField("kind", kind(suppressed.kind()));
                json.writeStringField("reason", suppressed.reason());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            for (Map.Entry<Severity, Long> count : report.countBySeverity().entrySet()) {
                json.writeNumberField(count.getKey().id(), count.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        writeFields(json, finding);
        json.writeEndObject();
    }

    /** {@code inline}, {@code suppressionsFile} or {@code baseline}. */
    static String kind(SuppressedFinding.Kind kind) {
        return switch (kind) {
            case INLINE -> "inline";
            case SUPPRESSIONS_FILE -> "suppressionsFile";
            case BASELINE -> "baseline";
        };
    }

    private static void writeFields(JsonGenerator json, Finding finding) throws IOException {
        json.writeStringField("path", finding.path());
        json.writeNumberField("line", finding.line());
        json.writeNumberField("column", finding.column());
        json.writeNumberField("endLine", finding.endLine());
        json.writeNumberField("endColumn", finding.endColumn());
        json.writeStringField("rule", finding.ruleId());
        json.writeStringField("severity", finding.severity().id());
        json.writeStringField("message", finding.message());
        json.writeStringField("excerpt", finding.excerpt());
        if (finding.hasSuggestion()) {
            json.writeStringField("suggestion", finding.suggestion());
        }
    }
}
