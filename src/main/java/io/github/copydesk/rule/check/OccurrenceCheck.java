package io.github.copydesk.rule.check;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.Block;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Scope;
import io.github.copydesk.rule.ScopedCheck;
import io.github.copydesk.rule.UserPattern;
import io.github.copydesk.rule.Violation;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code occurrence} check: a word or phrase ({@code token}) or a regular expression
 * ({@code pattern}) must appear at least {@code min} and at most {@code max} times in the scope of
 * an article, all its blocks together; {@code min: 1} makes it required. Too many is reported at
 * the first match over the limit; too few at the first block of the scope, or at the top of the
 * file when the scope is empty (a missing metadata field, say).
 */
public final class OccurrenceCheck implements ScopedCheck {
    static final String TOKEN = "token";
    static final String PATTERN = "pattern";

    public static final CheckType TYPE = new CheckType("occurrence",
            Set.of(TOKEN, PATTERN, RuleTypeOptions.MIN, RuleTypeOptions.MAX, RuleTypeOptions.IGNORE_CASE),
            RuleTypeOptions.BODY_TEXT, OccurrenceCheck::new);

    private final UserPattern counted;
    private final RuleTypeOptions.Limits limits;

    OccurrenceCheck(CheckOptions options) {
        boolean ignoreCase = RuleTypeOptions.ignoreCase(options);
        if (options.has(TOKEN) == options.has(PATTERN)) {
            throw new OptionException(options.has(TOKEN) ? PATTERN : TOKEN,
                    "option 'token' or 'pattern' must be set, and not both");
        }
        counted = options.has(TOKEN)
                ? UserPattern.token(options.text(TOKEN).orElseThrow(), ignoreCase, TOKEN, -1)
                : UserPattern.regex(options.text(PATTERN).orElseThrow(), ignoreCase, PATTERN, -1);
        limits = RuleTypeOptions.limits(options);
    }

    @Override
    public void check(Article article, Scope scope, Consumer<Violation> report) {
        List<Block> blocks = scope.blocks(article);
        List<UserPattern.Hit> hits = counted.hits(blocks);
        limits.breach(hits.size()).ifPresent(breach -> {
            String detail = "'" + counted.source() + "' appears " + hits.size() + (hits.size() == 1 ? " time, " : " times, ")
                    + breach;
            if (hits.size() > limits.max()) {
                report.accept(hits.get(limits.max()).violation(detail));
            } else if (!blocks.isEmpty()) {
                report.accept(Violation.over(blocks.get(0), detail));
            } else {
                report.accept(new Violation(0, 0, detail));
            }
        });
    }
}
