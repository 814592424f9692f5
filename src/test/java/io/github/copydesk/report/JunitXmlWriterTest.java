package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitXmlWriterTest {
    @TempDir
    Path base;

    private Element written() throws Exception {
        StringWriter out = new StringWriter();
        new JunitXmlWriter().write(HostileReport.in(base), out);
        return CheckstyleXmlWriterTest.parse(out.toString()).getDocumentElement();
    }

    @Test
    void oneTestCasePerFileAndOneFailurePerFinding() throws Exception {
        Element root = written();

        assertThat(root.getTagName()).isEqualTo("testsuites");
        Element suite = (Element) root.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("copydesk");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        Element clean = (Element) cases.item(0);
        assertThat(clean.getAttribute("classname")).isEqualTo("copydesk");
        assertThat(clean.getAttribute("name")).isEqualTo("content/world/clean.txt");
        assertThat(clean.getElementsByTagName("failure").getLength()).isZero();
        assertThat(((Element) cases.item(1)).getElementsByTagName("failure").getLength()).isEqualTo(1);
        Element hostile = (Element) cases.item(2);
        assertThat(hostile.getAttribute("name")).isEqualTo("content/world/q&a, 50%: \"<b>\".txt");
        assertThat(hostile.getElementsByTagName("failure").getLength()).isEqualTo(3);
    }

    @Test
    void aFailureCarriesTheConsoleLineTheTextTheSuggestionAndTheRule() throws Exception {
        Element hostile = (Element) written().getElementsByTagName("testcase").item(2);
        Element spelling = (Element) hostile.getElementsByTagName("failure").item(1);

        assertThat(spelling.getAttribute("type")).isEqualTo("desk-spelling");
        assertThat(spelling.getAttribute("message")).isEqualTo("content/world/q&a, 50%: \"<b>\".txt:7:15: "
                + "[desk-spelling] Write \"café\" & keep 100%:: the\nhouse style, not cafe");
        assertThat(spelling.getTextContent()).isEqualTo("warning: content/world/q&a, 50%: \"<b>\".txt:7:15: "
                + "[desk-spelling] Write \"café\" & keep 100%:: the\nhouse style, not cafe\n"
                + "Text: cafe\nSuggestion: café\nRule: House spellings: \"café\".");
        Element promo = (Element) hostile.getElementsByTagName("failure").item(0);
        assertThat(promo.getTextContent()).contains("Text: " + HostileReport.PROMO_MATCH + "\n");
    }
}
