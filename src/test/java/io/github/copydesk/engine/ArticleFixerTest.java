package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.RuleSetLoader;
import io.github.copydesk.config.RuleSettings;
import io.github.copydesk.config.SuppressionsFile;
import io.github.copydesk.rule.Finding;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFixerTest {
    private static final String PROMO = """
             date 2025-03-14 ECONOMY
            Harbour city opens new ferry line
            March 14, 2025

            The harbour authority on Friday opened a ferry line to three islands.

            Harbour Daily - Island schools plan later start

            Teachers say pupils will sleep longer.

            🔗

            "We will run six crossings a day," the harbour master said.

            SOURCE: AA
            """;
    private static final String FIXED = """
             date 2025-03-14 ECONOMY
            Harbour city opens new ferry line
            March 14, 2025

            The harbour authority on Friday opened a ferry line to three islands.

            "We will run six crossings a day," the harbour master said.

            SOURCE: AA
            """;

    @TempDir
    Path base;
    RuleSet rules;

    @BeforeEach
    void loadRules() throws Exception {
        rules = new RuleSetLoader().load(RuleSettings.defaults(base));
    }

    private LintRequest request(List<Path> files, Charset charset) {
        return new LintRequest(base, files, charset, LintRequest.DEFAULT_MAX_FILE_SIZE, rules, 2);
    }

    private List<ArticleFixer.FileFix> fix(Path file, boolean write) throws Exception {
        return new ArticleFixer().fix(request(List.of(file), StandardCharsets.UTF_8), write);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = base.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void removesThePromoBlockWithTheBlankLinesItLeavesAndNothingElse() throws Exception {
        Path file = write("content/ferry.txt", PROMO);

        List<ArticleFixer.FileFix> results = fix(file, true);

        assertThat(results).containsExactly(
                new ArticleFixer.FileFix("content/ferry.txt", ArticleFixer.Outcome.FIXED, 1, """
                        --- a/content/ferry.txt
                        +++ b/content/ferry.txt
                        @@ -4,12 +4,6 @@
                        \s
                         The harbour authority on Friday opened a ferry line to three islands.
                        \s
                        -Harbour Daily - Island schools plan later start
                        -
                        -Teachers say pupils will sleep longer.
                        -
                        -🔗
                        -
                         "We will run six crossings a day," the harbour master said.
                        \s
                         SOURCE: AA
                        """, ""));
        assertThat(Files.readString(file)).isEqualTo(FIXED);
    }

    @Test
    void aSecondRunChangesNothingAndCheckFindsNothingFixable() throws Exception {
        Path file = write("content/ferry.txt", PROMO);
        fix(file, true);
        byte[] once = Files.readAllBytes(file);

        List<ArticleFixer.FileFix> again = fix(file, true);

        assertThat(again).extracting(ArticleFixer.FileFix::outcome).containsExactly(ArticleFixer.Outcome.UNCHANGED);
        assertThat(Files.readAllBytes(file)).isEqualTo(once);
        LintResult check = new Linter().lint(request(List.of(file), StandardCharsets.UTF_8));
        assertThat(check.findings()).isEmpty();
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        Path file = write("content/ferry.txt", PROMO);

        List<ArticleFixer.FileFix> results = fix(file, false);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(ArticleFixer.Outcome.FIXED);
            assertThat(result.diff()).startsWith("--- a/content/ferry.txt\n+++ b/content/ferry.txt\n@@ -4,12 +4,6 @@\n");
        });
        assertThat(Files.readString(file)).isEqualTo(PROMO);
    }

    @Test
    void keepsCrlfLineEnds() throws Exception {
        Path file = write("content/ferry.txt", PROMO.replace("\n", "\r\n"));

        fix(file, true);

        assertThat(Files.readString(file)).isEqualTo(FIXED.replace("\n", "\r\n"));
    }

    @Test
    void keepsCarriageReturnLineEnds() throws Exception {
        Path file = write("content/ferry.txt", PROMO.replace("\n", "\r"));

        fix(file, true);

        assertThat(Files.readString(file)).isEqualTo(FIXED.replace("\n", "\r"));
    }

    @Test
    void keepsMixedLineEndsOutsideTheRemovedLines() throws Exception {
        String mixed = PROMO.replaceFirst("\n", "\r\n").replace("SOURCE: AA\n", "SOURCE: AA\r\n");
        Path file = write("content/ferry.txt", mixed);

        fix(file, true);

        assertThat(Files.readString(file))
                .isEqualTo(FIXED.replaceFirst("\n", "\r\n").replace("SOURCE: AA\n", "SOURCE: AA\r\n"));
    }

    @Test
    void keepsTheByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = write("content/ferry.txt", concat(bom, PROMO.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));

        fix(file, true);

        assertThat(Files.readAllBytes(file))
                .isEqualTo(concat(bom, FIXED.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsTheEncoding() throws Exception {
        // A "»" marker, since ISO-8859-1 has no emoji.
        String latin = PROMO.replace("three islands", "three îles").replace("🔗", "»");
        Path file = write("content/ferry.txt", latin.getBytes(StandardCharsets.ISO_8859_1));

        new ArticleFixer().fix(request(List.of(file), StandardCharsets.ISO_8859_1), true);

        assertThat(Files.readAllBytes(file))
                .isEqualTo(FIXED.replace("three islands", "three îles").getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void keepsUtf16WithItsMark() throws Exception {
        Path file = write("content/ferry.txt", ("\uFEFF" + PROMO).getBytes(StandardCharsets.UTF_16LE));

        new ArticleFixer().fix(request(List.of(file), StandardCharsets.UTF_16LE), true);

        assertThat(Files.readAllBytes(file)).isEqualTo(("\uFEFF" + FIXED).getBytes(StandardCharsets.UTF_16LE));
    }

    @Test
    void aLeftoverAtTheEndKeepsTheFileEndingAsItWas() throws Exception {
        String body = "Harbour city opens new ferry line\n\nThe harbour authority opened a ferry line.\n\nSOURCE: AA";
        Path withEnd = write("content/a.txt", body + "\n\n👉\n");
        Path without = write("content/b.txt", body + "\n\n👉");

        new ArticleFixer().fix(request(List.of(withEnd, without), StandardCharsets.UTF_8), true);

        assertThat(Files.readString(withEnd)).isEqualTo(body + "\n");
        assertThat(Files.readString(without)).isEqualTo(body);
    }

    @Test
    void neverWritesAFileWithAnInputFinding() throws Exception {
        byte[] bytes = concat(PROMO.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9, '\n'});
        Path file = write("content/ferry.txt", bytes);

        List<ArticleFixer.FileFix> results = fix(file, true);

        assertThat(results).containsExactly(new ArticleFixer.FileFix("content/ferry.txt",
                ArticleFixer.Outcome.SKIPPED, 0, "", "it has a copydesk-input finding"));
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void leavesQuotesAndSentencesWithATrackingLinkAlone() throws Exception {
        String text = """
                Harbour city opens new ferry line

                The timetable is at https://example.com/ferry?utm_source=mail for now.

                SOURCE: AA
                """;
        Path file = write("content/ferry.txt", text);

        List<ArticleFixer.FileFix> results = fix(file, true);

        assertThat(results).extracting(ArticleFixer.FileFix::outcome).containsExactly(ArticleFixer.Outcome.UNCHANGED);
        assertThat(Files.readString(file)).isEqualTo(text);
        List<Finding> findings = new Linter().lint(request(List.of(file), StandardCharsets.UTF_8)).findings();
        assertThat(findings).extracting(f -> f.ruleId() + " " + f.line() + " " + f.isFixable())
                .containsExactly("promo-link 3 false");
    }

    @Test
    void removesAParagraphThatIsOnlyATrackingLink() throws Exception {
        String text = """
                Harbour city opens new ferry line

                The harbour authority on Friday opened a ferry line to three islands.

                https://example.com/ferry?utm_source=whatsapp&utm_medium=share

                "We will run six crossings a day," the harbour master said.

                SOURCE: AA
                """;
        Path file = write("content/ferry.txt", text);

        List<ArticleFixer.FileFix> results = fix(file, true);

        assertThat(results).extracting(ArticleFixer.FileFix::outcome).containsExactly(ArticleFixer.Outcome.FIXED);
        assertThat(Files.readString(file)).isEqualTo(text.replace(
                "https://example.com/ferry?utm_source=whatsapp&utm_medium=share\n\n", ""));
    }

    @Test
    void aLeftoverInAListItemIsLeftToAnEditor() throws Exception {
        String text = """
                ---
                title: Ferry line opens
                source: AA
                ---

                The harbour authority opened a ferry line.

                - Read more: Island schools plan later start
                """;
        Path file = write("content/ferry.md", text);

        List<ArticleFixer.FileFix> results = fix(file, true);

        assertThat(results).extracting(ArticleFixer.FileFix::outcome).containsExactly(ArticleFixer.Outcome.UNCHANGED);
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    @Test
    void aSuppressedLeftoverStays() throws Exception {
        String text = """
                ---
                title: Ferry line opens
                source: AA
                ---

                The harbour authority opened a ferry line.

                <!-- copydesk-disable-next-line promo-link -- the partner teaser is part of the deal -->
                👉
                """;
        Path file = write("content/ferry.md", text);
        Path other = write("content/port.md", text.replace("<!-- copydesk-disable-next-line promo-link"
                + " -- the partner teaser is part of the deal -->\n", ""));
        SuppressionsFile none = SuppressionsFile.NONE;

        List<ArticleFixer.FileFix> results = new ArticleFixer().fix(
                request(List.of(file, other), StandardCharsets.UTF_8).withSuppressions(none, LocalDate.of(2026, 1, 1)),
                true);

        assertThat(results).extracting(r -> r.path() + " " + r.outcome())
                .containsExactly("content/ferry.md UNCHANGED", "content/port.md FIXED");
        assertThat(Files.readString(file)).isEqualTo(text);
        assertThat(Files.readString(other)).isEqualTo("""
                ---
                title: Ferry line opens
                source: AA
                ---

                The harbour authority opened a ferry line.
                """);
    }

    @Test
    void rewritesTheSourceLineInTheDesksFormKeepingTheLineEnds() throws Exception {
        Path style = base.resolve("style");
        Files.createDirectories(style);
        Files.writeString(style.resolve("source-line.yml"), """
                id: source-line
                check: source-line
                severity: error
                message: '${detail}'
                options:
                  sourceLineForm: 'SOURCE:${source}'
                """);
        rules = new RuleSetLoader().load(new RuleSettings(base, List.of(style), List.of(), null));
        Path file = write("content/ferry.txt", PROMO.replace("\n", "\r\n"));

        List<ArticleFixer.FileFix> results = fix(file, true);

        assertThat(results).extracting(ArticleFixer.FileFix::fixes).containsExactly(2);
        assertThat(Files.readString(file)).isEqualTo(FIXED.replace("SOURCE: AA", "SOURCE:AA").replace("\n", "\r\n"));
        assertThat(fix(file, true)).extracting(ArticleFixer.FileFix::outcome)
                .containsExactly(ArticleFixer.Outcome.UNCHANGED);
    }

    @Test
    void theDryRunPatchOfACrlfFileIsOneGitApplies() throws Exception {
        assertGitAppliesTheDryRunPatch(PROMO.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
                FIXED.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDryRunPatchOfACarriageReturnFileIsOneGitApplies() throws Exception {
        assertGitAppliesTheDryRunPatch(PROMO.replace("\n", "\r").getBytes(StandardCharsets.UTF_8),
                FIXED.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDryRunPatchOfAFileWithAByteOrderMarkIsOneGitApplies() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        // The marker is near the top, so the first line, mark and all, is in the hunk's context.
        String fixed = "Harbour city opens new ferry line\n\nThe harbour authority opened a ferry line.\n\nSOURCE: AA\n";
        String stored = fixed.replace("line\n\n", "line\n\n🔗\n\n");
        assertGitAppliesTheDryRunPatch(concat(bom, stored.getBytes(StandardCharsets.UTF_8)),
                concat(bom, fixed.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDryRunPatchOfAFileWithoutALastLineEndIsOneGitApplies() throws Exception {
        String body = "Harbour city opens new ferry line\r\n\r\nThe harbour authority opened a ferry line.\r\n\r\nSOURCE: AA";
        assertGitAppliesTheDryRunPatch((body + "\r\n\r\n👉").getBytes(StandardCharsets.UTF_8),
                body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The patch of a dry run, encoded in the request's charset, passes {@code git apply --check}
     * and, applied, gives the bytes {@code fixed}, which a real run writes too.
     */
    private void assertGitAppliesTheDryRunPatch(byte[] stored, byte[] fixed) throws Exception {
        Assumptions.assumeTrue(gitRuns(), "git is not installed");
        Path file = write("content/ferry.txt", stored);
        git("init", "-q");

        String patch = fix(file, false).get(0).diff();
        Path patchFile = base.resolve("fix.patch");
        Files.write(patchFile, patch.getBytes(StandardCharsets.UTF_8));

        assertThat(git("apply", "--check", "fix.patch")).as("git apply --check of%n%s", patch).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(stored);
        git("apply", "fix.patch");
        assertThat(Files.readAllBytes(file)).isEqualTo(fixed);
        Files.write(file, stored);
        fix(file, true);
        assertThat(Files.readAllBytes(file)).isEqualTo(fixed);
    }

    private static boolean gitRuns() {
        try {
            return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs git in the base folder, with no user or system configuration; returns its output, failing if git does. */
    private String git(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.autocrlf=false", "-c", "core.safecrlf=false"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(base.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_CONFIG_GLOBAL", base.resolve("no-gitconfig").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("git %s: %s", String.join(" ", arguments), output).isZero();
        return output;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void anArticleNamedThroughASymbolicLinkIsFixedWhereItIsAndTheLinkKept() throws Exception {
        Path article = write("archive/2025/ferry.txt", PROMO);
        Path link = article.getParent().getParent().getParent().resolve("latest.txt");
        Files.createSymbolicLink(link, article);

        List<ArticleFixer.FileFix> results = fix(link, true);

        assertThat(results).extracting(ArticleFixer.FileFix::outcome).containsExactly(ArticleFixer.Outcome.FIXED);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(article)).isEqualTo(FIXED);
    }
}
