package io.github.copydesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.rule.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, the rules with their names, descriptions,
 * help (built from the description and the rule's examples), documentation page and default levels, one result per finding with its region (columns in code points, as copydesk
 * counts them) relative to {@code %SRCROOT%}, and a line-independent fingerprint.
 */
final class SarifWriter implements ReportWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";
    static final String FINGERPRINT = "copydeskMatchedText/v1";

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<ReportedRule> rules = driverRules(report);
        List<String> ruleIds = rules.stream().map(ReportedRule::id).toList();
        List<Result> results = results(report);
        Map<Finding, String> fingerprints = ReportFingerprints.of(report);
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, report, rules);
            writeBaseDirectory(json, report);
            json.writeStringField("columnKind", "unicodeCodePoints");
            json.writeArrayFieldStart("results");
            for (int i = 0; i < results.size(); i++) {
                Result result = results.get(i);
                writeResult(json, result, ruleIds.indexOf(result.finding().ruleId()),
                        fingerprints.get(result.finding()));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** A result: a finding, and the suppression that accepted it, if one did. */
    private record Result(Finding finding, SuppressedFinding suppression) {
    }

    /** Active and suppressed findings together, in report order. */
    private static List<Result> results(Report report) {
        List<Result> results = new ArrayList<>();
        report.findings().forEach(finding -> results.add(new Result(finding, null)));
        report.suppressed().forEach(suppressed -> results.add(new Result(suppressed.finding(), suppressed)));
        results.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        return results;
    }

    /** Every rule of the run, so code scanning can describe rules that found nothing this time too. */
    private static List<ReportedRule> driverRules(Report report) {
        List<ReportedRule> rules = new ArrayList<>(report.rules());
        report.rulesFound().stream().filter(rule -> !rules.contains(rule)).forEach(rules::add);
        return rules;
    }

    private static void writeTool(JsonGenerator json, Report report, List<ReportedRule> rules) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "copydesk");
        json.writeStringField("version", report.toolVersion());
        json.writeStringField("informationUri", RuleHelp.HOME);
        json.writeArrayFieldStart("rules");
        for (ReportedRule rule : rules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("name", RuleHelp.name(rule));
            writeText(json, "shortDescription", shortDescription(rule));
            writeText(json, "fullDescription", fullDescription(rule));
            json.writeObjectFieldStart("help");
            json.writeStringField("text", RuleHelp.text(rule));
            json.writeStringField("markdown", RuleHelp.markdown(rule));
            json.writeEndObject();
            json.writeStringField("helpUri", RuleHelp.uri(rule));
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", SeverityNames.sarif(rule.severity()));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The description's first sentence: what code scanning shows as the rule's title. */
    static String shortDescription(ReportedRule rule) {
        String description = fullDescription(rule).replaceAll("\\s+", " ");
        int end = description.indexOf(". ");
        return end < 0 ? description : description.substring(0, end + 1);
    }

    /** The description, or for a rule without one a sentence naming it, since SARIF readers show it as a sentence. */
    static String fullDescription(ReportedRule rule) {
        return rule.description().isEmpty() ? "Rule " + rule.id() + "." : rule.description();
    }

    private static void writeBaseDirectory(JsonGenerator json, Report report) throws IOException {
        String base = report.baseDirectory().toAbsolutePath().normalize().toUri().toASCIIString();
        json.writeObjectFieldStart("originalUriBaseIds");
        json.writeObjectFieldStart(SOURCE_ROOT);
        json.writeStringField("uri", base.endsWith("/") ? base : base + "/");
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, Result result, int ruleIndex, String fingerprint)
            throws IOException {
        Finding finding = result.finding();
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", SeverityNames.sarif(finding.severity()));
        writeText(json, "message", finding.message());
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", RelativeUri.of(finding.path()));
        if (RelativeUri.isRelative(finding.path())) {
            json.writeStringField("uriBaseId", SOURCE_ROOT);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", finding.line());
        json.writeNumberField("startColumn", finding.column());
        json.writeNumberField("endLine", finding.endLine());
        json.writeNumberField("endColumn", finding.endColumn());
        if (!finding.matched().isEmpty()) {
            writeText(json, "snippet", finding.matched());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT, fingerprint);
        json.writeEndObject();
        if (result.suppression() != null) {
            writeSuppression(json, result.suppression());
        }
        json.writeEndObject();
    }

    /**
     * An inline comment is SARIF's {@code inSource} suppression; the suppressions file and the
     * baseline are {@code external}, told apart by the justification's opening words.
     */
    private static void writeSuppression(JsonGenerator json, SuppressedFinding suppressed) throws IOException {
        json.writeArrayFieldStart("suppressions");
        json.writeStartObject();
        json.writeStringField("kind", suppressed.kind() == SuppressedFinding.Kind.INLINE ? "inSource" : "external");
        json.writeStringField("status", "accepted");
        json.writeStringField("justification", JsonReportWriter.kind(suppressed.kind()) + ": " + suppressed.reason());
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeText(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }
}
