package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.RuleSetLoader;
import io.github.copydesk.config.RuleSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures the built-in rules on the judgement corpus: articles in the wire layout, as plain stored
 * text (one paragraph a line), as Markdown and as HTML, carrying the leftovers, credit forms, quotes,
 * captions and dates real copy carries, and clean copy full of near-misses. {@code truth.jsonl} holds
 * the findings an editor would act on; the rules must reach the precision and recall a newsroom
 * needs before it trusts them on its archive.
 */
class JudgementCorpusTest {
    private static final int MIN_ARTICLES = 150;
    private static final double MIN_PRECISION = 0.95;
    /** A missing credit concerns the whole article: its row stands on the last paragraph, the rule may point elsewhere. */
    private static final Set<String> MATCHED_BY_FILE = Set.of("source-line");
    private static final Map<String, Double> MIN_RECALL = Map.of("promo-link", 0.85, "source-line", 0.90);

    private static Path corpus() throws Exception {
        return Path.of(JudgementCorpusTest.class.getResource("/judgement").toURI());
    }

    private static List<Path> articles(Path base) throws Exception {
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals("truth.jsonl")).sorted().toList();
        }
    }

    /** Every built-in rule has findings an editor expects in the corpus, so its recall is measured. */
    @Test
    void everyArticleIsCheckedAndEveryBuiltInRuleHasExpectedFindings() throws Exception {
        Judgement judgement = judge();

        assertSoftly(softly -> {
            for (String rule : List.of("promo-link", "source-line", "quote-attribution", "photo-credit",
                    "date-consistency")) {
                Judgement.RuleScore score = judgement.rule(rule);
                softly.assertThat(score.right() + score.missed()).as("certain truth rows of %s", rule).isPositive();
            }
        });
    }

    @Test
    void theTruthNamesArticlesOfTheCorpusAndLinesWithinThem() throws Exception {
        Path base = corpus();
        List<Path> articles = articles(base);
        List<Judgement.Truth> truth = Judgement.readTruth(base.resolve("truth.jsonl"));
        Map<String, Long> lineCounts = articles.stream().collect(Collectors.toMap(
                file -> base.relativize(file).toString().replace('\\', '/'), JudgementCorpusTest::lineCount));
        List<String> ruleIds = new RuleSetLoader().load(RuleSettings.defaults(base)).rules().stream()
                .map(rule -> rule.id()).toList();

        assertSoftly(softly -> {
            softly.assertThat(articles).as("articles in the judgement corpus").hasSizeGreaterThanOrEqualTo(MIN_ARTICLES);
            softly.assertThat(truth).as("truth rows").isNotEmpty();
            for (Judgement.Truth row : truth) {
                softly.assertThat(lineCounts).as("article named by %s", row).containsKey(row.file());
                softly.assertThat(row.line()).as("line of %s", row)
                        .isLessThanOrEqualTo(lineCounts.getOrDefault(row.file(), 0L).intValue());
                softly.assertThat(ruleIds).as("rule of %s", row).contains(row.rule());
            }
        });
    }

    @Test
    void theBuiltInRulesReachTheTargetsOnTheCorpus() throws Exception {
        Judgement judgement = judge();

        assertSoftly(softly -> {
            for (Judgement.RuleScore score : judgement.rules()) {
                if (score.right() + score.wrong() > 0) {
                    softly.assertThat(score.precision()).as("precision of %s (wrong: %s)", score.rule(),
                            judgement.wrong().stream().filter(mark -> mark.rule().equals(score.rule())).toList())
                            .isGreaterThanOrEqualTo(MIN_PRECISION);
                }
            }
            MIN_RECALL.forEach((rule, target) -> softly.assertThat(judgement.rule(rule).recall())
                    .as("recall of %s (missed: %s)", rule,
                            judgement.missed().stream().filter(row -> row.rule().equals(rule)).toList())
                    .isGreaterThanOrEqualTo(target));
        });
    }

    /** Runs the built-in rules over the corpus, prints the table and returns the scores. */
    static Judgement judge() throws Exception {
        Path base = corpus();
        List<Path> files = articles(base);
        RuleSet ruleSet = new RuleSetLoader().load(RuleSettings.defaults(base));
        LintResult result = new Linter().lint(new LintRequest(base, files, StandardCharsets.UTF_8,
                LintRequest.DEFAULT_MAX_FILE_SIZE, ruleSet, 2));
        assertThat(result.filesChecked()).as("articles checked").isEqualTo(files.size());
        Judgement judgement = Judgement.score(result.findings().stream().map(Judgement.Mark::of).toList(),
                Judgement.readTruth(base.resolve("truth.jsonl")), MATCHED_BY_FILE);
        System.out.println("Judgement corpus, " + files.size() + " articles:");
        judgement.table().forEach(System.out::println);
        return judgement;
    }

    private static long lineCount(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).lines().count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
