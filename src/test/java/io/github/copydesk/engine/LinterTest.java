package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.article.BlockKind;
import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.RuleSetLoader;
import io.github.copydesk.config.RuleSettings;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.Severity;
import io.github.copydesk.rule.Violation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {
    private static final String CLEAN = """
             date 2025-03-14 ECONOMY
            Harbour city opens new ferry line
            Mayor says the islands are now close.
            March 14, 2025

            The harbour authority on Friday opened a ferry line to three islands.

            SOURCE:AA
            """;
    private static final String PROMO = """
             date 2025-03-14 ECONOMY
            Harbour city opens new ferry line
            Mayor says the islands are now close.
            March 14, 2025

            The harbour authority on Friday opened a ferry line to three islands.

            Harbour Daily - Island schools plan later start

            Teachers say pupils will sleep longer.

            🔗

            SOURCE:AA
            """;

    @TempDir
    Path base;
    RuleSet rules;

    @BeforeEach
    void loadRules() throws Exception {
        rules = new RuleSetLoader().load(RuleSettings.defaults(base));
    }

    private Path write(String name, String text) throws Exception {
        Path file = base.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private LintResult lint(List<Path> files, int threads, RuleSet ruleSet) throws Exception {
        return new Linter().lint(new LintRequest(base, files, StandardCharsets.UTF_8,
                LintRequest.DEFAULT_MAX_FILE_SIZE, ruleSet, threads));
    }

    @Test
    void findsTheLeftoverAndPointsAtIt() throws Exception {
        Path promo = write("content/world/ferry.txt", PROMO);

        LintResult result = lint(List.of(promo), 1, rules);

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("content/world/ferry.txt");
            assertThat(finding.line()).isEqualTo(8);
            assertThat(finding.column()).isEqualTo(1);
            assertThat(finding.endLine()).isEqualTo(12);
            assertThat(finding.ruleId()).isEqualTo("promo-link");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message()).isEqualTo("Leftover promo block: \"Harbour Daily - Island schools plan ...\"");
        });
        assertThat(result.filesChecked()).isEqualTo(1);
    }

    @Test
    void theOrderIsTheSameWhateverTheThreadCount() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            files.add(write("content/" + (i % 7) + "/article-" + i + ".txt", i % 3 == 0 ? CLEAN : PROMO));
        }
        files.add(write("content/no-source.txt", "Headline\nDeck\n\nA paragraph.\n"));

        List<Finding> one = lint(files, 1, rules).findings();
        List<Finding> four = lint(files, 4, rules).findings();

        assertThat(four).isEqualTo(one);
        assertThat(one).hasSize(41).isSortedAccordingTo(Finding.ORDER);
    }

    @Test
    void badFilesAreReportedAndTheOthersStillChecked() throws Exception {
        Path binary = base.resolve("content/image.txt");
        Files.createDirectories(binary.getParent());
        Files.write(binary, new byte[] {'G', 'I', 'F', 0, 1, 2});
        Path promo = write("content/ferry.txt", PROMO);
        Path missing = base.resolve("content/missing.txt");
        Path unknown = write("content/notes.docx", "not an article");
        Path empty = write("content/blank.md", "\n  \n");

        List<Finding> findings = lint(List.of(binary, promo, missing, unknown, empty), 2, rules).findings();

        assertThat(findings).extracting(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId())
                .containsExactly(
                        "content/blank.md:1:1 copydesk-input",
                        "content/ferry.txt:8:1 promo-link",
                        "content/image.txt:1:4 copydesk-input",
                        "content/missing.txt:1:1 copydesk-input",
                        "content/notes.docx:1:1 copydesk-input");
    }

    @Test
    void aCheckThatBreaksIsReportedWithoutStoppingTheRun() throws Exception {
        Rule broken = new Rule("breaks", "test", Severity.WARNING, "${detail}", "", Set.of(BlockKind.PARAGRAPH),
                (article, scope, report) -> {
                    throw new IllegalStateException("boom");
                }, Rule.Examples.NONE, "test");
        List<Rule> all = new ArrayList<>(rules.rules());
        all.add(broken);
        Path promo = write("content/ferry.txt", PROMO);

        List<Finding> findings = lint(List.of(promo), 1, new RuleSet(all)).findings();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("breaks", "promo-link");
        assertThat(findings.get(0).message()).contains("Rule 'breaks' failed on this article", "boom");
    }

    @Test
    void aCheckThatOverflowsItsStackIsReportedWithoutStoppingTheRun() throws Exception {
        Rule deep = new Rule("deep", "test", Severity.WARNING, "${detail}", "", Set.of(BlockKind.PARAGRAPH),
                (article, scope, report) -> {
                    throw new StackOverflowError();
                }, Rule.Examples.NONE, "test");
        List<Rule> all = new ArrayList<>(rules.rules());
        all.add(deep);
        Path promo = write("content/ferry.txt", PROMO);
        Path clean = write("content/port.txt", CLEAN);

        List<Finding> findings = lint(List.of(promo, clean), 2, new RuleSet(all)).findings();

        assertThat(findings).extracting(f -> f.path() + " " + f.ruleId()).containsExactly(
                "content/ferry.txt deep", "content/ferry.txt promo-link", "content/port.txt deep");
        assertThat(findings.get(0).message()).contains("Rule 'deep' failed on this article", "StackOverflowError");
    }

    @Test
    void markdownFrontMatterProblemsAreFindingsAndTheBodyIsStillChecked() throws Exception {
        Path md = write("content/vote.md", "---\ntitle: \"unterminated\ndate: 2025-05-05\n---\n\n"
                + "The council voted on Monday.\n\n👉\n\nSOURCE: AA\n");

        List<Finding> findings = lint(List.of(md), 1, rules).findings();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("copydesk-input", "promo-link");
        assertThat(findings.get(1).line()).isEqualTo(8);
    }

    @Test
    void brokenFrontMatterSilencesTheRulesThatReadMetadataOnly() throws Exception {
        Path md = write("content/vote.md", "---\ntitle: \"unterminated\nsource: AA\n---\n\n"
                + "The council voted on Monday.\n\n👉\n");

        List<Finding> findings = lint(List.of(md), 1, rules).findings();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("copydesk-input", "promo-link");
    }

    @Test
    void aMessageQuotingAHugeMatchStaysBounded() throws Exception {
        Rule quoting = new Rule("quotes-it", "test", Severity.WARNING, "${detail} | ${match}", "",
                Set.of(BlockKind.PARAGRAPH), (article, scope, report) -> article.blocks(scope).forEach(
                        block -> report.accept(Violation.over(block, "Avoid '" + block.text() + "'"))),
                Rule.Examples.NONE, "test");
        String url = "https://example.com/" + "x".repeat(100_000);
        Path wire = write("content/link.txt", CLEAN.replace("three islands.", "three islands: " + url));

        List<Finding> findings = lint(List.of(wire), 1, new RuleSet(List.of(quoting))).findings();

        assertThat(findings).isNotEmpty().allSatisfy(finding -> assertThat(finding.message()).hasSizeLessThan(400)
                .endsWith("..."));
    }

    @Test
    void aSymbolicLinkLoopIsOneWarningNamingThePath() throws Exception {
        Path clean = write("content/world/port.txt", CLEAN);
        Files.createSymbolicLink(base.resolve("content/world/up"), base.resolve("content"));
        List<Path> selected = new FileSelection(List.of(base.resolve("content")), List.of(), List.of(), List.of())
                .select();

        List<Finding> findings = lint(selected, 2, rules).findings();

        assertThat(selected).contains(clean);
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("content/world/up");
            assertThat(finding.ruleId()).isEqualTo("copydesk-input");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message()).isEqualTo("Symbolic link loop: content/world/up leads back to "
                    + base.resolve("content").toRealPath() + ", which is being searched; not followed");
        });
    }
}
