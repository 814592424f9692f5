package io.github.copydesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The findings as JSON, one object per finding in the console's order, for scripts and
 * dashboards: {@code tool}, {@code version}, {@code shard} (only in a shard's report),
 * {@code filesChecked}, {@code encoding} and {@code maxFileSize} (how the articles were read),
 * {@code files} (the articles checked), {@code rules} (every rule of the run with its level,
 * description, examples and rule file), {@code findings}, {@code suppressed} (the accepted
 * findings, each with a {@code suppression} object giving its {@code kind} and {@code reason}),
 * {@code summary} (the active findings per severity). It holds everything the other formats are
 * written from, so that {@link ShardMerge} can write them for the shards of a run.
 */
final class JsonReportWriter implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<Finding, String> fingerprints = ReportFingerprints.of(report);
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeStringField("tool", "copydesk");
            json.writeStringField("version", report.toolVersion());
            if (report.shard().isPresent()) {
                json.writeStringField("shard", report.shard().get().toString());
            }
            json.writeNumberField("filesChecked", report.files().size());
            json.writeStringField("encoding", report.charset().name());
            json.writeNumberField("maxFileSize", report.maxFileSize());
            json.writeArrayFieldStart("files");
            for (String file : report.files()) {
                json.writeString(file);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rules");
            for (ReportedRule rule : report.rules()) {
                writeRule(json, rule);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (Finding finding : report.findings()) {
                json.writeStartObject();
                writeFields(json, finding, fingerprints.get(finding));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("suppressed");
            for (SuppressedFinding suppressed : report.suppressed()) {
                json.writeStartObject();
                writeFields(json, suppressed.finding(), fingerprints.get(suppressed.finding()));
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

    private static void writeRule(JsonGenerator json, ReportedRule rule) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("severity", rule.severity().id());
        json.writeStringField("description", rule.description());
        json.writeObjectFieldStart("examples");
        writeStrings(json, "flag", rule.flagExamples());
        writeStrings(json, "pass", rule.passExamples());
        json.writeEndObject();
        json.writeStringField("origin", rule.origin());
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** {@code inline}, {@code suppressionsFile} or {@code baseline}. */
    static String kind(SuppressedFinding.Kind kind) {
        return switch (kind) {
            case INLINE -> "inline";
            case SUPPRESSIONS_FILE -> "suppressionsFile";
            case BASELINE -> "baseline";
        };
    }

    /** {@code matched} is the text as it stands in the file, {@code excerpt} the same text shortened for display. */
    private static void writeFields(JsonGenerator json, Finding finding, String fingerprint) throws IOException {
        json.writeStringField("path", finding.path());
        json.writeNumberField("line", finding.line());
        json.writeNumberField("column", finding.column());
        json.writeNumberField("endLine", finding.endLine());
        json.writeNumberField("endColumn", finding.endColumn());
        json.writeStringField("rule", finding.ruleId());
        json.writeStringField("severity", finding.severity().id());
        json.writeStringField("message", finding.message());
        json.writeStringField("matched", finding.matched());
        json.writeStringField("excerpt", finding.excerpt());
        if (finding.hasSuggestion()) {
            json.writeStringField("suggestion", finding.suggestion());
        }
        json.writeStringField("fingerprint", fingerprint);
    }
}
