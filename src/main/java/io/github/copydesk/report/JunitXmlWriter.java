package io.github.copydesk.report;

import io.github.copydesk.rule.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;

/**
 * JUnit's XML result format, as Jenkins' JUnit and xUnit plugins read it ({@code junit-10.xsd}), so
 * CI test tabs list the articles: one test case per checked file, named by its path. A file with
 * violations (findings at {@code violationSeverity} or above) fails with one {@code <failure>}
 * listing each of them at its line and column; findings below that level do not fail the test
 * case, since they do not fail the build, and are listed in its {@code <system-out>}.
 * {@code failures} counts failing files, as it counts failing test cases.
 */
final class JunitXmlWriter implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = report.findingsByFile();
        long failing = byFile.values().stream()
                .filter(findings -> findings.stream().anyMatch(report::isViolation)).count();
        XmlOutput.write(out, xml -> {
            xml.start("testsuites").attribute("name", "copydesk");
            counts(xml, byFile.size(), failing);
            xml.start("testsuite").attribute("name", "copydesk");
            counts(xml, byFile.size(), failing).attribute("skipped", 0);
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                if (file.getValue().isEmpty()) {
                    xml.empty("testcase").attribute("classname", "copydesk").attribute("name", file.getKey());
                    continue;
                }
                List<Finding> violations = file.getValue().stream().filter(report::isViolation).toList();
                List<Finding> others = file.getValue().stream().filter(f -> !report.isViolation(f)).toList();
                xml.start("testcase").attribute("classname", "copydesk").attribute("name", file.getKey());
                if (!violations.isEmpty()) {
                    writeFailure(xml, violations);
                }
                if (!others.isEmpty()) {
                    xml.start("system-out").endWithText(others.size()
                            + (others.size() == 1 ? " finding" : " findings") + " below "
                            + report.violationSeverity().id() + ", not a failure:\n" + list(others));
                }
                xml.end();
            }
            xml.end();
            xml.end();
        });
    }

    private static XmlOutput counts(XmlOutput xml, int tests, long failures) throws XMLStreamException {
        return xml.attribute("tests", tests).attribute("failures", failures).attribute("errors", 0);
    }

    /** One failure for the file: its message counts the violations and names their rules, its text lists them. */
    private static void writeFailure(XmlOutput xml, List<Finding> violations) throws XMLStreamException {
        String rules = violations.stream().map(Finding::ruleId).distinct().collect(Collectors.joining(", "));
        String message = violations.size() + (violations.size() == 1 ? " violation" : " violations") + ": " + rules;
        xml.start("failure").attribute("message", message).attribute("type", rules).endWithText(list(violations));
    }

    /** Each finding on a line of its own: {@code line:column level [rule] message}, and its suggestion if it has one. */
    private static String list(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(finding.line()).append(':').append(finding.column()).append(' ')
                    .append(finding.severity().id()).append(" [").append(finding.ruleId()).append("] ")
                    .append(finding.message().replaceAll("\\R", " "));
            if (finding.hasSuggestion()) {
                text.append(" (suggestion: ").append(finding.suggestion()).append(')');
            }
            text.append('\n');
        }
        return text.toString();
    }
}
