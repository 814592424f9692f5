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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache seen from a run: which files are checked again, which findings come back, and how a
 * cache file that does not fit is ignored. A counting rule tells which articles were checked.
 */
class FindingsCacheTest {
    private static final String CLEAN = """
             date 2025-06-02 ECONOMY
            Valley co-operative opens a second dairy
            The plant will take milk from forty farms.
            June 2, 2025

            The co-operative opened its second dairy near the river crossing on Monday.

            SOURCE:AA
            """;
    private static final String PROMO = """
             date 2025-06-02 ECONOMY
            Valley co-operative opens a second dairy
            The plant will take milk from forty farms.
            June 2, 2025

            The co-operative opened its second dairy near the river crossing on Monday.

            👉

            SOURCE:AA
            """;

    @TempDir
    Path base;
    Path cacheFile;
    RuleSet builtIn;
    /** The paths the counting rule was run on, in order. */
    final List<String> checked = new CopyOnWriteArrayList<>();
    final RecordingListener listener = new RecordingListener();
    /** The libraries the plugin runs with, as the goal names them. */
    List<String> libraries = List.of("org.jsoup:jsoup:jar:1.24.1", "org.commonmark:commonmark:jar:0.32.0");

    @BeforeEach
    void setUp() throws Exception {
        cacheFile = base.resolve("target/copydesk-cache");
        builtIn = new RuleSetLoader().load(RuleSettings.defaults(base));
    }

    private Path write(String name, String text) throws Exception {
        Path file = base.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** The built-in rules plus one that records each article it reads and flags its first block. */
    private RuleSet counted(RuleSet rules) {
        Rule counter = new Rule("counter", "test", Severity.INFO, "${detail}", "", Set.of(BlockKind.PARAGRAPH),
                (article, scope, report) -> {
                    checked.add(article.path());
                    report.accept(new Violation(article.blocks(scope).get(0).sourceStart(),
                            article.blocks(scope).get(0).sourceStart() + 3, "Counted"));
                }, Rule.Examples.NONE, "test");
        List<Rule> all = new ArrayList<>(rules.rules());
        all.add(counter);
        return new RuleSet(all, rules.fingerprint());
    }

    private LintResult lint(List<Path> files, RuleSet rules, String version) throws Exception {
        return lint(files, rules, version, StandardCharsets.UTF_8);
    }

    private LintResult lint(List<Path> files, RuleSet rules, String version, Charset charset) throws Exception {
        return lint(files, rules, version, charset, CacheStrategy.CONTENT);
    }

    private LintResult lint(List<Path> files, RuleSet rules, String version, Charset charset, CacheStrategy strategy)
            throws Exception {
        checked.clear();
        return new Linter().reportingTo(listener, Duration.ofHours(1)).cachingIn(cacheFile, version, libraries)
                .tellingUnchangedBy(strategy)
                .lint(new LintRequest(base, files, charset, LintRequest.DEFAULT_MAX_FILE_SIZE, counted(rules), 2));
    }

    private LintResult lintBy(CacheStrategy strategy, List<Path> files) throws Exception {
        return lint(files, builtIn, "1.0", StandardCharsets.UTF_8, strategy);
    }

    /** Writes {@code text} over {@code file}, keeping its modification time. */
    private static void rewriteKeepingTime(Path file, String text) throws Exception {
        FileTime modified = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, modified);
    }

    private static List<String> shown(LintResult result) {
        return result.findings().stream()
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.message())
                .toList();
    }

    @Test
    void aSecondRunTakesUnchangedFilesFromTheCacheWithTheSameFindings() throws Exception {
        List<Path> files = List.of(write("content/a.txt", CLEAN), write("content/b.txt", PROMO));

        LintResult first = lint(files, builtIn, "1.0");
        LintResult second = lint(files, builtIn, "1.0");

        assertThat(checked).isEmpty();
        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(shown(second)).containsExactly(
                "content/a.txt:6:1 counter Counted",
                "content/b.txt:6:1 counter Counted",
                "content/b.txt:8:1 promo-link Leftover link marker: \"👉\"");
        assertThat(listener.infos).containsExactly("2 of 2 files unchanged since the last run: findings taken"
                + " from the cache " + cacheFile);
        assertThat(Files.list(cacheFile.getParent()).map(p -> p.getFileName().toString()))
                .containsExactly("copydesk-cache");
    }

    @Test
    void byMetadataAnArticleOfTheSameSizeAndTimeIsNotReadAgain() throws Exception {
        Path article = write("content/a.txt", PROMO);
        LintResult first = lintBy(CacheStrategy.METADATA, List.of(article));
        // Same size, same time, other bytes: only reading the file would tell.
        rewriteKeepingTime(article, PROMO.replace("👉", "abcd"));
        assertThat(Files.size(article)).isEqualTo(PROMO.getBytes(StandardCharsets.UTF_8).length);

        LintResult second = lintBy(CacheStrategy.METADATA, List.of(article));

        assertThat(checked).isEmpty();
        assertThat(second.findings()).isEqualTo(first.findings());
    }

    @Test
    void byContentTheSameEditIsFound() throws Exception {
        Path article = write("content/a.txt", PROMO);
        lintBy(CacheStrategy.METADATA, List.of(article));
        rewriteKeepingTime(article, PROMO.replace("👉", "abcd"));

        LintResult second = lintBy(CacheStrategy.CONTENT, List.of(article));

        assertThat(checked).containsExactly("content/a.txt");
        assertThat(shown(second)).containsExactly("content/a.txt:6:1 counter Counted");
    }

    @Test
    void byMetadataAnArticleWithANewTimeIsReadAndCheckedWhenItsBytesChanged() throws Exception {
        Path article = write("content/a.txt", PROMO);
        lintBy(CacheStrategy.METADATA, List.of(article));
        write("content/a.txt", CLEAN);
        Files.setLastModifiedTime(article, FileTime.fromMillis(Files.getLastModifiedTime(article).toMillis() + 5_000));

        LintResult second = lintBy(CacheStrategy.METADATA, List.of(article));

        assertThat(checked).containsExactly("content/a.txt");
        assertThat(shown(second)).containsExactly("content/a.txt:6:1 counter Counted");
    }

    @Test
    void byMetadataATouchedArticleWithTheSameBytesIsReadButNotCheckedAndItsNewTimeKept() throws Exception {
        Path article = write("content/a.txt", PROMO);
        lintBy(CacheStrategy.METADATA, List.of(article));
        Files.setLastModifiedTime(article, FileTime.fromMillis(Files.getLastModifiedTime(article).toMillis() + 5_000));
        lintBy(CacheStrategy.METADATA, List.of(article));
        rewriteKeepingTime(article, PROMO.replace("👉", "abcd"));

        lintBy(CacheStrategy.METADATA, List.of(article));

        assertThat(checked).isEmpty();
    }

    @Test
    void byMetadataAnArticleWithInlineCommentsIsStillReadToApplyThem() throws Exception {
        String suppressed = "---\ntitle: Harbour\n---\n\nThe harbour reopened on Monday.\n\n"
                + "<!-- copydesk-disable-next-line promo-link -- kept for the archive -->\n👉 Read more\n";
        Path article = write("content/a.md", suppressed);
        LintResult first = lintBy(CacheStrategy.METADATA, List.of(article));
        rewriteKeepingTime(article, suppressed.replace("kept for the archive", "kept for the library"));

        LintResult second = lintBy(CacheStrategy.METADATA, List.of(article));

        assertThat(checked).containsExactly("content/a.md");
        assertThat(second.suppressed()).hasSameSizeAs(first.suppressed()).isNotEmpty();
        assertThat(second.suppressed().get(0).reason()).contains("kept for the library");
    }

    @Test
    void aChangedArticleIsTheOnlyOneCheckedAgain() throws Exception {
        Path a = write("content/a.txt", CLEAN);
        Path b = write("content/b.txt", CLEAN);
        Path c = write("content/c.txt", CLEAN);
        lint(List.of(a, b, c), builtIn, "1.0");
        write("content/b.txt", PROMO);

        LintResult result = lint(List.of(a, b, c), builtIn, "1.0");

        assertThat(checked).containsExactly("content/b.txt");
        assertThat(shown(result)).containsExactly(
                "content/a.txt:6:1 counter Counted",
                "content/b.txt:6:1 counter Counted",
                "content/b.txt:8:1 promo-link Leftover link marker: \"👉\"",
                "content/c.txt:6:1 counter Counted");
    }

    @Test
    void aChangedRuleLevelChecksEveryFileAgain() throws Exception {
        List<Path> files = List.of(write("content/a.txt", CLEAN), write("content/b.txt", PROMO));
        lint(files, builtIn, "1.0");
        RuleSet lowered = new RuleSetLoader().load(new RuleSettings(base, List.of(), List.of(), "promo-link=warning"));

        LintResult result = lint(files, lowered, "1.0");

        assertThat(checked).containsExactlyInAnyOrder("content/a.txt", "content/b.txt");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("promo-link"))
                .extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(listener.debugs).contains("copydesk cache " + cacheFile + " ignored: the rules, the settings or the"
                + " libraries that decide findings have changed since it was written; checking every file");
    }

    @Test
    void aChangedRuleFileChecksEveryFileAgain() throws Exception {
        Path rules = base.resolve("style");
        write("style/teasers.yml", teaserRule("Valley Post"));
        List<Path> files = List.of(write("content/a.txt", CLEAN));
        lint(files, new RuleSetLoader().load(new RuleSettings(base, List.of(rules), List.of(), null)), "1.0");
        write("style/teasers.yml", teaserRule("Valley Times"));

        lint(files, new RuleSetLoader().load(new RuleSettings(base, List.of(rules), List.of(), null)), "1.0");

        assertThat(checked).containsExactly("content/a.txt");
    }

    private static String teaserRule(String brand) {
        return """
                id: valley-teasers
                check: promo-link
                severity: warning
                message: 'Teaser: "${match}"'
                options:
                  brands: [%s]
                """.formatted(brand);
    }

    @Test
    void anotherEncodingChecksEveryFileAgain() throws Exception {
        List<Path> files = List.of(write("content/a.txt", CLEAN));
        lint(files, builtIn, "1.0");

        lint(files, builtIn, "1.0", StandardCharsets.ISO_8859_1);

        assertThat(checked).containsExactly("content/a.txt");
    }

    @Test
    void aCacheOfAnotherPluginVersionIsIgnored() throws Exception {
        List<Path> files = List.of(write("content/a.txt", CLEAN));
        lint(files, builtIn, "1.0");

        lint(files, builtIn, "1.1");

        assertThat(checked).containsExactly("content/a.txt");
        assertThat(listener.debugs).containsExactly("copydesk cache " + cacheFile
                + " does not exist yet: checking every file", "copydesk cache " + cacheFile
                + " ignored: it was written by copydesk 1.0, this is 1.1; checking every file");
        lint(files, builtIn, "1.1");
        assertThat(checked).isEmpty();
    }

    @Test
    void aCacheWrittenWithOtherLibraryVersionsIsIgnored() throws Exception {
        List<Path> files = List.of(write("content/a.txt", CLEAN));
        lint(files, builtIn, "1.0");

        libraries = List.of("org.jsoup:jsoup:jar:1.24.2", "org.commonmark:commonmark:jar:0.32.0");
        lint(files, builtIn, "1.0");

        assertThat(checked).containsExactly("content/a.txt");
        assertThat(listener.debugs).last().isEqualTo("copydesk cache " + cacheFile + " ignored: the rules, the"
                + " settings or the libraries that decide findings have changed since it was written; checking every"
                + " file");
    }

    @Test
    void theLibrariesOrderDoesNotMatter() throws Exception {
        List<Path> files = List.of(write("content/a.txt", CLEAN));
        lint(files, builtIn, "1.0");

        libraries = List.of(libraries.get(1), libraries.get(0));
        lint(files, builtIn, "1.0");

        assertThat(checked).isEmpty();
    }

    @Test
    void aDamagedCacheFileIsIgnoredAndReplaced() throws Exception {
        List<Path> files = List.of(write("content/a.txt", CLEAN), write("content/b.txt", PROMO));
        LintResult first = lint(files, builtIn, "1.0");
        byte[] bytes = Files.readAllBytes(cacheFile);
        Files.write(cacheFile, java.util.Arrays.copyOf(bytes, bytes.length - 7));

        LintResult second = lint(files, builtIn, "1.0");

        assertThat(checked).containsExactlyInAnyOrder("content/a.txt", "content/b.txt");
        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(listener.debugs).last().asString()
                .startsWith("copydesk cache " + cacheFile + " ignored: the file is damaged (")
                .endsWith("); checking every file");
        lint(files, builtIn, "1.0");
        assertThat(checked).isEmpty();
    }

    @Test
    void aCacheWithAFlippedBitIsIgnoredAsDamaged() throws Exception {
        List<Path> files = List.of(write("content/a.txt", CLEAN), write("content/b.txt", PROMO));
        LintResult first = lint(files, builtIn, "1.0");
        byte[] bytes = Files.readAllBytes(cacheFile);
        byte[] message = "Counted".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, message);
        assertThat(at).isPositive();
        bytes[at] ^= 0x20;
        Files.write(cacheFile, bytes);

        LintResult second = lint(files, builtIn, "1.0");

        assertThat(checked).containsExactlyInAnyOrder("content/a.txt", "content/b.txt");
        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(listener.debugs).last().asString()
                .contains("ignored: the file is damaged (", "checksum does not match");
    }

    @Test
    void anEditedCacheIsIgnoredAsDamaged() throws Exception {
        List<Path> files = List.of(write("content/b.txt", PROMO));
        LintResult first = lint(files, builtIn, "1.0");
        byte[] bytes = Files.readAllBytes(cacheFile);
        byte[] rule = "counter".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, rule);
        assertThat(at).isPositive();
        System.arraycopy("countex".getBytes(StandardCharsets.UTF_8), 0, bytes, at, rule.length);
        Files.write(cacheFile, bytes);

        LintResult second = lint(files, builtIn, "1.0");

        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(checked).containsExactly("content/b.txt");
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aFileThatIsNoCacheIsIgnored() throws Exception {
        List<Path> files = List.of(write("content/a.txt", CLEAN));
        write("target/copydesk-cache", "<html>not a cache</html>\n");

        LintResult result = lint(files, builtIn, "1.0");

        assertThat(shown(result)).containsExactly("content/a.txt:6:1 counter Counted");
        assertThat(listener.debugs).containsExactly("copydesk cache " + cacheFile
                + " ignored: it is not a copydesk cache file; checking every file");
        assertThat(listener.warnings).isEmpty();
    }

    @Test
    void onlyACacheWrittenUnderTheSameRulesSettingsAndVersionVouchesForTheRules() throws Exception {
        Linter linter = new Linter().cachingIn(cacheFile, "1.0", libraries);
        Charset utf8 = StandardCharsets.UTF_8;
        long limit = LintRequest.DEFAULT_MAX_FILE_SIZE;
        assertThat(linter.cacheWrittenUnder(counted(builtIn), utf8, limit)).as("no cache file yet").isFalse();
        lint(List.of(write("content/a.txt", CLEAN)), builtIn, "1.0");
        RuleSet lowered = new RuleSetLoader().load(new RuleSettings(base, List.of(), List.of(), "promo-link=warning"));

        assertThat(linter.cacheWrittenUnder(counted(builtIn), utf8, limit)).isTrue();
        assertThat(linter.cacheWrittenUnder(lowered, utf8, limit)).isFalse();
        assertThat(linter.cacheWrittenUnder(builtIn, StandardCharsets.ISO_8859_1, limit)).isFalse();
        assertThat(linter.cacheWrittenUnder(builtIn, utf8, limit - 1)).isFalse();
        assertThat(new Linter().cachingIn(cacheFile, "1.1", libraries).cacheWrittenUnder(builtIn, utf8, limit)).isFalse();
        assertThat(new Linter().cacheWrittenUnder(builtIn, utf8, limit)).as("a linter without a cache").isFalse();
        write("target/copydesk-cache", "<html>not a cache</html>\n");
        assertThat(linter.cacheWrittenUnder(builtIn, utf8, limit)).isFalse();
    }

    @Test
    void checkingOneArticleKeepsTheOthersCachedButForgetsDeletedOnes() throws Exception {
        Path a = write("content/a.txt", CLEAN);
        Path b = write("content/b.txt", CLEAN);
        Path c = write("content/c.txt", CLEAN);
        lint(List.of(a, b, c), builtIn, "1.0");
        Files.delete(c);
        write("content/a.txt", PROMO);

        lint(List.of(a), builtIn, "1.0");
        lint(List.of(a, b), builtIn, "1.0");
        assertThat(checked).isEmpty();

        write("content/c.txt", CLEAN);
        lint(List.of(a, b, c), builtIn, "1.0");
        assertThat(checked).containsExactly("content/c.txt");
    }

    @Test
    void aCacheThatCannotBeWrittenIsAWarningAndTheFindingsStand() throws Exception {
        write("target", "a file where the cache folder should be");
        List<Path> files = List.of(write("content/b.txt", PROMO));

        LintResult result = lint(files, builtIn, "1.0");

        assertThat(shown(result)).containsExactly("content/b.txt:6:1 counter Counted",
                "content/b.txt:8:1 promo-link Leftover link marker: \"👉\"");
        assertThat(listener.warnings).singleElement().asString()
                .startsWith("copydesk could not write its cache " + cacheFile + ": ");
    }

    @Test
    void rulesNotLoadedFromFilesAreNotCached() throws Exception {
        List<Path> files = List.of(write("content/a.txt", CLEAN));
        RuleSet unnamed = new RuleSet(builtIn.rules());
        lint(files, unnamed, "1.0");

        lint(files, unnamed, "1.0");

        assertThat(checked).containsExactly("content/a.txt");
        assertThat(cacheFile).doesNotExist();
        assertThat(listener.debugs).contains("copydesk cache not used: the rules were not loaded from rule files");
    }

    static final class RecordingListener implements LintListener {
        final List<String> infos = new CopyOnWriteArrayList<>();
        final List<String> debugs = new CopyOnWriteArrayList<>();
        final List<String> warnings = new CopyOnWriteArrayList<>();

        @Override
        public void info(String message) {
            infos.add(message);
        }

        @Override
        public void debug(String message) {
            debugs.add(message);
        }

        @Override
        public void warn(String message) {
            warnings.add(message);
        }
    }
}
