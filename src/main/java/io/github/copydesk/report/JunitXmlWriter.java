package io.github.copydesk.report;

import io.github.copydesk.rule.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * JUnit's XML result format, so CI test tabs list the articles: one test case per checked file,
 * named by its path, passing when the file has no findings and carrying one {@code <failure>} per
 * finding otherwise. {@code failures} counts failing files, as it counts failing test cases.
 */
final class JunitXmlWriter implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = report.findingsByFile();
        long failing = byFile.values().stream().filter(findings -> !findings.isEmpty()).count();
        String counts = "tests=\"" + byFile.size() + "\" failures=\"" + failing + "\" errors=\"0\" skipped=\"0\"";
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"copydesk\" " + counts + ">\n");
        out.write("  <testsuite name=\"copydesk\" " + counts + ">\n");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            String name = MarkupText.escape(file.getKey());
            if (file.getValue().isEmpty()) {
                out.write("    <testcase classname=\"copydesk\" name=\"" + name + "\"/>\n");
                continue;
            }
            out.write("    <testcase classname=\"copydesk\" name=\"" + name + "\">\n");
            for (Finding finding : file.getValue()) {
                writeFailure(out, finding, report.rule(finding.ruleId()));
            }
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
        out.write("</testsuites>\n");
    }

    private static void writeFailure(Writer out, Finding finding, ReportedRule rule) throws IOException {
        out.write("      <failure message=\"" + MarkupText.escape(ConsoleReport.line(finding))
                + "\" type=\"" + MarkupText.escape(finding.ruleId()) + "\">");
        StringBuilder details = new StringBuilder()
                .append(finding.severity().id()).append(": ").append(ConsoleReport.line(finding));
        if (!finding.matched().isEmpty()) {
            details.append("\nText: ").append(finding.matched());
        }
        if (finding.hasSuggestion()) {
            details.append("\nSuggestion: ").append(finding.suggestion());
        }
        if (!rule.description().isEmpty()) {
            details.append("\nRule: ").append(rule.description());
        }
        out.write(MarkupText.escape(details.toString()));
        out.write("</failure>\n");
    }
}
