package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class JunitXmlWriterTest {
    @TempDir
    Path base;

    private static Element written(Report report) throws Exception {
        StringWriter out = new StringWriter();
        new JunitXmlWriter().write(report, out);
        return CheckstyleXmlWriterTest.parse(out.toString()).getDocumentElement();
    }

    private Report hostile(Severity violationSeverity) {
        Report report = HostileReport.in(base);
        return new Report(report.toolVersion(), base, report.charset(), report.maxFileSize(), report.files(),
                report.rules(), report.findings(), report.suppressed(), violationSeverity);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    @Test
    void oneTestCasePerFileFailingOnlyOnViolations() throws Exception {
        Element root = written(hostile(Severity.ERROR));

        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.hasAttribute("skipped")).isFalse();
        Element suite = children(root, "testsuite").get(0);
        assertThat(suite.getAttribute("name")).isEqualTo("copydesk");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        List<Element> cases = children(suite, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly(HostileReport.CLEAN_PATH,
                HostileReport.MISSING_PATH, HostileReport.HOSTILE_PATH);
        assertThat(cases.get(0).getChildNodes().getLength()).isZero();
        assertThat(children(cases.get(1), "failure")).hasSize(1);
        assertThat(children(cases.get(2), "failure")).hasSize(1);
    }

    @Test
    void aFileFailsOnceListingEveryViolationAndTheOtherFindingsGoToItsOutput() throws Exception {
        Element hostile = children(written(hostile(Severity.ERROR)), "testcase").get(2);

        Element failure = children(hostile, "failure").get(0);
        assertThat(failure.getAttribute("message")).isEqualTo("1 violation: promo-link");
        assertThat(failure.getAttribute("type")).isEqualTo("promo-link");
        assertThat(failure.getTextContent()).isEqualTo("3:1 error [promo-link] " + HostileReport.PROMO.message() + "\n");
        assertThat(children(hostile, "system-out").get(0).getTextContent()).isEqualTo("""
                2 findings below error, not a failure:
                7:15 warning [desk-spelling] Write "café" & keep 100%:: the house style, not cafe (suggestion: café)
                9:1 info [source-line] Source line SOURCE:AA, noted
                """);
    }

    @Test
    void aLowerViolationSeverityMakesMoreFindingsFailures() throws Exception {
        Element hostile = children(written(hostile(Severity.WARNING)), "testcase").get(2);

        Element failure = children(hostile, "failure").get(0);
        assertThat(failure.getAttribute("message")).isEqualTo("2 violations: promo-link, desk-spelling");
        assertThat(failure.getTextContent().lines()).extracting(line -> line.substring(0, line.indexOf(' ')))
                .containsExactly("3:1", "7:15");
        assertThat(children(hostile, "system-out").get(0).getTextContent())
                .startsWith("1 finding below warning, not a failure:\n9:1 info [source-line]");
    }

    @Test
    void warningsAloneDoNotFailWhenErrorsAreTheViolations() throws Exception {
        Finding warning = new Finding("a.txt", 4, 2, 4, 6, "desk-spelling", Severity.WARNING, "Write café", "cafe",
                "cafe", "");
        Report report = new Report("1", base, java.nio.charset.StandardCharsets.UTF_8, 1, List.of("a.txt"),
                HostileReport.RULES, List.of(warning));

        Element root = written(report);

        assertThat(root.getAttribute("failures")).isEqualTo("0");
        assertThat(children(root, "failure")).isEmpty();
        assertThat(children(root, "system-out").get(0).getTextContent()).contains("4:2 warning [desk-spelling]");
    }

    @Test
    void controlCharactersXmlForbidsAndCarriageReturnsDoNotBreakTheText() throws Exception {
        Finding note = new Finding("a.txt", 4, 2, 4, 6, "desk-spelling", Severity.INFO, "Bell \u0007 here", "cafe",
                "cafe", "café\rcrème");
        Report report = new Report("1", base, java.nio.charset.StandardCharsets.UTF_8, 1, List.of("a.txt"),
                HostileReport.RULES, List.of(note));

        Element root = written(report);

        assertThat(children(root, "system-out").get(0).getTextContent())
                .endsWith("4:2 info [desk-spelling] Bell \uFFFD here (suggestion: café\ncrème)\n");
    }

    /**
     * The structure the Jenkins xUnit plugin's {@code junit-10.xsd} allows, for the elements this
     * writer uses: each element's permitted children and attributes, and the attributes it requires.
     */
    private record Allowed(Set<String> children, Set<String> attributes, Set<String> required, boolean text) {
    }

    private static final Map<String, Allowed> JUNIT_10 = Map.of(
            "testsuites", new Allowed(Set.of("testsuite"), Set.of("name", "time", "tests", "failures", "errors"),
                    Set.of(), false),
            "testsuite", new Allowed(Set.of("testsuite", "properties", "testcase", "system-out", "system-err"),
                    Set.of("name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp",
                            "hostname", "id", "package", "file", "log", "url"),
                    Set.of("name", "tests", "failures", "errors"), false),
            "testcase", new Allowed(Set.of("skipped", "error", "failure", "system-out", "system-err"),
                    Set.of("name", "time", "classname", "group"), Set.of("name"), false),
            "failure", new Allowed(Set.of(), Set.of("type", "message"), Set.of(), true),
            "system-out", new Allowed(Set.of(), Set.of(), Set.of(), true));

    @Test
    void followsTheStructureOfTheXunitPluginsJunitSchema() throws Exception {
        Element root = written(hostile(Severity.WARNING));

        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(violations(root)).isEmpty();
    }

    @Test
    void theStructureCheckCatchesTheSkippedAttributeOnTestsuites() throws Exception {
        Element root = written(hostile(Severity.WARNING));
        root.setAttribute("skipped", "0");

        assertThat(violations(root)).containsExactly("testsuites: attribute skipped is not allowed");
    }

    private static List<String> violations(Element element) {
        List<String> problems = new ArrayList<>();
        Allowed allowed = JUNIT_10.get(element.getTagName());
        if (allowed == null) {
            problems.add(element.getTagName() + ": no such element");
            return problems;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.item(i).getNodeName();
            if (!allowed.attributes().contains(name)) {
                problems.add(element.getTagName() + ": attribute " + name + " is not allowed");
            }
        }
        allowed.required().stream().filter(name -> !element.hasAttribute(name))
                .forEach(name -> problems.add(element.getTagName() + ": attribute " + name + " is missing"));
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node child = nodes.item(i);
            if (child instanceof Element childElement) {
                if (!allowed.children().contains(childElement.getTagName())) {
                    problems.add(element.getTagName() + ": child " + childElement.getTagName() + " is not allowed");
                } else {
                    problems.addAll(violations(childElement));
                }
            } else if (child.getNodeType() == Node.TEXT_NODE && !allowed.text() && !child.getTextContent().isBlank()) {
                problems.add(element.getTagName() + ": text is not allowed");
            }
        }
        return problems;
    }
}
