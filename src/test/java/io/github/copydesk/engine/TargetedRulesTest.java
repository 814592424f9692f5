package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.RuleSetLoader;
import io.github.copydesk.config.RuleSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule's when: decides which articles it reads, by section, path, format or a metadata field. */
class TargetedRulesTest {
    @TempDir
    Path base;

    private static final String WIRE = """
            date 2025-03-11 %s
            Council passes the budget
            Councillors approved the plan.
            HARBOURTON, March 11

            The plan sets aside money for a ferry link to Kiev.

            SOURCE:AA
            """;
    private static final String MARKDOWN = """
            ---
            title: Ferry link
            section: %s
            desk: Metro
            source: Reuters
            ---

            The plan sets aside money for a ferry link to Kiev.
            """;

    private List<String> findings(String when) throws Exception {
        Files.createDirectories(base.resolve("style"));
        Files.writeString(base.resolve("style/kyiv.yml"), """
                id: kyiv
                check: substitution
                severity: error
                message: 'Use ${suggestion}'
                %s
                options: {swap: {Kiev: Kyiv}}
                """.formatted(when));
        write("content/politics/vote.txt", WIRE.formatted("POLITICS"));
        write("content/sport/derby.txt", WIRE.formatted("SPORT"));
        write("content/politics/plan.md", MARKDOWN.formatted("Politics"));
        write("content/world/plan.md", MARKDOWN.formatted("[World, Europe]"));
        RuleSet rules = new RuleSetLoader().load(new RuleSettings(base, List.of(base.resolve("style")), List.of(), null));
        List<Path> files;
        try (var walk = Files.walk(base.resolve("content"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        LintResult result = new Linter().lint(new LintRequest(base, files, StandardCharsets.UTF_8,
                LintRequest.DEFAULT_MAX_FILE_SIZE, rules, 1));
        return result.findings().stream().map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.message()
                + " / " + f.suggestion()).toList();
    }

    private void write(String name, String text) throws Exception {
        Files.createDirectories(base.resolve(name).getParent());
        Files.writeString(base.resolve(name), text);
    }

    @Test
    void withoutWhenEveryArticle() throws Exception {
        assertThat(findings("")).containsExactly(
                "content/politics/plan.md:8:47 Use Kyiv / Kyiv",
                "content/politics/vote.txt:6:47 Use Kyiv / Kyiv",
                "content/sport/derby.txt:6:47 Use Kyiv / Kyiv",
                "content/world/plan.md:8:47 Use Kyiv / Kyiv");
    }

    @Test
    void bySectionOfAnyFormatIgnoringCase() throws Exception {
        assertThat(findings("when: {section: [POLITICS, europe]}")).containsExactly(
                "content/politics/plan.md:8:47 Use Kyiv / Kyiv",
                "content/politics/vote.txt:6:47 Use Kyiv / Kyiv",
                "content/world/plan.md:8:47 Use Kyiv / Kyiv");
    }

    @Test
    void byPath() throws Exception {
        assertThat(findings("when: {path: 'content/sport/**'}"))
                .containsExactly("content/sport/derby.txt:6:47 Use Kyiv / Kyiv");
        assertThat(findings("when: {path: '**/plan.md'}"))
                .containsExactly("content/politics/plan.md:8:47 Use Kyiv / Kyiv", "content/world/plan.md:8:47 Use Kyiv / Kyiv");
    }

    @Test
    void byFormatAndAllConditionsTogether() throws Exception {
        assertThat(findings("when: {format: wire}")).containsExactly(
                "content/politics/vote.txt:6:47 Use Kyiv / Kyiv", "content/sport/derby.txt:6:47 Use Kyiv / Kyiv");
        assertThat(findings("when: {format: markdown, section: POLITICS}"))
                .containsExactly("content/politics/plan.md:8:47 Use Kyiv / Kyiv");
    }

    @Test
    void byAMetadataField() throws Exception {
        assertThat(findings("when: {metadata.desk: metro}")).containsExactly(
                "content/politics/plan.md:8:47 Use Kyiv / Kyiv", "content/world/plan.md:8:47 Use Kyiv / Kyiv");
    }
}
