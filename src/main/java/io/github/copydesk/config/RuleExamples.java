package io.github.copydesk.config;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.article.WireTextParser;
import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.Scope;
import io.github.copydesk.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs a rule's own examples: each {@code flag} text must give at least one violation, each
 * {@code pass} text none. An example is a snippet parsed as wire copy, blank lines separating
 * blocks, and read in the rule's scope: its blocks are paragraphs when the scope has
 * {@code PARAGRAPH}, else they take the scope's first kind (a headline-scoped rule's example is a
 * headline); a rule that reads only metadata fields reads the example as the value of its first
 * field. An example that opens with a wire header line ({@code date 2025-03-11}) is a whole wire
 * article, head block and all, read as it stands, for rules that read captions or datelines.
 * The rule's {@code when} does not apply to its examples.
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
        Article article = HEADER.matcher(example.text()).matches()
                ? ARTICLES.parse("example", example.text())
                : inScope(SNIPPETS.parse("example", example.text()), rule.scope());
        List<Violation> violations = new ArrayList<>();
        rule.check().check(article, rule.scope(), violations::add);
        return !violations.isEmpty();
    }

    private static Article inScope(Article snippet, Scope scope) {
        if (scope.kinds().contains(BlockKind.PARAGRAPH)) {
            return snippet;
        }
        Optional<BlockKind> kind = scope.kinds().stream().sorted().findFirst();
        if (kind.isPresent()) {
            List<Block> blocks = snippet.blocks().stream().map(block -> block.withKind(kind.get())).toList();
            return new Article(snippet.path(), snippet.format(), snippet.text(), snippet.metadata(), blocks,
                    snippet.problems());
        }
        String text = snippet.text();
        String value = text.strip();
        Block field = Block.verbatim(BlockKind.METADATA, value, text.indexOf(value));
        return new Article(snippet.path(), snippet.format(), text, snippet.metadata(), List.of(), snippet.problems(),
                scope.metadataFields().isEmpty() ? Map.of() : Map.of(scope.metadataFields().get(0), List.of(field)));
    }

    /** How an example fared, as one line: the rule file and line, the rule, the expectation, the text. */
    public static String describe(Rule rule, Outcome outcome) {
        String text = Optional.of(outcome.example().text().strip().replaceAll("\\s+", " "))
                .map(t -> t.length() > 60 ? t.substring(0, 57) + "..." : t).get();
        String expectation = outcome.passed() ? (outcome.shouldFlag() ? "is flagged" : "passes")
                : outcome.shouldFlag() ? "should be flagged but is not" : "should pass but is flagged";
        return rule.origin() + ":" + outcome.example().line() + ": example of rule '" + rule.id() + "' "
                + expectation + ": \"" + text + "\"";
    }
}
