import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.RuleSetLoader;
import io.github.copydesk.config.RuleSettings;
import io.github.copydesk.report.Report;
import io.github.copydesk.report.ReportFormat;
import io.github.copydesk.report.ReportPublisher;
import io.github.copydesk.report.ReportedRule;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes the HTML report of a large made-up run: every article under {@code CORPUS/content} (as
 * {@code CorpusGenerator.java} writes them) gets findings spread over its lines of text, of the
 * built-in rules with messages like theirs, marking a word, a phrase or a whole line as the rules
 * do, until there are {@code FINDINGS} in all. The same corpus and count always give the same
 * findings. Prints the page's size and the time the report took to write.
 *
 * <pre>java -cp CLASSPATH bench/HtmlReportBench.java CORPUS FINDINGS OUT_DIR</pre>
 */
public final class HtmlReportBench {
    private static final String SOURCE_MESSAGE = "No source credited in the text: if this is not the desk's own copy,"
            + " end it with a source line such as 'SOURCE: AA'";
    private static final String[] PROMO_KINDS = {"'Read more' line", "'Related' rail", "sign-up blurb", "'Watch' line"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int wanted = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus.resolve("content"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        RuleSet ruleSet = new RuleSetLoader().loadWithoutRunningExamples(RuleSettings.defaults(corpus));
        List<ReportedRule> rules = new ArrayList<>();
        for (Rule rule : ruleSet.rules()) {
            rules.add(new ReportedRule(rule.id(), rule.severity(), rule.description()));
        }
        SplittableRandom random = new SplittableRandom(20_261_208L);
        List<String> paths = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String path = corpus.relativize(files.get(i)).toString().replace('\\', '/');
            paths.add(path);
            int share = wanted / files.size() + (i < wanted % files.size() ? 1 : 0);
            findings.addAll(findings(path, Files.readString(files.get(i), StandardCharsets.UTF_8), share, random));
        }
        Report report = new Report("bench", corpus, StandardCharsets.UTF_8, 10L * 1024 * 1024, paths, rules, findings);
        Files.createDirectories(out);
        long start = System.nanoTime();
        List<Path> written = new ReportPublisher(out, System.out).publish(report, EnumSet.of(ReportFormat.HTML));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "%d findings over %d articles: %s, %d bytes, written in %d ms%n",
                findings.size(), files.size(), written.get(0), Files.size(written.get(0)), millis);
    }

    /** {@code count} findings on distinct non-blank lines of one article, in line order. */
    private static List<Finding> findings(String path, String text, int count, SplittableRandom random) {
        String[] lines = text.split("\n", -1);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].replaceAll("<[^>]*>", "").strip().length() > 20) {
                candidates.add(i + 1);
            }
        }
        Collections.shuffle(candidates, new java.util.Random(random.nextLong()));
        List<Integer> chosen = new ArrayList<>(candidates.subList(0, Math.min(count, candidates.size())));
        Collections.sort(chosen);
        List<Finding> findings = new ArrayList<>();
        for (int line : chosen) {
            String content = lines[line - 1];
            int length = content.codePointCount(0, content.length());
            findings.add(switch (random.nextInt(5)) {
                case 0 -> new Finding(path, line, 1, line, length + 1, "promo-link", Severity.ERROR,
                        "Leftover " + PROMO_KINDS[random.nextInt(PROMO_KINDS.length)] + ": \"" + excerpt(content) + "\"",
                        content, excerpt(content), "");
                case 1 -> {
                    int from = random.nextInt(Math.max(1, length / 2));
                    int to = Math.min(length, from + 40 + random.nextInt(80));
                    String quote = slice(content, from, to);
                    yield new Finding(path, line, from + 1, line, to + 1, "quote-attribution", Severity.WARNING,
                            "Quote with no speaker named in it or next to it: \"" + excerpt(quote) + "\"", quote,
                            excerpt(quote), "");
                }
                case 2 -> {
                    int from = random.nextInt(Math.max(1, length - 8));
                    String weekday = WEEKDAYS[random.nextInt(WEEKDAYS.length)];
                    yield new Finding(path, line, from + 1, line, Math.min(length, from + 7) + 1, "date-consistency",
                            Severity.WARNING, "'" + weekday + "' does not fall on the date the article gives for it",
                            slice(content, from, Math.min(length, from + 7)), weekday, "");
                }
                case 3 -> new Finding(path, line, 1, line, length + 1, "photo-credit", Severity.ERROR,
                        "Caption with no photo credit: \"" + excerpt(content) + "\"", content, excerpt(content), "");
                default -> new Finding(path, line, 1, line, length + 1, "source-line", Severity.INFO, SOURCE_MESSAGE,
                        content, excerpt(content), "");
            });
        }
        return findings;
    }

    /** The first words of a text, as the rules' messages quote it. */
    private static String excerpt(String text) {
        String stripped = text.strip();
        if (stripped.length() <= 40) {
            return stripped;
        }
        int cut = stripped.lastIndexOf(' ', 40);
        return stripped.substring(0, cut > 0 ? cut : 40) + " ...";
    }

    private static String slice(String text, int fromCodePoint, int toCodePoint) {
        int start = text.offsetByCodePoints(0, fromCodePoint);
        return text.substring(start, text.offsetByCodePoints(start, toCodePoint - fromCodePoint));
    }
}
