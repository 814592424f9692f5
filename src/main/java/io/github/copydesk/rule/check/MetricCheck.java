package io.github.copydesk.rule.check;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Scope;
import io.github.copydesk.rule.ScopedCheck;
import io.github.copydesk.rule.Violation;
import io.github.copydesk.text.Sentences;
import io.github.copydesk.text.Words;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code metric} check: limits ({@code min}, {@code max}) on a count, by {@code measure}:
 * {@code characters} or {@code words} of each block in the scope (a headline's characters),
 * {@code sentenceWords}, the words of each sentence, or {@code blocks}, the number of blocks in
 * the scope of an article (paragraphs per article). Characters are counted as a reader sees them:
 * markup is not text, and an emoji is one character.
 */
public final class MetricCheck implements ScopedCheck {
    static final String MEASURE = "measure";

    public static final CheckType TYPE = new CheckType("metric",
            Set.of(MEASURE, RuleTypeOptions.MIN, RuleTypeOptions.MAX), RuleTypeOptions.BODY_TEXT,
            MetricCheck::new);

    /** What a metric rule counts. */
    enum Measure {
        CHARACTERS("characters"),
        WORDS("words"),
        SENTENCE_WORDS("sentenceWords"),
        BLOCKS("blocks");

        final String id;

        Measure(String id) {
            this.id = id;
        }

        static List<String> ids() {
            return Arrays.stream(values()).map(m -> m.id).toList();
        }
    }

    private final Measure measure;
    private final RuleTypeOptions.Limits limits;

    MetricCheck(CheckOptions options) {
        String name = options.text(MEASURE).orElseThrow(() -> new OptionException(MEASURE,
                "option 'measure' must be set to one of " + Measure.ids()));
        measure = Arrays.stream(Measure.values()).filter(m -> m.id.equals(name.strip())).findFirst()
                .orElseThrow(() -> OptionException.unknownValue(MEASURE, name, Measure.ids()));
        limits = RuleTypeOptions.limits(options);
    }

    @Override
    public void check(Article article, Scope scope, Consumer<Violation> report) {
        List<Block> blocks = scope.blocks(article);
        switch (measure) {
            case CHARACTERS -> blocks.forEach(block -> {
                int count = block.text().strip().codePointCount(0, block.text().strip().length());
                limits.breach(count).ifPresent(breach -> report.accept(Violation.over(block,
                        name(block.kind()) + " has " + count + " characters, " + breach)));
            });
            case WORDS -> blocks.forEach(block -> {
                int count = Words.count(block.text());
                limits.breach(count).ifPresent(breach -> report.accept(Violation.over(block,
                        name(block.kind()) + " has " + count + " words, " + breach)));
            });
            case SENTENCE_WORDS -> blocks.forEach(block -> {
                for (Sentences.Sentence sentence : Sentences.split(block.text())) {
                    int count = Words.count(block.text().substring(sentence.start(), sentence.end()));
                    limits.breach(count).ifPresent(breach -> report.accept(Violation.in(block, sentence.start(),
                            sentence.end(), "Sentence has " + count + " words, " + breach, Map.of())));
                }
            });
            case BLOCKS -> limits.breach(blocks.size()).ifPresent(breach -> {
                String detail = "Article has " + blocks.size() + " " + plural(scope) + ", " + breach;
                if (blocks.size() > limits.max()) {
                    report.accept(Violation.over(blocks.get(limits.max()), detail));
                } else if (!blocks.isEmpty()) {
                    report.accept(Violation.over(blocks.get(blocks.size() - 1), detail));
                } else {
                    report.accept(new Violation(0, 0, detail));
                }
            });
        }
    }

    /** "Headline", "List item", "Metadata value". */
    private static String name(BlockKind kind) {
        String name = kind == BlockKind.METADATA ? "metadata value" : kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** "paragraphs" for a scope of one kind, else "blocks in scope". */
    private static String plural(Scope scope) {
        if (scope.kinds().size() == 1 && scope.metadataFields().isEmpty()) {
            return name(scope.kinds().iterator().next()).toLowerCase(Locale.ROOT) + "s";
        }
        return "blocks in scope";
    }
}
