package io.github.copydesk.config;

import io.github.copydesk.article.PathGlob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuppressionsFileTest {
    private static final List<String> RULES = List.of("promo-link", "source-line");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static Finding finding(String path, String rule, String matched) {
        return new Finding(path, 3, 1, 3, 2, rule, Severity.ERROR, "found", matched, matched, "");
    }

    @Test
    void anEntrySuppressesFindingsOfItsRuleInItsPathsContainingItsText() throws Exception {
        SuppressionsFile file = SuppressionsFile.parse("""
                - path: content/archive/**
                  rule: promo-link
                  text: Harbour Daily
                  reason: Archive copy stays as it ran
                  expires: 2026-06-30
                """, "suppressions.yml", RULES);

        assertThat(file.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.reason()).isEqualTo("Archive copy stays as it ran");
            assertThat(entry.expires()).contains(LocalDate.of(2026, 6, 30));
            assertThat(entry.line()).isEqualTo(1);
            assertThat(entry.column()).isEqualTo(3);
        });
        assertThat(file.suppressing(finding("content/archive/2019/a.txt", "promo-link", "Harbour Daily - X"), TODAY))
                .isPresent();
        assertThat(file.suppressing(finding("content/archive/a.txt", "promo-link", "Harbour Daily - X"), TODAY))
                .isPresent();
        assertThat(file.suppressing(finding("content/world/a.txt", "promo-link", "Harbour Daily - X"), TODAY)).isEmpty();
        assertThat(file.suppressing(finding("content/archive/a.txt", "source-line", "Harbour Daily"), TODAY)).isEmpty();
        assertThat(file.suppressing(finding("content/archive/a.txt", "promo-link", "👉"), TODAY)).isEmpty();
    }

    @Test
    void anExpiredEntrySuppressesNothingFromItsDayOn() throws Exception {
        SuppressionsFile file = SuppressionsFile.parse("""
                - {path: "**/*.txt", rule: promo-link, reason: until the migration, expires: 2026-03-01}
                """, "suppressions.yml", RULES);
        Finding promo = finding("a.txt", "promo-link", "👉");

        assertThat(file.suppressing(promo, TODAY.minusDays(1))).isPresent();
        assertThat(file.suppressing(promo, TODAY)).isEmpty();
        assertThat(file.entries().get(0).isExpired(TODAY)).isTrue();
    }

    @Test
    void everyProblemIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> SuppressionsFile.parse("""
                - path: content/**
                  rule: promo-links
                  reasn: typo
                - path: content/**
                  rule: source-line
                  reason: x
                  expires: next week
                """, "suppressions.yml", RULES))
                .isInstanceOf(ConfigurationFileException.class)
                .hasMessage(String.join(System.lineSeparator(),
                        "suppressions.yml:3:3: unknown key 'reasn' (did you mean 'reason'?)",
                        "suppressions.yml:1:3: an entry needs 'reason': say why the finding may stay",
                        "suppressions.yml:2:9: unknown rule 'promo-links' (did you mean 'promo-link'?)",
                        "suppressions.yml:7:12: 'expires' must be a date such as 2026-06-30, not 'next week'"));
    }

    @Test
    void anInvalidPathGlobIsAnErrorAtItsValue() {
        assertThatThrownBy(() -> SuppressionsFile.parse("- {path: \"content/[a\", rule: promo-link, reason: x}\n",
                "s.yml", RULES))
                .hasMessageStartingWith("s.yml:1:10: Invalid file pattern 'content/[a': ");
    }

    @Test
    void malformedYamlAndOtherShapesAreErrors() {
        assertThatThrownBy(() -> SuppressionsFile.parse("- path: [a\n", "s.yml", RULES))
                .isInstanceOf(ConfigurationFileException.class).hasMessageStartingWith("s.yml:2:1: malformed YAML: ");
        assertThatThrownBy(() -> SuppressionsFile.parse("path: a\n", "s.yml", RULES))
                .hasMessage("s.yml:1:1: a suppressions file must be a YAML list of entries with keys"
                        + " [path, rule, text, reason, expires]");
        assertThatThrownBy(() -> SuppressionsFile.read(Path.of("no-such-file.yml"), "no-such-file.yml", RULES))
                .hasMessage("no-such-file.yml: the suppressions file does not exist");
    }

    @Test
    void anEmptyFileSuppressesNothing() throws Exception {
        assertThat(SuppressionsFile.parse("# nothing yet\n", "s.yml", RULES).entries()).isEmpty();
        assertThat(SuppressionsFile.NONE.suppressing(finding("a.txt", "promo-link", "x"), TODAY))
                .isEqualTo(Optional.empty());
    }
}
