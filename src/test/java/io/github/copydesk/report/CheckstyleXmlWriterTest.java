package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class CheckstyleXmlWriterTest {
    @TempDir
    Path base;

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private Document written(Report report) throws Exception {
        StringWriter out = new StringWriter();
        new CheckstyleXmlWriter().write(report, out);
        return parse(out.toString());
    }

    @Test
    void listsEveryCheckedFileWithItsFindingsAsErrors() throws Exception {
        Element root = written(HostileReport.in(base)).getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("checkstyle");
        NodeList files = root.getElementsByTagName("file");
        assertThat(files.getLength()).isEqualTo(3);
        assertThat(((Element) files.item(0)).getAttribute("name")).isEqualTo("content/world/clean.txt");
        assertThat(((Element) files.item(0)).getElementsByTagName("error").getLength()).isZero();
        assertThat(((Element) files.item(1)).getAttribute("name")).isEqualTo("content/world/gone.txt");
        Element hostile = (Element) files.item(2);
        assertThat(hostile.getAttribute("name")).isEqualTo("content/world/q&a, 50%: \"<b>\".txt");
        NodeList errors = hostile.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(3);

        Element promo = (Element) errors.item(0);
        assertThat(promo.getAttribute("line")).isEqualTo("3");
        assertThat(promo.getAttribute("column")).isEqualTo("1");
        assertThat(promo.getAttribute("severity")).isEqualTo("error");
        assertThat(promo.getAttribute("message"))
                .isEqualTo("Leftover promo block: \"Coast Weekly - <script>alert(1)</script> harbour ...\"");
        assertThat(promo.getAttribute("source")).isEqualTo("copydesk.promo-link");

        Element spelling = (Element) errors.item(1);
        assertThat(spelling.getAttribute("line")).isEqualTo("7");
        assertThat(spelling.getAttribute("column")).isEqualTo("15");
        assertThat(spelling.getAttribute("severity")).isEqualTo("warning");
        // A line break in an attribute value reads as a space in any XML reader, and is written as one.
        assertThat(spelling.getAttribute("message")).isEqualTo("Write \"café\" & keep 100%:: the house style, not cafe");
        assertThat(((Element) errors.item(2)).getAttribute("severity")).isEqualTo("info");
    }

    @Test
    void controlCharactersXmlForbidsDoNotBreakTheFile() throws Exception {
        Report report = new Report("1.2.3", base, java.nio.charset.StandardCharsets.UTF_8, 1,
                java.util.List.of("a.txt"), HostileReport.RULES, java.util.List.of(new io.github.copydesk.rule.Finding(
                        "a.txt", 1, 1, 1, 3, "promo-link", io.github.copydesk.rule.Severity.ERROR,
                        "Bell \u0007 and form feed \f", "\u0007\f", "", "")));

        Element error = (Element) written(report).getElementsByTagName("error").item(0);

        assertThat(error.getAttribute("message")).isEqualTo("Bell \uFFFD and form feed \uFFFD");
    }

    @Test
    void aLoneSurrogateBecomesAReplacementCharacterAndTheRestOfTheFileStays() throws Exception {
        Report report = new Report("1.2.3", base, java.nio.charset.StandardCharsets.UTF_8, 1,
                java.util.List.of("a.txt", "b.txt"), HostileReport.RULES, java.util.List.of(
                        new io.github.copydesk.rule.Finding("a.txt", 1, 1, 1, 3, "promo-link",
                                io.github.copydesk.rule.Severity.ERROR, "Half \uD83D of an emoji", "", "", ""),
                        new io.github.copydesk.rule.Finding("b.txt", 2, 1, 2, 3, "promo-link",
                                io.github.copydesk.rule.Severity.ERROR, "A whole 🔗 one", "", "", "")));

        NodeList errors = written(report).getElementsByTagName("error");

        assertThat(((Element) errors.item(0)).getAttribute("message")).isEqualTo("Half \uFFFD of an emoji");
        assertThat(((Element) errors.item(1)).getAttribute("message")).isEqualTo("A whole 🔗 one");
    }

    @Test
    void theSameReportGivesTheSameBytesLaidOutOneElementALine() throws Exception {
        StringWriter first = new StringWriter();
        new CheckstyleXmlWriter().write(HostileReport.in(base), first);
        StringWriter second = new StringWriter();
        new CheckstyleXmlWriter().write(HostileReport.in(base), second);

        assertThat(second.toString()).isEqualTo(first.toString());
        assertThat(first.toString().lines()).hasSize(13).first().isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(first.toString().lines().skip(1)).allSatisfy(line -> assertThat(line).matches(" *<.*>"));
        assertThat(first.toString()).endsWith("</checkstyle>\n");
    }
}
