package io.github.copydesk.config;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.WireTextParser;
import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs a rule's own examples: each {@code flag} text must give at least one violation, each
 * {@code pass} text none. An example is a snippet of body text, parsed as wire copy; one that
 * opens with a wire header line ({@code date 2025-03-11}) is a whole wire article, head block and
 * all, for rules that read headlines, captions or datelines.
 */
public final class RuleExamples {
    private static final WireTextParser SNIPPETS = WireTextParser.forSnippets();
    private static final WireTextParser ARTICLES = WireTextParser.forArticles();
    private static final Pattern HEADER = Pattern.compile("\\s*date\\s+\\d{4}-\\d{1,2}-\\d{1,2}\\b.*", Pattern.DOTALL);

    private RuleExamples() {
    }

    /** One example and how it fared. */
    public record Outcome(Rule.Example example, boolean shouldFlag, boolean passed) {
    }

    public static List<Outcome> run(Rule rule) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Rule.Example example : rule.examples().flag()) {
            outcomes.add(new Outcome(example, true, flags(rule, example)));
        }
        for (Rule.Example example : rule.examples().pass()) {
            outcomes.add(new Outcome(example, false, !flags(rule, example)));
        }
        return outcomes;
    }

    /** Messages for the examples that fail, each naming the rule file and the example's line. */
    public static List<String> failures(Rule rule) {
        return run(rule).stream().filter(outcome -> !outcome.passed()).map(outcome -> describe(rule, outcome)).toList();
    }

    private static boolean flags(Rule rule, Rule.Example example) {
        WireTextParser parser = HEADER.matcher(example.text()).matches() ? ARTICLES : SNIPPETS;
        Article article = parser.parse("example", example.text());
        List<Violation> violations = new ArrayList<>();
        rule.check().check(article, rule.scope(), violations::add);
        return !violations.isEmpty();
    }

    private static String describe(Rule rule, Outcome outcome) {
        String text = Optional.of(outcome.example().text().strip().replaceAll("\\s+", " "))
                .map(t -> t.length() > 60 ? t.substring(0, 57) + "..." : t).get();
        String expectation = outcome.shouldFlag() ? "should be flagged but is not" : "should pass but is flagged";
        return rule.origin() + ":" + outcome.example().line() + ": example of rule '" + rule.id() + "' "
                + expectation + ": \"" + text + "\"";
    }
}
