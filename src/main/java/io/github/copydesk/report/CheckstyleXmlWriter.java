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
        XmlOutput.write(out, xml -> {
            xml.start("checkstyle").attribute("version", FORMAT_VERSION);
            for (Map.Entry<String, List<Finding>> file : report.findingsByFile().entrySet()) {
                xml.start("file").attribute("name", file.getKey());
                for (Finding finding : file.getValue()) {
                    xml.empty("error")
                            .attribute("line", finding.line())
                            .attribute("column", finding.column())
                            .attribute("severity", finding.severity().id())
                            .attribute("message", finding.message())
                            .attribute("source", source(finding.ruleId()));
                }
                xml.end();
            }
            xml.end();
        });
    }

    static String source(String ruleId) {
        return "copydesk." + ruleId;
    }
}
