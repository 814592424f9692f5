package io.github.copydesk.maven;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.github.copydesk.engine.FileSelection;
import io.github.copydesk.engine.LintRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal under generated configuration: rule files of every rule type, valid and damaged;
 * goal parameter values, sensible and not; YAML and TOML front matter, valid and broken, on
 * otherwise clean articles. Whatever the input, the goal either runs or stops with a configuration
 * error that names a rule file's line and column or a parameter; every finding lies inside its
 * file; and one thread and four threads give the same findings. The random source has a fixed
 * seed, so a failure names an input the next run makes again.
 */
class GeneratedConfigurationTest {
    private static final long SEED = 20_261_208L;
    private static final int RULE_TRIES = 120;
    private static final int PARAMETER_TRIES = 120;
    private static final int FRONT_MATTER_TRIES = 120;
    private static final int MAX_REPORTED = 15;

    /**
     * A rule file problem: the file as reports show it, then line and column; a failing example
     * gives its line only.
     */
    private static final Pattern PLACED = Pattern.compile("^\\S+\\.ya?ml:\\d+(:\\d+)?: .+");

    /** The parameters a configuration error may name instead of a place in a file. */
    private static final List<String> PARAMETERS = List.of("encoding", "maxFileSize", "threads", "severities",
            "disabledRules", "includes", "excludes", "outputFormats", "violationSeverity", "articleDirectories",
            "files", "ruleDirectories");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();
    private int runs;
    private int configurationErrors;
    private int findings;
    private int brokenFrontMatter;

    @Test
    void generatedRuleFilesEitherLoadOrStopTheBuildAtTheirLineAndColumn() throws Exception {
        Random random = new Random(SEED);
        RuleFiles rules = new RuleFiles(random);
        for (int i = 0; i < RULE_TRIES; i++) {
            Path project = project("rules-" + i);
            Path ruleFolder = Files.createDirectories(project.resolve("style"));
            List<String> written = new ArrayList<>();
            int count = 1 + random.nextInt(2);
            for (int r = 0; r < count; r++) {
                String yaml = rules.next();
                Files.writeString(ruleFolder.resolve("r" + r + ".yml"), yaml, UTF_8);
                written.add(yaml);
            }
            String label = "rule files " + written;
            runBothWays(project, label, mojo -> mojo.ruleDirectories = List.of(new File("style")));
        }
        assertSurvived("rule files");
        // Damaged rule files stop the build and sound ones run: neither alone would be a test of both.
        assertThat(configurationErrors).as("runs stopped by a configuration error").isBetween(RULE_TRIES / 5,
                RULE_TRIES * 4 / 5);
        assertThat(findings).as("findings whose place was checked").isPositive();
    }

    @Test
    void generatedParameterValuesEitherWorkOrStopTheBuildNamingTheParameter() throws Exception {
        Random random = new Random(SEED + 1);
        Parameters parameters = new Parameters(random);
        for (int i = 0; i < PARAMETER_TRIES; i++) {
            Path project = project("parameters-" + i);
            Consumer<CheckMojo> setting = parameters.next();
            runBothWays(project, "parameters " + parameters.last, setting);
        }
        assertSurvived("parameter values");
        assertThat(configurationErrors).as("runs stopped by a configuration error").isBetween(PARAMETER_TRIES / 10,
                PARAMETER_TRIES * 9 / 10);
        assertThat(findings).as("findings whose place was checked").isPositive();
    }

    @Test
    void generatedFrontMatterIsReadOrReportedInsideTheFile() throws Exception {
        Random random = new Random(SEED + 2);
        FrontMatters frontMatters = new FrontMatters(random);
        for (int i = 0; i < FRONT_MATTER_TRIES; i++) {
            Path project = project("front-matter-" + i);
            Path content = project.resolve("content");
            List<String> written = new ArrayList<>();
            for (int a = 0; a < 3; a++) {
                String article = frontMatters.article();
                Files.writeString(content.resolve("fm-" + a + ".md"), article, UTF_8);
                written.add(article);
            }
            // Rules that read the metadata the front matter gives, so that findings point into it.
            Files.createDirectories(project.resolve("style"));
            Files.writeString(project.resolve("style/title-length.yml"), """
                    id: title-length
                    check: metric
                    severity: warning
                    message: '${detail}'
                    scope: [metadata.title, metadata.image.credit]
                    options: {measure: characters, max: 12}
                    """, UTF_8);
            Files.writeString(project.resolve("style/desk-words.yml"), """
                    id: desk-words
                    check: existence
                    severity: warning
                    message: '${match}'
                    scope: [metadata.title, metadata.tags, metadata.section, PARAGRAPH]
                    options: {tokens: [harbour, ferry, council], ignoreCase: true}
                    """, UTF_8);
            runBothWays(project, "articles " + written, mojo -> mojo.ruleDirectories = List.of(new File("style")));
        }
        assertSurvived("front matter");
        assertThat(configurationErrors).as("runs stopped by a configuration error").isZero();
        assertThat(findings).as("findings whose place was checked").isGreaterThan(FRONT_MATTER_TRIES);
        // Broken front matter is a finding in the file, at the place it breaks, and it was placed above.
        assertThat(brokenFrontMatter).as("broken front matter findings").isPositive();
    }

    private void assertSurvived(String what) {
        assertThat(failures).as("%s that broke the goal, got an unplaced configuration error, a finding outside"
                + " its file or findings that depend on the thread count (seed %d; first %d shown)", what, SEED,
                MAX_REPORTED).isEmpty();
        assertThat(runs).as("runs").isPositive();
    }

    /** A project folder with a few clean articles of each format under content/. */
    private Path project(String name) throws IOException {
        Path project = Files.createDirectories(dir.resolve(name));
        Path content = Files.createDirectories(project.resolve("content"));
        Files.writeString(content.resolve("quay.txt"), WIRE, UTF_8);
        Files.writeString(content.resolve("budget.md"), MARKDOWN, UTF_8);
        Files.writeString(content.resolve("library.html"), HTML, UTF_8);
        return project;
    }

    /**
     * Runs the goal with one thread and with four, and checks what came out: a configuration error
     * that names its place or parameter, or the same findings both times, each inside its file.
     */
    private void runBothWays(Path project, String label, Consumer<CheckMojo> setting) throws IOException {
        Outcome one = run(project, "one", setting, 1);
        Outcome four = run(project, "four", setting, 4);
        runs++;
        if (one.unexpected != null || four.unexpected != null) {
            Throwable thrown = one.unexpected != null ? one.unexpected : four.unexpected;
            report(label, "an exception escaped the goal: " + stackHead(thrown));
            return;
        }
        if (one.configurationError != null || four.configurationError != null) {
            configurationErrors++;
            if (!String.valueOf(one.configurationError).equals(String.valueOf(four.configurationError))) {
                report(label, "the thread count changed the configuration error: " + one.configurationError + " / "
                        + four.configurationError);
            }
            String problem = unplaced(String.valueOf(one.configurationError));
            if (problem != null) {
                report(label, "a configuration error without a place or parameter: " + problem);
            }
            return;
        }
        if (!one.findings.equals(four.findings)) {
            report(label, "1 and 4 threads gave different findings:\n    " + one.findings + "\n    " + four.findings);
        }
        for (JsonNode finding : one.findings) {
            findings++;
            if (finding.get("message").asText().startsWith("Broken front matter")) {
                brokenFrontMatter++;
            }
            String problem = outside(project, finding, one.charsetIsUtf8);
            if (problem != null) {
                report(label, problem + ": " + finding);
            }
        }
    }

    private record Outcome(List<JsonNode> findings, String configurationError, Throwable unexpected,
            boolean charsetIsUtf8) {
    }

    private Outcome run(Path project, String reports, Consumer<CheckMojo> setting, int threads) throws IOException {
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(new QuietLog());
        MavenProject maven = new MavenProject();
        maven.setFile(project.resolve("pom.xml").toFile());
        mojo.project = maven;
        mojo.includes = Arrays.asList(FileSelection.DEFAULT_INCLUDE_PATTERNS.split(","));
        mojo.encoding = "UTF-8";
        mojo.maxFileSize = LintRequest.DEFAULT_MAX_FILE_SIZE;
        mojo.violationSeverity = "error";
        mojo.failOnViolation = false;
        mojo.logViolationsToConsole = true;
        mojo.outputFormats = "json";
        mojo.outputDirectory = new File("target/" + reports);
        mojo.threads = threads;
        setting.accept(mojo);
        boolean utf8 = mojo.encoding == null || mojo.encoding.isBlank()
                || mojo.encoding.strip().equalsIgnoreCase("UTF-8");
        Path report = project.resolve("target").resolve(reports).resolve("copydesk.json");
        Files.deleteIfExists(report);
        try {
            mojo.execute();
        } catch (MojoExecutionException e) {
            return new Outcome(List.of(), e.getMessage(), null, utf8);
        } catch (Exception | Error e) {
            return new Outcome(List.of(), null, e, utf8);
        }
        if (!Files.exists(report)) {
            // A run whose formats leave out json writes no report: nothing to place.
            return new Outcome(List.of(), null, null, utf8);
        }
        List<JsonNode> found = new ArrayList<>();
        JSON.readTree(report.toFile()).get("findings").forEach(found::add);
        return new Outcome(found, null, null, utf8);
    }

    /** Why a configuration error's message names neither a place in a rule file nor a parameter, or null. */
    static String unplaced(String message) {
        List<String> lines = message.lines().toList();
        if (lines.get(0).equals("Invalid copydesk rules:")) {
            for (String line : lines.subList(1, lines.size())) {
                boolean namesParameter = PARAMETERS.stream().anyMatch(name -> line.startsWith(name + ": "));
                if (!PLACED.matcher(line).matches() && !namesParameter && !line.startsWith(" ")) {
                    return line;
                }
            }
            return lines.size() > 1 ? null : "no problem listed";
        }
        boolean namesParameter = PARAMETERS.stream().anyMatch(name -> lines.get(0).startsWith(name + ": ")
                || lines.get(0).contains("(set " + name) || lines.get(0).contains("(" + name));
        return namesParameter ? null : lines.get(0);
    }

    /** Why {@code finding} lies outside its file, or null; columns count code points, the line's end included. */
    private static String outside(Path project, JsonNode finding, boolean charsetIsUtf8) {
        Path file = project.resolve(finding.get("path").asText());
        String text;
        try {
            // A file that is not there (a files entry naming none) has one empty line: its findings are at 1:1.
            text = Files.isRegularFile(file) ? Files.readString(file, charsetIsUtf8 ? UTF_8 : ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] lines = text.split("\n", -1);
        int line = finding.get("line").asInt();
        int column = finding.get("column").asInt();
        int endLine = finding.get("endLine").asInt();
        int endColumn = finding.get("endColumn").asInt();
        if (line < 1 || line > lines.length) {
            return "line outside the file's " + lines.length + " lines";
        }
        if (column < 1 || column > columns(lines[line - 1], charsetIsUtf8)) {
            return "column outside line " + line;
        }
        if (endLine < line || endLine > lines.length) {
            return "end line before the start or outside the file";
        }
        if (endColumn < 1 || endColumn > columns(lines[endLine - 1], charsetIsUtf8) + 1
                || endLine == line && endColumn < column) {
            return "end column outside line " + endLine;
        }
        return null;
    }

    private static int columns(String line, boolean exact) {
        // Read as Latin-1, a line has at least as many characters as the other charsets decode from it.
        return (exact ? line.codePointCount(0, line.length()) : line.length()) + 1;
    }

    private void report(String label, String problem) {
        if (failures.size() < MAX_REPORTED) {
            String shown = label.length() > 1_500 ? label.substring(0, 1_500) + "..." : label;
            failures.add(problem + "\n    input: " + shown);
        } else if (failures.size() == MAX_REPORTED) {
            failures.add("... and more");
        }
    }

    private static String stackHead(Throwable thrown) {
        StringBuilder head = new StringBuilder(thrown.toString());
        Stream.of(thrown.getStackTrace()).limit(6).forEach(frame -> head.append("\n        at ").append(frame));
        return head.toString();
    }

    /**
     * Rule files of the six rule types and the built-in checks: half of them sound, with values
     * a desk would write; the others with wrong values and damage in one place or several.
     */
    static final class RuleFiles {
        private static final String[] TYPES = {"existence", "substitution", "occurrence", "conditional",
            "consistency", "metric", "promo-link", "source-line"};
        private static final String[] BAD_TYPES = {"existance", "", "[existence]", "Existence"};
        private static final String[] KINDS = {"HEADLINE", "STANDFIRST", "CAPTION", "DATELINE", "PARAGRAPH",
            "HEADING", "QUOTE", "IMAGE", "LIST_ITEM", "SOURCE_LINE", "metadata.title", "metadata.image.credit",
            "metadata.tags", "metadata.section", "metadata.date"};
        private static final String[] BAD_KINDS = {"metadata.", "PARAGRAF", "paragraph", "", "[HEADLINE]"};
        private static final String[] WORDS = {"harbour", "ferry", "council", "said", "e-mail", "email",
            "per cent", "percent", "Kiev", "web site", "the", "Monday", "north quay", "Ω", "🙂", "ﬁ", "İ", "café"};
        private static final String[] BAD_WORDS = {"", " ", "x\ty", "\u0000", "'", "[a]"};
        private static final String[] PATTERNS = {"\\bthe\\b", "(a+)+$", "[A-Z]{3,5}", "^", "$", ".*",
            "\\p{Lu}+", "(?i)ferry", "(?P<n>x)", "[[:alpha:]]+", "\\Q.\\E", "(.*a){50}", "é|e\u0301",
            "\\b([A-Z]{3,5})\\b", "(\\d+) (per ?cent)", "\\s{2,}", "[^\\x00-\\x7F]"};
        private static final String[] BAD_PATTERNS = {"", "(a+", "[b", "c{2,1}", "\\", "x{1001}", "(\\w+)\\s+\\1",
            "(?=a)", "\\x{110000}", "*"};
        private static final String[] MEASURES = {"characters", "words", "sentenceWords", "blocks"};
        private static final String[] BAD_MEASURES = {"sentencewords", "lines", "", "[words]"};
        private static final String[] PLACEHOLDERS = {"${match}", "${detail}", "$${literal}"};
        private static final String[] BAD_PLACEHOLDERS = {"${suggestion}", "${sugestion}", "${", "${}", "$",
            "${match", "${ match }"};
        private static final String[] NUMBERS = {"0", "1", "3", "30", "2147483647"};
        private static final String[] BAD_NUMBERS = {"-1", "2147483648", "9999999999999999999", "1.5", "'7'", "many",
            "[]", "0x10", ".inf", "~"};

        private final Random random;
        private boolean sound;

        RuleFiles(Random random) {
            this.random = random;
        }

        String next() {
            sound = random.nextBoolean();
            if (!sound && random.nextInt(12) == 0) {
                return oddFile();
            }
            String type = pick(TYPES, BAD_TYPES);
            StringBuilder yaml = new StringBuilder();
            yaml.append("id: ").append(pick(new String[] {"rule-" + random.nextInt(1_000_000)}, new String[] {
                "Bad Id", "promo-link", "", "'123'", "[a, b]", "é"})).append('\n');
            yaml.append("check: ").append(quoted(type)).append('\n');
            yaml.append("severity: ").append(pick(new String[] {"error", "warning", "info"}, new String[] {"loud", "",
                "ERROR", "1", "[error]"})).append('\n');
            yaml.append("message: ").append(quoted(message(type))).append('\n');
            if (random.nextInt(3) == 0) {
                yaml.append("scope: [");
                int kinds = 1 + random.nextInt(3);
                for (int k = 0; k < kinds; k++) {
                    yaml.append(k == 0 ? "" : ", ").append(pick(KINDS, BAD_KINDS));
                }
                yaml.append("]\n");
            }
            if (random.nextInt(4) == 0) {
                yaml.append(pick(new String[] {"when: {section: [POLITICS, Economy]}\n", "when: {path: 'content/**'}\n",
                    "when: {metadata.section: Politics}\n", "when: {format: [wire, markdown, html]}\n",
                    "when: {path: '**/*.md'}\n"}, new String[] {"when: {format: [markdwn]}\n",
                    "when: {path: '[unclosed'}\n", "when: POLITICS\n", "when:\n  section:\n",
                    "when: {sectoin: [x]}\n", "when: {path: ['**/*.md', '']}\n"}));
            }
            yaml.append("options:\n").append(options(type));
            if (!sound && random.nextBoolean()) {
                yaml.append("examples:\n  flag: [").append(quoted(pick(WORDS, BAD_WORDS))).append("]\n  pass: [")
                        .append(quoted("The council met on Monday.")).append("]\n");
            }
            String text = yaml.toString();
            int damages = sound ? 0 : random.nextInt(3);
            for (int d = 0; d < damages; d++) {
                text = damage(text);
            }
            return text;
        }

        private String message(String type) {
            StringBuilder message = new StringBuilder("Found");
            int parts = random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                boolean suggests = type.equals("substitution") || type.equals("consistency");
                message.append(' ').append(suggests && random.nextBoolean() ? "${suggestion}"
                        : pick(PLACEHOLDERS, BAD_PLACEHOLDERS));
            }
            return message.toString();
        }

        private String options(String type) {
            return switch (type) {
                case "existence" -> "  tokens: " + list(WORDS, BAD_WORDS) + "\n"
                        + (random.nextBoolean() ? "  patterns: " + list(PATTERNS, BAD_PATTERNS) + "\n" : "")
                        + (random.nextBoolean() ? "  exceptions: " + list(WORDS, BAD_WORDS) + "\n" : "")
                        + (random.nextBoolean() ? "  ignoreCase: " + pick(new String[] {"true", "false"},
                            new String[] {"yes", "2", "[true]"}) + "\n" : "");
                case "substitution" -> "  swap:\n    " + quoted(pick(WORDS, BAD_WORDS)) + ": "
                        + quoted(pick(WORDS, BAD_WORDS)) + "\n    " + quoted(pick(WORDS, BAD_WORDS)) + ": "
                        + quoted(pick(WORDS, BAD_WORDS)) + "\n";
                case "occurrence" -> (random.nextBoolean() ? "  token: " + quoted(pick(WORDS, BAD_WORDS))
                        : "  pattern: " + quoted(pick(PATTERNS, BAD_PATTERNS))) + "\n" + "  "
                        + pick(new String[] {"min", "max"}, new String[] {"mn"}) + ": " + pick(NUMBERS, BAD_NUMBERS)
                        + "\n";
                case "conditional" -> "  if: " + quoted(pick(PATTERNS, BAD_PATTERNS)) + "\n  then: "
                        + quoted(pick(PATTERNS, BAD_PATTERNS)) + "\n"
                        + (random.nextBoolean() ? "  exceptions: " + list(WORDS, BAD_WORDS) + "\n" : "");
                case "consistency" -> "  either:\n    - " + list(WORDS, BAD_WORDS) + "\n    - " + list(WORDS, BAD_WORDS)
                        + "\n";
                case "metric" -> "  measure: " + pick(MEASURES, BAD_MEASURES) + "\n  "
                        + pick(new String[] {"min", "max"}) + ": " + pick(NUMBERS, BAD_NUMBERS) + "\n";
                case "promo-link" -> "  brands: " + list(WORDS, BAD_WORDS) + "\n";
                default -> "  tokens: [x]\n";
            };
        }

        private String list(String[] pool, String[] bad) {
            if (random.nextInt(30) == 0) {
                // A huge list: every item is compiled or indexed.
                StringBuilder huge = new StringBuilder("[");
                for (int i = 0; i < 3_000; i++) {
                    huge.append(i == 0 ? "" : ", ").append("w").append(i);
                }
                return huge.append(']').toString();
            }
            StringBuilder list = new StringBuilder("[");
            int items = 1 + random.nextInt(sound ? 3 : 4) - (sound ? 0 : 1);
            for (int i = 0; i < items; i++) {
                list.append(i == 0 ? "" : ", ").append(quoted(pick(pool, bad)));
            }
            return list.append(']').toString();
        }

        /** One damage in one place: a value of the wrong type, a key misspelt or lost, deep nesting, bad YAML. */
        private String damage(String yaml) {
            List<String> lines = new ArrayList<>(yaml.lines().toList());
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            int colon = line.indexOf(": ");
            switch (random.nextInt(9)) {
                case 0 -> lines.remove(at);
                case 1 -> {
                    if (colon > 0) {
                        lines.set(at, line.substring(0, colon) + "x" + line.substring(colon));
                    }
                }
                case 2 -> {
                    if (colon > 0) {
                        lines.set(at, line.substring(0, colon + 2) + pick(new String[] {"~", "[]", "{}", "42",
                            "true", "[[a]]", "{a: b}", "!!binary aGVsbG8=", "'x'", "\"\\u0000\"", "&a x", "*a"}));
                    }
                }
                case 3 -> {
                    if (colon > 0) {
                        int depth = 50 + random.nextInt(400);
                        lines.set(at, line.substring(0, colon + 2) + "[".repeat(depth) + "x" + "]".repeat(depth));
                    }
                }
                case 4 -> lines.add(at, line);
                case 5 -> lines.set(at, "\t" + line);
                case 6 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                case 7 -> lines.add(random.nextInt(lines.size() + 1), pick(new String[] {"---", "...", "%YAML 1.1",
                    "? complex", "- item", "  deeper: indented", "unknown: key", "options: {}", "'unclosed"}));
                default -> {
                    if (colon > 0) {
                        int depth = 30 + random.nextInt(200);
                        lines.set(at, line.substring(0, colon + 2) + "{a: ".repeat(depth) + "x" + "}".repeat(depth));
                    }
                }
            }
            return String.join("\n", lines) + (random.nextBoolean() ? "\n" : "");
        }

        private String oddFile() {
            return pick(new String[] {"", "\n", "---\n", "~\n", "[1, 2]\n", "just words\n", "\u0000\u0001",
                "id: a\nid: b\n", "&x [*x]\n", "a: &a [1]\nb: *a\nc: *b\n",
                "---\nid: one\n---\nid: two\n", "\uFEFFid: bom\ncheck: existence\n",
                // Aliases that grow the document exponentially when expanded.
                "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                        + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                        + "id: laughs\ncheck: existence\nseverity: error\nmessage: m\noptions: {tokens: *f}\n"});
        }

        private String quoted(String value) {
            if (!sound && random.nextInt(6) == 0) {
                return value;
            }
            return "'" + value.replace("'", "''") + "'";
        }

        /** A value from {@code good}; in a damaged file, one time in three from {@code bad}. */
        private String pick(String[] good, String[] bad) {
            return !sound && random.nextInt(3) == 0 ? pick(bad) : pick(good);
        }

        private String pick(String[] pool) {
            return pool[random.nextInt(pool.length)];
        }
    }

    /** Goal parameter values: sensible, odd (empty items, blanks, case) and wrong. */
    static final class Parameters {
        private final Random random;
        String last;

        Parameters(Random random) {
            this.random = random;
        }

        Consumer<CheckMojo> next() {
            List<String> chosen = new ArrayList<>();
            List<Consumer<CheckMojo>> settings = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                switch (random.nextInt(10)) {
                    case 0 -> {
                        String value = pick(null, "", " ", "UTF-8", " utf-8 ", "ISO-8859-1", "latin1", "UTF-16LE",
                                "windows-1252", "bogus", "x y", "UTF-8\u0000", "utf8", "US-ASCII");
                        chosen.add("encoding=" + value);
                        settings.add(mojo -> mojo.encoding = value);
                    }
                    case 1 -> {
                        long value = pick(1L, 10L, 200L, 0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 4_096L);
                        chosen.add("maxFileSize=" + value);
                        settings.add(mojo -> mojo.maxFileSize = value);
                    }
                    case 2 -> {
                        int value = pick(-1, Integer.MIN_VALUE, 0, 3, 64);
                        chosen.add("threads=" + value);
                        settings.add(mojo -> mojo.threads = value);
                    }
                    case 3 -> {
                        String value = pick(null, "", "promo-link=warning", "promo-link=loud", "no-such-rule=error",
                                "=", ",,", "promo-link", "promo-link=warning,,source-line=info",
                                "promo-link = info\nsource-line=error", "promo-link=warning,promo-link=error",
                                "=error", "promo-link=", "PROMO-LINK=warning");
                        chosen.add("severities=" + value);
                        settings.add(mojo -> mojo.severities = value);
                    }
                    case 4 -> {
                        List<String> value = list("promo-link", "", " ", "no-such-rule", "source-line",
                                "quote-attribution", "Promo-Link", null);
                        chosen.add("disabledRules=" + value);
                        settings.add(mojo -> mojo.disabledRules = value);
                    }
                    case 5 -> {
                        List<String> value = list("**/*.txt", "**/*.md", "", " ", "[", "{a,b", "**/***", "\\",
                                "*.html", "/abs/**", "../**", "**/*.{md,txt}", null, "!", "**/[!x]*.md");
                        chosen.add("includes=" + value);
                        settings.add(mojo -> mojo.includes = value);
                    }
                    case 6 -> {
                        List<String> value = list("**/*.txt", "", "[", "{", "**", "quay.txt", null, "\\\\", "**/");
                        chosen.add("excludes=" + value);
                        settings.add(mojo -> mojo.excludes = value);
                    }
                    case 7 -> {
                        String value = pick(null, "", " ", "json", "json,,", ",json", "JSON", "json,pdf",
                                "console,json", "json,html,sarif,junit,checkstyle,codequality,github", "json json",
                                "json;html");
                        chosen.add("outputFormats=" + value);
                        settings.add(mojo -> mojo.outputFormats = value);
                    }
                    case 8 -> {
                        String value = pick(null, "", "warning", "info", "ERROR", "loud", " error ");
                        chosen.add("violationSeverity=" + value);
                        settings.add(mojo -> mojo.violationSeverity = value);
                    }
                    default -> {
                        List<File> value = files("content", "", " ", "content/quay.txt", "missing", "content/../content",
                                "content/budget.md", "content/quay.txt,", "pom.xml");
                        chosen.add("files=" + value);
                        settings.add(mojo -> mojo.files = value);
                    }
                }
            }
            last = String.join(" ", chosen);
            return mojo -> settings.forEach(setting -> setting.accept(mojo));
        }

        @SafeVarargs
        private <T> T pick(T... pool) {
            return pool[random.nextInt(pool.length)];
        }

        private List<String> list(String... pool) {
            List<String> list = new ArrayList<>();
            int items = random.nextInt(4);
            for (int i = 0; i < items; i++) {
                list.add(pool[random.nextInt(pool.length)]);
            }
            return random.nextInt(8) == 0 ? null : list;
        }

        private List<File> files(String... pool) {
            List<File> list = new ArrayList<>();
            int items = 1 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                list.add(new File(pool[random.nextInt(pool.length)]));
            }
            return list;
        }
    }

    /** Markdown articles whose clean body sits under YAML or TOML front matter, sound or broken. */
    static final class FrontMatters {
        private static final String[] TITLES = {"Harbour ferry returns", "", "''", "\"Council\" votes",
            "A very long title about the harbour council budget vote", "'unclosed", "[list, title]", "{a: b}",
            "Caf\\u00e9 reopens", "🙂 Ferry", "title: nested", "|\n  block title\n  second line", ">-\n  folded\n",
            "&anchor Ferry", "*alias", "!!int 3", "null", "~", "'It''s back'", "\"tab\\there\""};
        private static final String[] TOML_TITLES = {"\"Harbour ferry returns\"", "''", "'single'",
            "\"A very long title about the harbour council budget vote\"", "\"unclosed", "[\"a\", \"b\"]",
            "{ a = \"b\" }", "\"Caf\\u00e9\"", "\"\"\"multi\nline ferry\"\"\"", "3", "true", "2025-04-28",
            "\"bad \\q escape\"", "'''literal\nferry'''"};

        private final Random random;

        FrontMatters(Random random) {
            this.random = random;
        }

        String article() {
            String body = "\nThe harbour council approved a new ferry timetable on Monday, its chair said.\n\n"
                    + "Boats will leave every 20 minutes from the north quay.\n";
            String front = random.nextBoolean() ? yaml() : toml();
            if (random.nextInt(6) == 0) {
                front = front.substring(0, random.nextInt(front.length() + 1));
            }
            return front + body;
        }

        private String yaml() {
            StringBuilder front = new StringBuilder(pick(new String[] {"---\n", "---\n", "--- \n", "---\r\n"}));
            List<String> fields = new ArrayList<>(List.of("title: " + pick(TITLES), "date: " + pick(new String[] {
                "2025-04-28", "2025-13-45", "yesterday", "", "2025-04-28T10:00:00Z", "[2025]"}),
                "section: " + pick(new String[] {"Economy", "POLITICS", "", "[World, Sport]", "{a: 1}"}),
                "tags: " + pick(new String[] {"[ferry, harbour]", "[]", "- a", "[[deep]]", "ferry", "[, ,]"}),
                "image:\n  credit: " + pick(TITLES), "image: " + pick(TITLES)));
            if (random.nextInt(5) == 0) {
                int depth = 20 + random.nextInt(200);
                fields.add("deep: " + "[".repeat(depth) + "x" + "]".repeat(depth));
            }
            if (random.nextInt(6) == 0) {
                fields.add("\ttabbed: value");
            }
            if (random.nextInt(6) == 0) {
                fields.add("title: duplicate ferry");
            }
            Collections.shuffle(fields, random);
            fields.subList(0, random.nextInt(fields.size())).clear();
            fields.forEach(field -> front.append(field).append('\n'));
            return front.append(pick(new String[] {"---\n", "---\n", "...\n", "--\n", ""})).toString();
        }

        private String toml() {
            StringBuilder front = new StringBuilder(pick(new String[] {"+++\n", "+++\n", "+++ \n"}));
            List<String> fields = new ArrayList<>(List.of("title = " + pick(TOML_TITLES), "date = "
                    + pick(new String[] {"2025-04-28", "\"2025-04-28\"", "2025-13-45", "yesterday"}),
                    "section = " + pick(TOML_TITLES), "tags = [\"ferry\", \"harbour\"]", "[image]\ncredit = "
                            + pick(TOML_TITLES), "title = \"again\"", "= \"no key\"", "[[items]]\nname = \"x\""));
            Collections.shuffle(fields, random);
            fields.subList(0, random.nextInt(fields.size())).clear();
            fields.forEach(field -> front.append(field).append('\n'));
            return front.append(pick(new String[] {"+++\n", "+++\n", "++\n", ""})).toString();
        }

        private String pick(String[] pool) {
            return pool[random.nextInt(pool.length)];
        }
    }

    /** A log that keeps nothing: the runs are many and their findings are read from the JSON report. */
    private static final class QuietLog extends SystemStreamLog {
        @Override
        public void debug(CharSequence content) {
        }

        @Override
        public void debug(CharSequence content, Throwable error) {
        }

        @Override
        public void debug(Throwable error) {
        }

        @Override
        public void info(CharSequence content) {
        }

        @Override
        public void info(CharSequence content, Throwable error) {
        }

        @Override
        public void info(Throwable error) {
        }

        @Override
        public void warn(CharSequence content) {
        }

        @Override
        public void warn(CharSequence content, Throwable error) {
        }

        @Override
        public void warn(Throwable error) {
        }

        @Override
        public void error(CharSequence content) {
        }

        @Override
        public void error(CharSequence content, Throwable error) {
        }

        @Override
        public void error(Throwable error) {
        }
    }

    private static final String WIRE = """
            HARBOUR-FERRY 2025-04-28
            Ferry service to the north quay resumes after repairs
            By Mara Ellison

            PORT ALDEN, April 28 (Coastline News) - Ferries returned to the north quay of Port Alden on
            Monday after three weeks of repairs to the landing stage, the harbour authority said.

            "The boats are back on the timetable from today," said Tomas Reyes, the authority's operations
            manager.

            Repairs cost 1.2 million crowns, the authority said.
            """;

    private static final String MARKDOWN = """
            ---
            title: Council passes the harbour budget
            date: 2025-04-28
            section: Politics
            ---

            The Port Alden council passed its harbour budget on Monday by 14 votes to 9, the council's
            clerk said.

            The budget sets aside money for a new landing stage at the north quay.
            """;

    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><title>Library hours grow</title>
            <meta name="date" content="2025-04-28"></head>
            <body><article><h1>Library hours grow</h1>
            <p>The Port Alden library will open on Sundays from May, its director, Ines Harrow, said on Monday.</p>
            </article></body></html>
            """;
}
