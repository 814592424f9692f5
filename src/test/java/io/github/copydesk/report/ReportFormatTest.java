package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    @Test
    void theConsoleIsTheDefault() {
        assertThat(ReportFormat.parseList(null)).containsExactly(ReportFormat.CONSOLE);
        assertThat(ReportFormat.parseList("")).containsExactly(ReportFormat.CONSOLE);
        assertThat(ReportFormat.parseList("console")).containsExactly(ReportFormat.CONSOLE);
    }

    @Test
    void listedFormatsComeOnTopOfTheConsole() {
        assertThat(ReportFormat.parseList("json, SARIF,html,json"))
                .containsExactly(ReportFormat.CONSOLE, ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.HTML);
    }

    @Test
    void minusConsoleTurnsTheConsoleOff() {
        assertThat(ReportFormat.parseList("github,-console")).containsExactly(ReportFormat.GITHUB);
    }

    @Test
    void anUnknownFormatNamesTheValidOnes() {
        assertThatThrownBy(() -> ReportFormat.parseList("json,xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outputFormats: unknown format 'xml'; use any of console, json, checkstyle, sarif, junit, "
                        + "github, html, codequality");
    }

    @Test
    void eachFileFormatWritesAFileNamedAfterItself() {
        assertThat(Arrays.stream(ReportFormat.values()).map(format -> format.id() + "=" + format.fileName().orElse("-")))
                .containsExactly("console=-", "json=copydesk.json", "checkstyle=copydesk-checkstyle.xml",
                        "sarif=copydesk.sarif", "junit=copydesk-junit.xml", "github=-", "html=copydesk.html",
                        "codequality=gl-code-quality-report.json");
    }
}
