package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {
    @Test
    void aLineIsPathLineColumnRuleAndMessage() {
        Finding finding = new Finding("content/world/kursk.txt", 13, 1, 17, 3, "promo-link", Severity.ERROR,
                "Leftover promo block: \"Brand - Some headline here ...\"", "Brand - Some headline here today",
                "Brand - Some headline here ...", "");

        assertThat(ConsoleReport.line(finding)).isEqualTo(
                "content/world/kursk.txt:13:1: [promo-link] Leftover promo block: \"Brand - Some headline here ...\"");
    }

    @Test
    void theSummaryUsesCheckstylesWording() {
        assertThat(ConsoleReport.summary(1, 0)).isEqualTo("You have 1 copydesk violation.");
        assertThat(ConsoleReport.summary(0, 0)).isEqualTo("You have 0 copydesk violations.");
        assertThat(ConsoleReport.summary(3, 1)).isEqualTo("You have 3 copydesk violations and 1 copydesk warning.");
        assertThat(ConsoleReport.summary(0, 2)).isEqualTo("You have 0 copydesk violations and 2 copydesk warnings.");
    }
}
