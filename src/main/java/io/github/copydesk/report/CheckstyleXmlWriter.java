package io.github.copydesk.report;

import io.github.copydesk.rule.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle's XML result format, which Jenkins warnings-ng and Sonar import: every checked file,
 * each finding an {@code <error>} in it. The {@code source} is {@code copydesk.<rule-id>}, dotted
 * like checkstyle's own sources, so importers that split it show the rule id as the type.
 */
final class CheckstyleXmlWriter implements ReportWriter {
    /** The format version other linters' checkstyle writers announce (ESLint's among them); importers do not read it. */
    private static final String FORMAT_VERSION = "4.3";

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<checkstyle version=\"" + FORMAT_VERSION + "\">\n");
        for (Map.Entry<String, List<Finding>> file : report.findingsByFile().entrySet()) {
            out.write("  <file name=\"" + MarkupText.escape(file.getKey()) + "\">\n");
            for (Finding finding : file.getValue()) {
                out.write("    <error line=\"" + finding.line() + "\" column=\"" + finding.column()
                        + "\" severity=\"" + finding.severity().id()
                        + "\" message=\"" + MarkupText.escape(finding.message())
                        + "\" source=\"" + MarkupText.escape(source(finding.ruleId())) + "\"/>\n");
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
    }

    static String source(String ruleId) {
        return "copydesk." + ruleId;
    }
}
