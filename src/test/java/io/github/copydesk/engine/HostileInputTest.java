package io.github.copydesk.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.RuleSetLoader;
import io.github.copydesk.config.RuleSettings;
import io.github.copydesk.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's promise under fire: nothing a file contains makes copydesk crash or hang, and every
 * finding points at a line and column that exist in the file. Some 3,000 inputs per format, made
 * from the clean corpus by random damage and from scratch as hostile text, go through the engine as
 * files, in batches, with every built-in rule. The random source has a fixed seed, so every run
 * makes the same inputs and a failure names one that the next run makes again.
 */
class HostileInputTest {
    private static final long SEED = 20_250_428L;
    private static final int INPUTS_PER_FORMAT = 3_000;
    private static final int BATCH_SIZE = 250;
    private static final int MAX_REPORTED = 20;

    private static RuleSet ruleSet;
    private static Map<Format, List<Article>> corpus;

    @BeforeAll
    static void loadRulesAndCorpus() throws Exception {
        ruleSet = new RuleSetLoader().load(RuleSettings.defaults(Path.of(".")));
        corpus = Corpus.load();
    }

    @Test
    void hostileWireCopyNeitherBreaksTheEngineNorMisplacesFindings(@TempDir Path dir) throws Exception {
        assertSurvives(Format.WIRE, dir);
    }

    @Test
    void hostileMarkdownNeitherBreaksTheEngineNorMisplacesFindings(@TempDir Path dir) throws Exception {
        assertSurvives(Format.MARKDOWN, dir);
    }

    @Test
    void hostileHtmlNeitherBreaksTheEngineNorMisplacesFindings(@TempDir Path dir) throws Exception {
        assertSurvives(Format.HTML, dir);
    }

    private static void assertSurvives(Format format, Path dir) throws Exception {
        Generator generator = new Generator(format, corpus, new Random(SEED + format.ordinal()));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        int findings = 0;
        for (int done = 0; done < INPUTS_PER_FORMAT; done += BATCH_SIZE) {
            List<Input> batch = new ArrayList<>();
            for (int i = 0; i < Math.min(BATCH_SIZE, INPUTS_PER_FORMAT - done); i++) {
                batch.add(generator.next());
            }
            Outcome outcome = lintBatch(format, dir, batch, failures);
            checked += outcome.filesChecked();
            findings += outcome.findings();
        }
        assertThat(failures)
                .as("%s inputs that crashed a parser or a rule, or got a finding outside the file "
                        + "(seed %d; first %d shown)", format, SEED + format.ordinal(), MAX_REPORTED)
                .isEmpty();
        assertThat(checked).as("%s inputs checked", format).isEqualTo(INPUTS_PER_FORMAT);
        // Damaged articles and hostile text give findings: none at all would mean nothing was checked.
        assertThat(findings).as("%s findings whose place was checked", format).isGreaterThan(INPUTS_PER_FORMAT / 2);
    }

    private record Outcome(int filesChecked, int findings) {
    }

    /** Lints one batch as files, as the engine does. */
    private static Outcome lintBatch(Format format, Path dir, List<Input> batch, List<String> failures)
            throws IOException, InterruptedException {
        Map<String, Input> byPath = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (Input input : batch) {
            String name = String.format("%s-%04d%s", format.prefix, input.number(), format.extension);
            Path file = dir.resolve(name);
            Files.writeString(file, input.raw(), UTF_8);
            files.add(file);
            byPath.put(name, input);
        }
        try {
            LintResult result = lint(dir, files);
            // Split once per file: splitting again for each finding took most of this test's time.
            Map<String, String[]> linesByPath = new HashMap<>();
            for (Finding finding : result.findings()) {
                Input input = byPath.get(finding.path());
                String problem = input == null ? "finding for a file not in the batch" : problem(finding,
                        linesByPath.computeIfAbsent(finding.path(), path -> input.text().split("\n", -1)));
                if (problem != null) {
                    report(failures, input, problem + ": " + preview(finding.toString()));
                }
            }
            return new Outcome(result.filesChecked(), result.findings().size());
        } catch (IllegalStateException e) {
            // Something escaped the file linter and stopped the run: find the inputs that do it.
            int checked = 0;
            for (int i = 0; i < files.size(); i++) {
                try {
                    checked += lint(dir, List.of(files.get(i))).filesChecked();
                } catch (IllegalStateException single) {
                    report(failures, batch.get(i), "the run failed: " + single.getCause());
                }
            }
            return new Outcome(checked, 0);
        } finally {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static LintResult lint(Path dir, List<Path> files) throws InterruptedException {
        return new Linter().lint(new LintRequest(dir, files, UTF_8, LintRequest.DEFAULT_MAX_FILE_SIZE, ruleSet, 2));
    }

    /** What is wrong with a finding on a text of {@code lines}, or null. */
    static String problem(Finding finding, String[] lines) {
        if (finding.message().contains("failed on this article")) {
            return "a rule threw";
        }
        if (finding.ruleId().equals(InputFindings.RULE_ID) && finding.message().contains("could not be parsed")) {
            return "the parser threw";
        }
        if (finding.line() < 1 || finding.line() > lines.length) {
            return "line outside the file's " + lines.length + " lines";
        }
        int columns = lines[finding.line() - 1].codePointCount(0, lines[finding.line() - 1].length()) + 1;
        if (finding.column() < 1 || finding.column() > columns) {
            return "column outside line " + finding.line() + " (" + columns + " columns with the end)";
        }
        if (finding.endLine() < finding.line() || finding.endLine() > lines.length) {
            return "end line before the start or outside the file's " + lines.length + " lines";
        }
        return null;
    }

    private static void report(List<String> failures, Input input, String problem) {
        if (failures.size() < MAX_REPORTED) {
            String shown = input == null ? "?" : input.label() + " <<" + preview(input.raw()) + ">>";
            failures.add(problem + "\n    input " + shown);
        } else if (failures.size() == MAX_REPORTED) {
            failures.add("... and more");
        }
    }

    private static String preview(String text) {
        String head = text.length() > 300 ? text.substring(0, 300) + "...(" + text.length() + " chars)" : text;
        StringBuilder shown = new StringBuilder();
        head.codePoints().forEach(c -> {
            if (c == '\n') {
                shown.append("\\n");
            } else if (c < 0x20 || c == 0x7F || c >= 0x80 && !Character.isLetterOrDigit(c)) {
                shown.append(String.format("\\u{%X}", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    // --- inputs -----------------------------------------------------------------------------------

    enum Format {
        WIRE("w", ".txt"),
        MARKDOWN("m", ".md"),
        HTML("h", ".html");

        private final String prefix;
        private final String extension;

        Format(String prefix, String extension) {
            this.prefix = prefix;
            this.extension = extension;
        }
    }

    /**
     * One generated file: {@code raw} is what is written (UTF-8, maybe with CR line ends), {@code
     * text} what the reader makes of it and what lines and columns refer to.
     */
    record Input(int number, String label, String raw) {
        String text() {
            String text = raw.replace("\r\n", "\n").replace('\r', '\n');
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    record Article(String name, String text) {
    }

    /** The clean articles of the test classpath, by format. */
    static final class Corpus {
        private Corpus() {
        }

        static Map<Format, List<Article>> load() throws Exception {
            Path base = Path.of(HostileInputTest.class.getResource("/clean-articles").toURI());
            Map<Format, List<Article>> byFormat = new HashMap<>();
            byFormat.put(Format.WIRE, new ArrayList<>());
            byFormat.put(Format.MARKDOWN, new ArrayList<>());
            byFormat.put(Format.HTML, new ArrayList<>());
            try (Stream<Path> walk = Files.walk(base)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    Format format = name.endsWith(".md") ? Format.MARKDOWN
                            : name.endsWith(".html") || name.endsWith(".htm") ? Format.HTML : Format.WIRE;
                    byFormat.get(format).add(new Article(name, Files.readString(file, UTF_8)));
                }
            }
            assertThat(byFormat.get(Format.WIRE)).as("wire articles in the clean corpus").isNotEmpty();
            assertThat(byFormat.get(Format.MARKDOWN)).as("Markdown articles in the clean corpus").isNotEmpty();
            assertThat(byFormat.get(Format.HTML)).as("HTML articles in the clean corpus").isNotEmpty();
            return byFormat;
        }
    }

    /**
     * Makes the inputs of one format: a third damaged clean articles, a third articles with very
     * long lines (every lead and repeated unit below meet at least once per format), a third
     * hostile text built from scratch.
     */
    static final class Generator {
        /** How a line starts: the shapes the parsers and checks look for at the start of a line. */
        private static final String[] LEADS = {
            "", "By ", "By A", "BY JANE ", "SOURCE: ", "Source: AA", "SOURCE:(", "Read more - ", "Read more: ",
            "Related ", "See also ", "— ", "(", "KIEV (", "LONDON, April 28 (", "date 2025-01-01 ",
            "Reuters - ", "Daily Sabah | ", "Click here ", "Subscribe to ", "> ", "- ", "1. ", "# ", "[x](",
            "![", "http://x.com/?utm_source=", "https://a.b/c?d=1&utm_medium=", "www.", "<!--", "```", "*",
            "(Reporting by ", "With inputs from ", "Jane Doe |", "👉 ", "BEIJING, April 28 (Xinhua) -- ",
            "The ministry said, ", "date 2025-01-01 WORLD", "KIEV (Reuters)", "Tehran, IRNA", "X (Y Z)",
            "Read more - A.", "— Name", "SOURCE: (AA",
        };
        /** What a long line repeats. */
        private static final String[] UNITS = {
            " ", ".", ". ", " .", "-", " - ", "--", "—", "–", "|", "and", "andB", "Aand", "A ", "Ab", "AA/",
            "AA ", "AA, ", "Reuters and ", ", A", "(", ")", "[", "](", "[x](", "*", "_", "**a", "`", "<", "> ",
            "- ", "\t", "a", "1", "/", "🔗", "👉 ", "»", "→ ", "\u0301", "\u200F", "\u200D", "\uFE0F",
            "\u00A0", "&amp;", "\\", "?utm_", "&utm_a=1", "http://", ":", "!", "(@a) ", "’", "\"", "SOURCE: ",
            " by ", " on ", "e\u0301", "(AA) ", ".\u00A0", "#", "1.", " \n",
        };
        /** Built lines per long-line article: enough for every lead to meet every unit once per format. */
        private static final int LONG_LINES_PER_INPUT = 4;
        private static final String[] TAILS = {"", "!", "x", ".", ")", " ", "1", "A", " (Reuters)", "\nSOURCE: AA"};
        private static final String[] MARKERS = {"🔗", "👉", "»", "→", "➡️", "➡", "▶️", "⬇"};
        /** Lines that mean something to a parser or a check. */
        private static final String[] SNIPPETS = {
            "SOURCE: AA", "SOURCE:", "SOURCE:AA", "Source: TurkStat", "SOURCE: AA / Reuters / AFP", "SOURCES : (AA)",
            "source :  .", "SOURCE: [AA]", "SOURCE: /", "— Reuters", "(Reuters)", "- AA", "Daily Sabah with Agencies",
            "KIEV (Reuters) -", "KIEV (Reuters) - Troops moved on Monday.", "BEIJING, April 28 (Xinhua) --",
            "MOSCOW, April 28. /TASS/.", "Tehran, IRNA -", "(CNN) —", "ANKARA (AA) –", "X (Y) -",
            ", an AA correspondent reports", "By Jane Doe", "BY", "By", "By A, B and C in D", "By Monday, the army left.",
            "Jane Doe |28.04.2025 - Update : 28.04.2025", "(Reporting by X; Editing by Y)", "With inputs from agencies",
            "Anadolu Agency website", "date 2025-02-30 WORLD", "date 9999-99-99", " date 2025-01-01", "DATE 2025-1-1 x",
            "date 2025-01-01 " + "S".repeat(300), "March 11, 2025", "11.03.2025", "Read more 👉", "READ MORE: X",
            "READ MORE", "Related", "Related news: Port strike", "Read more on the war: Talks", "More – much more.",
            "👉", "🔗", "»", "→", "➡️", "👉 ➡️ 🔗", "Daily Sabah - Harbour opens", "Reuters – Dam talks stall 🔗",
            "Click here to watch.", "Sign up for our newsletter", "Subscribe to our a b c d e f g h newsletters",
            "— Name (@handle) March 2, 2025", "pic.twitter.com/abc", "x.com/a/status/1", "---", "+++", "...",
            "```", "~~~", "````x", "<!--", "-->", "<div>", "<script>", "<?php", "<![CDATA[", "[x](", "![x](", "[x]",
            "[x]: http://a.com/?utm_source=1", "[x]: <", "<http://a.com/?utm_medium=x>", "<a@b.c>",
            "https://a.com/?utm_source=x.", "www.a.com/p?x=1&utm_campaign=y).", "http://a.com/#utm_x",
            "http://a.com/;utm_x", "[Read](https://a.com/?fbclid=1)", "![i](http://a.com/i.png?gclid=1 \"t\")",
            "[![i](a.png)](http://a.com/?utm_x=1)", "<a href=\"http://a.com/?utm_x=1\">x</a>", "> ", ">", "- ",
            "* ", "+ ", "1.", "1) ", "#", "######## x", "# ", "=====", "-----", "***", "    code", "\t", "|a|b|",
            "|-|-|", "&#xD800;", "&#0;", "&#99999999;", "&amp;&lt;&nbsp;", "\\", "\\*", "`", "``x``", "*a _b* c_",
            "title: x", "a = 1", "[table]", "\u2028", "\u0085", "\u000B", "\f",
        };
        /** Characters and sequences that are easy to get wrong: combining, bidi, joiners, emoji, separators. */
        private static final String[] ODD = {
            "\u0301", "e\u0301\u0302\u0303\u0304", "\u200F", "\u200E", "\u202E", "\u2066", "\u2069", "\u200D",
            "\u200C", "\u200B", "\u2060", "\uFEFF", "\uFE0F", "\uFE0E", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇹🇷", "👍🏽", "➡️",
            "\u00A0", "\u2003", "\u3000", "\u1680", "\u2028", "\u2029", "\u0085", "\u000B", "\f", "\u0007",
            "\u001B", "\u007F", "\u0080", "\u009F", "İ", "ı", "ß", "ǅ", "𝔘", "𝟙", "١٢٣", "ﷺ", "\uFFFD", "\uFFFF",
            "\uFFFE", "\uE000", "\uDBFF\uDFFF", "\uD83D", "\uDE00", "غزة", "עברית", "日本語", "ｆｕｌｌ",
            "\u0300".repeat(200), "\u200D".repeat(50),
        };

        private final Format format;
        private final Map<Format, List<Article>> corpus;
        private final Random random;
        private final List<String[]> combos = new ArrayList<>();
        private int nextCombo;
        private int count;

        Generator(Format format, Map<Format, List<Article>> corpus, Random random) {
            this.format = format;
            this.corpus = corpus;
            this.random = random;
            for (String lead : LEADS) {
                for (String unit : UNITS) {
                    combos.add(new String[] {lead, unit});
                }
            }
            Collections.shuffle(combos, random);
            if (combos.size() > INPUTS_PER_FORMAT / 3 * LONG_LINES_PER_INPUT) {
                throw new IllegalStateException("Too few long lines for " + combos.size() + " leads and units");
            }
        }

        Input next() {
            int number = count++;
            StringBuilder label = new StringBuilder();
            String text = switch (number % 3) {
                case 0 -> mutate(cleanArticle(label), label);
                case 1 -> longLines(label);
                default -> hostile(label);
            };
            if (number % 3 != 0 && random.nextInt(4) == 0) {
                text = mutate(text, label);
            }
            if (random.nextInt(20) == 0) {
                String ending = random.nextBoolean() ? "\r" : "\r\n";
                text = text.replace("\n", ending);
                label.append(" line-ends=").append(ending.equals("\r") ? "CR" : "CRLF");
            }
            return new Input(number, label.toString().strip(), sanitise(text));
        }

        // --- damaged clean articles ---------------------------------------------------------------

        private String cleanArticle(StringBuilder label) {
            Format from = random.nextInt(5) == 0 ? other(format) : format;
            List<Article> articles = corpus.get(from);
            Article article = articles.get(random.nextInt(articles.size()));
            label.append(article.name());
            return article.text();
        }

        private static Format other(Format format) {
            return format == Format.WIRE ? Format.MARKDOWN : Format.WIRE;
        }

        private String mutate(String text, StringBuilder label) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int mutations = 1 + random.nextInt(8);
            label.append(" [");
            for (int m = 0; m < mutations; m++) {
                label.append(mutateOnce(lines)).append(m + 1 < mutations ? "," : "]");
            }
            return String.join("\n", lines);
        }

        private String mutateOnce(List<String> lines) {
            if (lines.isEmpty()) {
                lines.add("");
            }
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(18)) {
                case 0 -> {
                    lines.remove(at);
                    return "delete-line";
                }
                case 1 -> {
                    for (int i = random.nextInt(4); i >= 0; i--) {
                        lines.add(at, line);
                    }
                    return "duplicate-line";
                }
                case 2 -> {
                    Collections.swap(lines, at, random.nextInt(lines.size()));
                    return "swap-lines";
                }
                case 3 -> {
                    int from = random.nextInt(line.length() + 1);
                    int to = Math.min(line.length(), from + random.nextInt(30));
                    lines.set(at, line.substring(0, from) + line.substring(to));
                    return "delete-chars";
                }
                case 4 -> {
                    int from = random.nextInt(line.length() + 1);
                    int to = Math.min(line.length(), from + random.nextInt(30));
                    lines.set(at, line.substring(0, to) + line.substring(from, to).repeat(1 + random.nextInt(5))
                            + line.substring(to));
                    return "duplicate-chars";
                }
                case 5 -> {
                    if (line.length() > 1) {
                        char[] chars = line.toCharArray();
                        int i = random.nextInt(chars.length - 1);
                        char c = chars[i];
                        chars[i] = chars[i + 1];
                        chars[i + 1] = c;
                        lines.set(at, new String(chars));
                    }
                    return "swap-chars";
                }
                case 6 -> {
                    String marker = pick(MARKERS);
                    String spaced = random.nextBoolean() ? " " + marker : marker;
                    lines.set(at, insertAt(line, random.nextBoolean() ? line.length() : random.nextInt(line.length() + 1),
                            spaced));
                    return "marker";
                }
                case 7 -> {
                    lines.add(at, pick(SNIPPETS));
                    return "insert-snippet";
                }
                case 8 -> {
                    lines.set(at, pick(SNIPPETS));
                    return "replace-with-snippet";
                }
                case 9 -> {
                    lines.set(at, insertAt(line, random.nextInt(line.length() + 1), pick(ODD)));
                    return "odd-unicode";
                }
                case 10 -> {
                    String[] prefixes = {"> ", "- ", "1. ", "# ", "    ", "\t", ">", "* ", "> > > ", "## "};
                    lines.set(at, pick(prefixes).repeat(1 + random.nextInt(3)) + line);
                    return "prefix";
                }
                case 11 -> {
                    if (at + 1 < lines.size()) {
                        lines.set(at, line + lines.remove(at + 1));
                    }
                    return "join-lines";
                }
                case 12 -> {
                    int split = random.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, split));
                    lines.add(at + 1, line.substring(split));
                    return "split-line";
                }
                case 13 -> {
                    for (int i = random.nextInt(4); i >= 0; i--) {
                        lines.add(at, random.nextBoolean() ? "" : " \t ");
                    }
                    return "blank-lines";
                }
                case 14 -> {
                    lines.subList(at, lines.size()).clear();
                    return "truncate";
                }
                case 15 -> {
                    String[] fences = {"---", "+++", "...", "```", "~~~", "<!--", "--- ", "+++\t"};
                    lines.add(random.nextInt(4) == 0 ? 0 : at, pick(fences));
                    return "fence";
                }
                case 16 -> {
                    String url = pick(new String[] {"http://a.com/?utm_source=x", "https://b.org/p?q=1&UTM_medium=y",
                        "www.c.net/x#utm_z", "http://d.io/;fbclid=1", "https://e.com/?gclid=2&a=b"});
                    String[] forms = {"[" + line + "](" + url + ")", line + " " + url, "<" + url + ">", "[" + line + "](",
                        line + " [x](" + url, "![" + line + "](" + url + " \"t\")", url + "." + line};
                    lines.set(at, pick(forms));
                    return "link";
                }
                default -> {
                    lines.set(at, random.nextBoolean() ? line.toUpperCase(java.util.Locale.ROOT)
                            : line.toLowerCase(java.util.Locale.ROOT));
                    return "case";
                }
            }
        }

        private static String insertAt(String line, int index, String piece) {
            return line.substring(0, index) + piece + line.substring(index);
        }

        // --- very long lines ----------------------------------------------------------------------

        /** An article with built lines, each a lead, a unit repeated and a tail, at the places checks read. */
        private String longLines(StringBuilder label) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < LONG_LINES_PER_INPUT; i++) {
                String[] combo = combos.get(nextCombo++ % combos.size());
                int length = lineLength();
                String tail = pick(TAILS);
                int repeats = Math.max(1, (length - combo[0].length()) / Math.max(1, combo[1].length()));
                lines.add(combo[0] + combo[1].repeat(repeats) + tail);
                label.append(" long(").append(preview(combo[0])).append(" + '").append(preview(combo[1]))
                        .append("' x").append(repeats).append(" + '").append(preview(tail)).append("')");
            }
            switch (random.nextInt(4)) {
                case 0 -> {
                    return String.join(random.nextBoolean() ? "\n" : "\n\n", lines);
                }
                case 1 -> {
                    return lines.get(0) + "\n" + lines.get(1) + "\n\n" + lines.get(2) + "\n\n\n" + lines.get(3);
                }
                default -> {
                    // Into a clean article: as the headline, in the opening and the closing paragraphs, and last.
                    List<String> article = new ArrayList<>(List.of(cleanArticle(label).split("\n", -1)));
                    int opening = Math.min(article.size(), 1 + random.nextInt(6));
                    int closing = Math.max(opening, article.size() - 1 - random.nextInt(4));
                    article.add(closing, random.nextBoolean() ? lines.get(2) : "\n" + lines.get(2) + "\n");
                    article.add(opening, random.nextBoolean() ? lines.get(1) : "\n" + lines.get(1) + "\n");
                    article.add(0, lines.get(0));
                    article.add(lines.get(3));
                    return String.join("\n", article);
                }
            }
        }

        /** Mostly short, where a pattern that backtracks exponentially shows; now and then 100,000 characters. */
        private int lineLength() {
            int roll = random.nextInt(100);
            if (roll < 45) {
                return 20 + random.nextInt(400);
            } else if (roll < 85) {
                return 1_000 + random.nextInt(4_000);
            } else if (roll < 98) {
                return 10_000 + random.nextInt(10_000);
            }
            return 100_000;
        }

        // --- hostile text from scratch ------------------------------------------------------------

        private String hostile(StringBuilder label) {
            // Markdown reads front matter: half its hostile inputs get some. HTML half its own markup.
            if (format == Format.HTML && random.nextBoolean()) {
                return hostileHtml(label);
            }
            int kind = format == Format.MARKDOWN && random.nextBoolean() ? 7 + random.nextInt(2) : random.nextInt(22);
            label.append("hostile#").append(kind).append(' ');
            return switch (kind) {
                case 0 -> unterminatedFrontMatter(label);
                case 1 -> fencesAtOddPlaces(label);
                case 2 -> deepNesting(label);
                case 3 -> unicodeOddities(label);
                case 4 -> garbage(label);
                case 5 -> whitespaceOnly(label);
                case 6 -> oneCharacter(label);
                case 7 -> yamlFrontMatter(label);
                case 8 -> tomlFrontMatter(label);
                case 9 -> sourceLinesEverywhere(label);
                case 10 -> trackingLinks(label);
                case 11 -> unterminatedLinks(label);
                case 12 -> unterminatedHtml(label);
                case 13 -> unterminatedCode(label);
                case 14 -> deepInlines(label);
                case 15 -> wireHeadAndHead(label);
                case 16 -> markupAlphabet(label);
                case 17 -> snippetSoup(label);
                case 18 -> promoBlocks(label);
                case 19 -> creditShapes(label);
                case 20 -> emptyShapes(label);
                default -> yamlFrontMatter(label) + "\n" + sourceLinesEverywhere(label);
            };
        }

        // --- hostile HTML --------------------------------------------------------------------------

        /** Markup a browser forgives: deep or broken nesting, huge or unterminated attributes, odd entities. */
        private String hostileHtml(StringBuilder label) {
            int kind = random.nextInt(8);
            label.append("html#").append(kind).append(' ');
            return switch (kind) {
                case 0 -> deepElements(label);
                case 1 -> unclosedTags(label);
                case 2 -> hugeAttributes(label);
                case 3 -> entitySoup(label);
                case 4 -> figures(label);
                case 5 -> tagAlphabet(label);
                case 6 -> metaDates(label);
                default -> unterminatedHtml(label);
            };
        }

        private String deepElements(StringBuilder label) {
            int depth = pick(new int[] {100, 600, 2_000, 10_000});
            String[][] shapes = {{"<div>", "</div>"}, {"<b>", "</b>"}, {"<blockquote>", "</blockquote>"},
                {"<ul><li>", "</li></ul>"}, {"<a href=\"?utm_source=x\">", "</a>"}, {"<table><tr><td>", "</td></tr></table>"},
                {"<figure><figcaption>x</figcaption>", "</figure>"}, {"<p><span>", ""}, {"<aside>", ""}, {"<i><b>", "</i>"}};
            String[] shape = shapes[random.nextInt(shapes.length)];
            label.append("elements '").append(shape[0]).append("' x").append(depth);
            String inner = pick(new String[] {"Deep text", "<p>TRT World - Deep teaser</p><p>🔗</p>", "<img alt=\"x\">",
                "<p>SOURCE: AA</p>", "Read more: <a href=\"/x\">X</a>", "<h1>Title</h1>"});
            return shape[0].repeat(depth) + inner + shape[1].repeat(random.nextBoolean() ? depth : depth / 3)
                    + (random.nextBoolean() ? "\n<p>After</p>" : "");
        }

        private String unclosedTags(StringBuilder label) {
            label.append("unclosed");
            String[] tags = {"<p>", "<b>", "<i>", "<a href=\"/x\">", "<li>", "<h1>", "<h2>", "<figure>", "<figcaption>",
                "<blockquote>", "<table>", "<tr>", "<td>", "<pre>", "<aside>", "<article>", "<header>", "<br>", "<img src=x>",
                "</p>", "</b>", "</a>", "</div>", "</article>", "</table>", "<nav>", "<script>", "<template>", "<select>"};
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i >= 0; i--) {
                text.append(pick(tags));
                if (random.nextBoolean()) {
                    text.append(random.nextInt(3) == 0 ? pick(SNIPPETS) : "Words here");
                }
                if (random.nextInt(4) == 0) {
                    text.append('\n');
                }
            }
            return text.toString();
        }

        private String hugeAttributes(StringBuilder label) {
            int length = pick(new int[] {1_000, 50_000, 200_000});
            String value = pick(new String[] {"x", "&amp;", " ", "\"", "'", "<", "&#", "utm_", "\n"}).repeat(length);
            String attribute = pick(new String[] {"alt", "src", "title", "href", "class", "content", "datetime"});
            label.append("attribute ").append(attribute).append(" x").append(length);
            String tag = pick(new String[] {"img", "a", "p", "meta", "time", "figure"});
            String quote = pick(new String[] {"\"", "'", ""});
            boolean closed = random.nextBoolean();
            return "<article><p>Before.</p><" + tag + " " + attribute + "=" + quote + value + (closed ? quote + ">x</" + tag
                    + ">" : "") + "\n<p>After.</p><p>SOURCE: AA</p></article>";
        }

        private String entitySoup(StringBuilder label) {
            label.append("entities");
            String[] entities = {"&amp;", "&amp", "&AMP;", "&lt;", "&gt", "&nbsp;", "&#0;", "&#x0;", "&#xD800;", "&#xDFFF;",
                "&#99999999999;", "&#x110000;", "&#128279;", "&#x1F449;", "&#;", "&#x;", "&", "&&", "&notit;", "&notin;",
                "&" + "a".repeat(500) + ";", "&#" + "9".repeat(500) + ";", "&zwj;", "&shy;", "&#8203;"};
            StringBuilder text = new StringBuilder("<article>");
            for (int p = random.nextInt(12); p >= 0; p--) {
                text.append(random.nextBoolean() ? "<p>" : "<li>");
                for (int i = random.nextInt(30); i >= 0; i--) {
                    text.append(pick(entities)).append(random.nextBoolean() ? " " : random.nextBoolean() ? "\n" : "word");
                }
                text.append("</p>\n");
            }
            return text.append("<p>SOURCE:&nbsp;AA</p></article>").toString();
        }

        private String figures(StringBuilder label) {
            label.append("figures");
            String[] parts = {"<figure>", "</figure>", "<figcaption>Caption. Photo: AA</figcaption>", "<figcaption>",
                "</figcaption>", "<img src=\"a.jpg\" alt=\"Alt\">", "<img>", "<img alt=\"\">",
                "<a href=\"/x\"><img src=b.jpg alt=B></a>", "<picture><source srcset=x><img alt=P></picture>", "<p>Text</p>",
                "<a href=\"?utm_source=1\">", "</a>", "<br>"};
            StringBuilder text = new StringBuilder("<article>");
            for (int i = random.nextInt(40); i >= 0; i--) {
                text.append(pick(parts)).append(random.nextBoolean() ? "\n" : "");
            }
            return text.toString();
        }

        private String tagAlphabet(StringBuilder label) {
            String alphabet = "<>/=\"' \n&;#!-?pabrlidvhf1aA";
            int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 20_000 : 2_000);
            label.append("tag alphabet x").append(length);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        }

        private String metaDates(StringBuilder label) {
            label.append("meta dates");
            String[] values = {"2025-02-30", "", "x", "2025-01-01T", "9999-99-99", "2025-01-01T10:00:00+03:00", "-1",
                "2025-1-1", " 2025-03-03 ", "2025-03-03".repeat(1_000)};
            String[] keys = {"property=\"article:published_time\"", "name=\"date\"", "name=\"pubdate\"",
                "name=\"PUBDATE\"", "property=\"article:section\"", "name=\"source\"", "name=\"author\""};
            StringBuilder text = new StringBuilder("<head>\n");
            for (int i = random.nextInt(6); i >= 0; i--) {
                text.append("<meta ").append(pick(keys)).append(" content=\"").append(pick(values)).append("\">\n");
            }
            text.append("</head><article><time datetime=\"").append(pick(values)).append("\">then</time>");
            return text.append(cleanArticle(label)).append("</article>").toString();
        }

        private String unterminatedFrontMatter(StringBuilder label) {
            String fence = pick(new String[] {"---", "+++", "--- ", "+++  "});
            label.append("unterminated ").append(fence.strip());
            String body = random.nextBoolean() ? cleanArticle(label) : "title: x\nsource: AA\ndate: 2025-01-01\n";
            // A closing line that does not quite close: trailing text, other fence, indented.
            String[] nearMisses = {"", "-- ", "----", " ---", "--- x", "++", "++++", " +++", "..", ". . ."};
            return fence + "\n" + body + "\n" + pick(nearMisses);
        }

        private String fencesAtOddPlaces(StringBuilder label) {
            label.append("fences");
            List<String> lines = new ArrayList<>(List.of(cleanArticle(label).split("\n", -1)));
            for (int i = random.nextInt(6); i >= 0; i--) {
                lines.add(random.nextInt(lines.size() + 1), pick(new String[] {"---", "+++", "...", "***", "___"}));
            }
            if (random.nextBoolean()) {
                lines.add(0, pick(new String[] {"---", "+++"}));
            }
            return String.join("\n", lines);
        }

        private String deepNesting(StringBuilder label) {
            int depth = pick(new int[] {50, 500, 500, 2_000, 10_000});
            String[] shapes = {">", "> ", "- ", "* ", "1. ", "> - ", "- > ", "+ 1) "};
            String shape = pick(shapes);
            label.append("nesting '").append(shape).append("' x").append(depth);
            return switch (random.nextInt(4)) {
                case 0 -> shape.repeat(depth) + "Deep text SOURCE: AA";
                case 1 -> {
                    // One more level per line, as far as a sane file size allows.
                    StringBuilder text = new StringBuilder();
                    for (int level = 1; level <= Math.min(depth, 300); level++) {
                        text.append(shape.repeat(level)).append("Level ").append(level).append('\n');
                    }
                    yield text.toString();
                }
                case 2 -> {
                    // Indented lists: each item two spaces deeper than its parent.
                    StringBuilder text = new StringBuilder();
                    for (int level = 0; level < Math.min(depth, 300); level++) {
                        text.append("  ".repeat(level)).append("- item ").append(level).append('\n');
                    }
                    yield text.toString();
                }
                default -> shape.repeat(depth) + "[x](http://a.com/?utm_source=1)\n" + shape.repeat(depth / 2)
                        + "\n\nSOURCE: AA";
            };
        }

        private String unicodeOddities(StringBuilder label) {
            label.append("unicode");
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(30);
            for (int i = 0; i < lines; i++) {
                int pieces = random.nextInt(12);
                for (int p = 0; p < pieces; p++) {
                    text.append(random.nextInt(3) == 0 ? pick(SNIPPETS) : pick(ODD));
                    if (random.nextBoolean()) {
                        text.append(pick(new String[] {" ", "word", "Reuters", "👉", ":", " - "}));
                    }
                }
                text.append(random.nextInt(3) == 0 ? "\n\n" : "\n");
            }
            return text.toString();
        }

        private String garbage(StringBuilder label) {
            int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 60_000 : 3_000);
            switch (random.nextInt(3)) {
                case 0 -> {
                    label.append("bytes as UTF-8 x").append(length);
                    byte[] bytes = new byte[length];
                    random.nextBytes(bytes);
                    return new String(bytes, UTF_8);
                }
                case 1 -> {
                    label.append("code points x").append(length);
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < length; i++) {
                        // Lone surrogates among them are dropped by sanitise().
                        text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x3000));
                    }
                    return text.toString();
                }
                default -> {
                    label.append("latin-1 x").append(length);
                    byte[] bytes = new byte[length];
                    random.nextBytes(bytes);
                    return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
                }
            }
        }

        private String whitespaceOnly(StringBuilder label) {
            label.append("whitespace");
            String[] blanks = {" ", "\t", "\n", "\u00A0", "\u2003", "\u3000", "\u200B", "\u2028", "\u000B", "\f",
                "\u0085", "\uFEFF", "\r"};
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(random.nextInt(10) == 0 ? 50_000 : 200);
            for (int i = 0; i < length; i++) {
                text.append(pick(blanks));
            }
            return text.toString();
        }

        private String oneCharacter(StringBuilder label) {
            label.append("one character");
            String[] single = {"-", "#", ">", "*", "[", "`", "+", "🔗", "»", "\n", " ", "a", "A", ".", "\\", "<",
                "&", "|", "=", "_", "!", "(", ")", "\t", "\u0301", "\u200D", "\uFEFF", "\u2028", "\u0085"};
            return random.nextInt(4) == 0 ? Character.toString(random.nextInt(0x10000)) : pick(single);
        }

        private String yamlFrontMatter(StringBuilder label) {
            String yaml;
            int kind = random.nextInt(16);
            label.append("yaml#").append(kind);
            switch (kind) {
                case 0 -> {
                    // Billion laughs: each level holds nine aliases of the one before.
                    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
                    char previous = 'a';
                    for (char level = 'b'; level <= 'j'; level++) {
                        bomb.append(level).append(": &").append(level).append(" [")
                                .append(String.join(",", Collections.nCopies(9, "*" + previous))).append("]\n");
                        previous = level;
                    }
                    yaml = bomb.toString();
                }
                case 1 -> yaml = pick(new String[] {"a: &a [*a]\nsource: AA\n", "date: &a [[*a]]\n",
                    "date: &a {b: [*a]}\n", "source: &a [[*a]]\n", "title: &a [*a, [*a]]\nauthor: *a\n",
                    "a: &a [" + "x, ".repeat(20_000) + "y]\ndate: [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"});
                case 2 -> yaml = "a: &a {b: *a}\n? [*a]\n: x\n";
                case 3 -> yaml = "? &k [*k]\n: v\n";
                case 4 -> {
                    int depth = pick(new int[] {100, 1_000, 10_000, 50_000});
                    label.append(" depth ").append(depth);
                    yaml = random.nextBoolean() ? "a: " + "[".repeat(depth) + "]".repeat(depth) + "\n"
                            : "a: " + "{b: ".repeat(depth) + "}".repeat(depth) + "\n";
                }
                case 5 -> {
                    StringBuilder nested = new StringBuilder();
                    int depth = random.nextBoolean() ? 200 : 600;
                    for (int level = 0; level < depth; level++) {
                        nested.append(" ".repeat(level)).append(random.nextBoolean() ? "- " : "k: ").append('\n');
                    }
                    yaml = nested.append("source: AA\n").toString();
                }
                case 6 -> yaml = "base: &b {source: AA, date: 2025-01-01}\nx:\n  <<: *b\n<<: *b\n";
                case 7 -> yaml = pick(new String[] {"date: !!timestamp 2025-01-01\n", "source: !!binary aGVsbG8=\n",
                    "x: !!set {a, b}\n", "x: !custom y\n", "date: !!int 5\n", "date: !!float .nan\n",
                    "source: !!str 12\n", "%YAML 1.1\n---\na: 1\n", "!!map\na: 1\n", "a: !<tag:x> 1\n",
                    "x: !!omap [a: 1]\n", "date: !!bool yes\n"});
                case 8 -> {
                    StringBuilder huge = new StringBuilder();
                    int keys = random.nextBoolean() ? 2_000 : 20_000;
                    for (int i = 0; i < keys; i++) {
                        huge.append("key").append(i).append(": value ").append(i).append('\n');
                    }
                    yaml = huge.toString();
                }
                case 9 -> yaml = "date: " + pick(new String[] {"2025-13-40", "0000-00-00", "2025-02-30T25:61",
                    "[2025-01-01]", "{a: b}", "", "~", "2025-01-01T10:00:00+99:99", "99999-01-01", "2025-01-01 x",
                    "'2025-01-01'", "\"\\u0000\"", "2025-1-1", "-2025-01-01", "2025-01-01T" + "1".repeat(5_000)}) + "\n";
                case 10 -> yaml = pick(new String[] {"source: []\n", "source: [[]]\n", "source: {a: b}\n", "source: 5\n",
                    "source: true\n", "author: [[x]]\n", "source: [~]\n", "source: ''\n", "byline: 'By Monday, x.'\n",
                    "source: \"" + "AA ".repeat(10_000) + "\"\n", "title: |\n  SOURCE: AA\n  more\n",
                    "source: >-\n  A\n  B\n", "categories: [a, [b]]\n"});
                case 11 -> yaml = "a: 1\na: 2\n";
                case 12 -> yaml = "a:\t1\n\tb: 2\n  c: 3\n d:\n";
                case 13 -> yaml = "title: x" + pick(ODD) + "\n" + pick(ODD) + "source: AA\nx: \"" + pick(ODD) + "\"\n";
                case 14 -> yaml = "a: \"unterminated\nb: 'also\n";
                default -> yaml = pick(SNIPPETS) + "\n" + pick(SNIPPETS) + ": " + pick(SNIPPETS) + "\n";
            }
            String closing = random.nextInt(4) == 0 ? "..." : "---";
            return "---\n" + yaml + closing + "\n" + (random.nextBoolean() ? cleanArticle(label) : "Body.\n\nSOURCE: AA\n");
        }

        private String tomlFrontMatter(StringBuilder label) {
            String toml;
            int kind = random.nextInt(10);
            label.append("toml#").append(kind);
            switch (kind) {
                case 0 -> {
                    StringBuilder huge = new StringBuilder();
                    int keys = random.nextBoolean() ? 2_000 : 30_000;
                    for (int i = 0; i < keys; i++) {
                        if (i % 1_000 == 999) {
                            huge.append("[table").append(i).append("]\n");
                        }
                        huge.append("key_").append(i).append(" = \"value ").append(i).append("\"\n");
                    }
                    toml = huge.toString();
                }
                case 1 -> {
                    int depth = pick(new int[] {100, 1_000, 10_000, 50_000});
                    label.append(" depth ").append(depth);
                    toml = "a = " + "[".repeat(depth) + "]".repeat(random.nextBoolean() ? depth : depth / 2) + "\n";
                }
                case 2 -> toml = "a = [" + "1, ".repeat(20_000) + "2]\n";
                case 3 -> toml = "a = \"" + pick(new String[] {"\\u0000", "\\uD800", "\\U0010FFFF", "\\U00110000",
                    "\\UFFFFFFFF", "\\x", "\\", "\\u12", "\\U+0001234", "\\u-123"}) + "\"\n";
                case 4 -> toml = "n = " + pick(new String[] {"99999999999999999999", "1e99999", "nan", "inf", "+", "-",
                    "_", "1__2", "0x10", "1.", ".5", "1e", "+-1", "1" + "0".repeat(5_000)}) + "\n";
                case 5 -> toml = pick(new String[] {"a.b = 1\n", "\"\" = 1\n", "= 1\n", "'a = 1\n", "a\n", "a =\n",
                    "[]\n", "[a\n", "[a]]\n", "[a]\n[a]\n", "[ date ]\n", "[[a]]\nb = 1\n", "a = 1 # c\nb = 2 x\n",
                    "a = '''x'''\n", "a = \"\"\"\n", "a = [1,\n2]\n", "a = [,]\n", "a = [1 2]\n", "\"a\\u00\" = 1\n"});
                case 6 -> toml = "date = " + pick(new String[] {"2025-02-30", "\"2025-01-01\"", "2025-01-01T00:00:00Z",
                    "2025-01-01T25:00", "[2025-01-01]", "true", "2025-01-01T00:00:00+99:99", "0000-00-00"}) + "\n";
                case 7 -> toml = "source = \"" + pick(ODD) + "\"\ntitle = '" + pick(ODD) + "'\n" + pick(ODD) + " = 1\n";
                case 8 -> toml = "title = \"" + "x".repeat(100_000) + "\"\nsource = \"AA\"\n";
                default -> toml = "source = [\"" + pick(SNIPPETS).replace("\"", "") + "\"]\nauthor = \"By A\"\n";
            }
            return "+++\n" + toml + "+++\n" + (random.nextBoolean() ? cleanArticle(label) : "Body.\n\nSOURCE: AA\n");
        }

        private String sourceLinesEverywhere(StringBuilder label) {
            label.append("SOURCE everywhere");
            String[] forms = {"SOURCE: AA", "Source: Reuters", "SOURCE:", "source:AFP", "SOURCES : X / Y", "SOURCE: (",
                "SOURCE: AA" + " ".repeat(50) + ".", "SOURCE: " + "AA/".repeat(200), "  SOURCE: AA  ", "SOURCE: 👉",
                "Source: " + ". ".repeat(500) + "x"};
            StringBuilder text = new StringBuilder();
            for (String line : cleanArticle(label).split("\n", -1)) {
                text.append(line).append('\n');
                if (random.nextInt(3) > 0) {
                    text.append(random.nextBoolean() ? "" : "\n").append(pick(forms)).append('\n');
                }
            }
            return text.toString();
        }

        private String trackingLinks(StringBuilder label) {
            label.append("tracking links");
            String[] hosts = {"http://a.com", "https://b.org/x", "www.c.net", "HTTP://D.IO/p", "https://e.com/a/b/"};
            String[] params = {"?utm_source=x", "?a=1&utm_medium=y", "#utm_z", ";utm_q", "?fbclid=1", "&gclid=2",
                "?UTM_SOURCE=X", "?utm_", "?utm_source=" + "x".repeat(20_000), "?a=" + ".".repeat(5_000) + "&utm_x=1",
                "?utm_x=1" + ".".repeat(3_000), "?utm_x=1" + ")".repeat(100), "?x=(y)&utm_z"};
            String[] forms = {"%s", "[text](%s)", "<%s>", "[t](%s \"title\")", "![alt](%s)", "[![i](x.png)](%s)",
                "[t][r]\n\n[r]: %s", "Visit %s.", "(%s)", "\"%s\"", "%s, %s", "[%s](%s)", "*[t](%s)*",
                "<a href=\"%s\">x</a>", "👉 %s", "Read more: %s", "[t](<%s>)", "[t](%s"};
            StringBuilder text = new StringBuilder();
            int paragraphs = 1 + random.nextInt(12);
            for (int i = 0; i < paragraphs; i++) {
                String url = pick(hosts) + pick(params);
                String form = pick(forms);
                text.append(random.nextBoolean() ? "Before " : "").append(form.replace("%s", url))
                        .append(random.nextBoolean() ? " after." : "").append("\n\n");
            }
            return text.append("SOURCE: AA\n").toString();
        }

        private String unterminatedLinks(StringBuilder label) {
            label.append("unterminated links");
            String[] shapes = {"[x](", "![x](", "[x](http://a.com/?utm_source=1", "[x]( <", "[[[[x](", "[x](\"",
                "[x](a \"t", "[x](<a", "[", "![", "[x]", "[x][", "[x]:", "](", "[x](" + "(".repeat(1_000)};
            String shape = pick(shapes);
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i >= 0; i--) {
                text.append(shape).append(random.nextBoolean() ? " rest of the line" : "").append(
                        random.nextBoolean() ? "\n" : "\n\n");
            }
            return text.append(random.nextBoolean() ? cleanArticle(label) : "").toString();
        }

        private String unterminatedHtml(StringBuilder label) {
            label.append("unterminated html");
            String open = pick(new String[] {"<!--", "<!-- x --", "<div>", "<script>", "<pre>", "<?php", "<![CDATA[",
                "<!DOCTYPE", "<a href=\"", "<style>", "<textarea>"});
            String article = cleanArticle(label);
            int at = random.nextInt(article.length() + 1);
            return article.substring(0, at) + (random.nextBoolean() ? "\n" : "") + open + article.substring(at);
        }

        private String unterminatedCode(StringBuilder label) {
            label.append("unterminated code");
            String open = pick(new String[] {"```", "~~~", "````java", "``` ```", "    ", "\t", "`", "``"});
            String article = cleanArticle(label);
            int at = article.indexOf('\n', random.nextInt(article.length() + 1));
            at = at < 0 ? article.length() : at + 1;
            return article.substring(0, at) + open + "\n" + article.substring(at);
        }

        private String deepInlines(StringBuilder label) {
            int depth = pick(new int[] {100, 1_000, 10_000, 30_000});
            String[][] shapes = {{"*", "a", "*"}, {"_", "a", "_"}, {"**", "a", "**"}, {"[", "a", "](u)"},
                {"![", "a", "](u)"}, {"<", "a", ">"}, {"`", "a", ""}, {"\\", "a", ""}, {"*a ", "b", "*"},
                {"[", "x", "]"}, {"(", "x", ")"}, {"[x](", "y", ")"}, {"&amp;", "", ""}, {"<b>", "x", "</b>"}};
            String[] shape = shapes[random.nextInt(shapes.length)];
            label.append("inline '").append(shape[0]).append("' x").append(depth);
            String line = shape[0].repeat(depth) + shape[1] + shape[2].repeat(random.nextBoolean() ? depth : depth / 2);
            return random.nextBoolean() ? line : "Headline\n\n" + line + "\n\nSOURCE: AA\n";
        }

        private String wireHeadAndHead(StringBuilder label) {
            label.append("head block");
            String[] headers = {"date 2025-03-11 WORLD", "date 2025-02-30 X", "date 2025-1-1", " DATE 2025-03-11",
                "date 0000-00-00", "date 9999-12-31 " + "S ".repeat(5_000), "date 2025-03-11\t", ""};
            StringBuilder text = new StringBuilder(pick(headers)).append('\n');
            int head = random.nextInt(8);
            for (int i = 0; i < head; i++) {
                text.append(pick(SNIPPETS)).append('\n');
            }
            text.append(pick(new String[] {"March 11, 2025", "11 Mar", "2025-03-11", "1.1.25", "x", "By A and B"}))
                    .append("\n\n");
            text.append(pick(new String[] {"By Jane Doe", "By " + "AandB".repeat(30) + "!", "BY X Y Z W V U T",
                "By A, B, C, D, E, F, G, H, I, J, K, L, M, N!", "By A in B in C in D"})).append("\n\n");
            return text.append("Body.\n\nSOURCE: AA\n").toString();
        }

        private String markupAlphabet(StringBuilder label) {
            String alphabet = "#>*-_[]()!`<\\ \n|=+~:.1aA\t&;\"'/@";
            int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 20_000 : 2_000);
            label.append("markup alphabet x").append(length);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        }

        private String snippetSoup(StringBuilder label) {
            label.append("snippets");
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i >= 0; i--) {
                text.append(pick(SNIPPETS)).append(random.nextInt(3) == 0 ? " " : random.nextBoolean() ? "\n" : "\n\n");
            }
            return text.toString();
        }

        private String promoBlocks(StringBuilder label) {
            label.append("promo blocks");
            String[] teasers = {"Daily Sabah - Harbour opens", "Reuters – Dam talks stall", "Al Jazeera | Night trains",
                "Coastline Weekly – Fishermen return ➡️", "X - Y", "A" + " B".repeat(24) + " - C", "- A", "A -", "–",
                "Read more - ", "READ MORE: ", "Related: ", "Don’t miss »", "Watch 👉", "More:", "More – ", "See also:"};
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i >= 0; i--) {
                text.append(pick(teasers)).append(random.nextBoolean() ? pick(MARKERS) : "").append("\n\n");
                if (random.nextBoolean()) {
                    text.append(pick(MARKERS).repeat(1 + random.nextInt(3))).append("\n\n");
                }
            }
            return text.append("SOURCE: AA\n").toString();
        }

        private String creditShapes(StringBuilder label) {
            label.append("credit shapes");
            String[] credits = {"— Reuters/AFP", "(ILKHA)", "Daily Sabah with AA", "TRT World and Agencies",
                "— AA, Reuters, AFP, AP, DPA, EFE, ANSA, Kyodo, TASS, UPI, KUNA", "/AA/", "(Reporting by A; Editing by B)",
                "The talks ended on Monday. (Reuters)", "She said. — AA", "BBC News, Kyiv", "DAILY SABAH ISTANBUL",
                "Al Jazeera Staff", "X (Y Z) - text", "LONDON (Reuters) - " + "Reuters ".repeat(2_000),
                "Paris (AFP) -", "(AFP)", "By Xinhua writer Li Wei", "With inputs from " + "agencies ".repeat(500),
                "(" + "AA/".repeat(3_000) + ")", "—" + " ".repeat(600) + "Reuters", ", " + "a ".repeat(300) + "AA reports"};
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i >= 0; i--) {
                text.append(pick(credits)).append(random.nextBoolean() ? "\n" : "\n\n");
            }
            return text.toString();
        }

        private String emptyShapes(StringBuilder label) {
            label.append("empty shapes");
            return pick(new String[] {"---\n---\n", "+++\n+++\n", "---\n...\n", "---", "+++", "---\n", "\n---\n---",
                "#", "# \n", ">", "- ", "![](", "[]()", "<>", "SOURCE:", "\n\n\n", "---\n---\n---\n", "+++\n+++",
                "\uFEFF", "\uFEFF---\na: 1\n---\n", "---\r\na: 1\r\n---\r\n", "``` \n", "<!-- -->"});
        }

        // --- helpers ------------------------------------------------------------------------------

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private int pick(int[] values) {
            return values[random.nextInt(values.length)];
        }

        /** No NUL (a binary file, refused before parsing) and no lone surrogates (not text at all). */
        static String sanitise(String text) {
            StringBuilder clean = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\0') {
                    continue;
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    clean.append(c).append(text.charAt(++i));
                } else if (!Character.isSurrogate(c)) {
                    clean.append(c);
                }
            }
            return clean.toString();
        }
    }
}
