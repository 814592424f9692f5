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
import io.github.copydesk.rule.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code existence} check: words or phrases ({@code tokens}, matched as whole words) and
 * regular expressions ({@code patterns}) that must not appear. A match inside one of the
 * {@code exceptions} (phrases, matched as whole words) is allowed.
 */
public final class ExistenceCheck implements ScopedCheck {
    static final String TOKENS = "tokens";
    static final String PATTERNS = "patterns";
    static final String EXCEPTIONS = "exceptions";

    public static final CheckType TYPE = new CheckType("existence",
            Set.of(TOKENS, PATTERNS, EXCEPTIONS, RuleTypeOptions.IGNORE_CASE), RuleTypeOptions.BODY_TEXT,
            ExistenceCheck::new);

    private final WordList forbiddenWords;
    private final List<UserPattern> forbiddenPatterns;
    private final WordList exceptions;

    ExistenceCheck(CheckOptions options) {
        boolean ignoreCase = RuleTypeOptions.ignoreCase(options);
        forbiddenWords = WordList.of(UserPattern.tokens(options.strings(TOKENS, List.of()), ignoreCase, TOKENS));
        forbiddenPatterns = UserPattern.regexes(options.strings(PATTERNS, List.of()), ignoreCase, PATTERNS);
        if (forbiddenWords.size() == 0 && forbiddenPatterns.isEmpty()) {
            throw new OptionException(TOKENS, "option 'tokens' or 'patterns' must list at least one word or pattern");
        }
        exceptions = WordList.of(UserPattern.tokens(options.strings(EXCEPTIONS, List.of()), ignoreCase, EXCEPTIONS));
    }

    @Override
    public void check(Article article, Scope scope, Consumer<Violation> report) {
        for (Block block : scope.blocks(article)) {
            List<UserPattern.Match> excepted = exceptions.matches(block.text()).stream().map(WordList.Found::match)
                    .toList();
            List<UserPattern.Match> forbidden = new ArrayList<>();
            forbiddenWords.matches(block.text()).forEach(found -> forbidden.add(found.match()));
            forbiddenPatterns.forEach(pattern -> forbidden.addAll(pattern.matches(block.text())));
            for (UserPattern.Match match : forbidden) {
                if (excepted.stream().noneMatch(e -> e.start() <= match.start() && match.end() <= e.end())) {
                    report.accept(Violation.in(block, match.start(), match.end(),
                            "Avoid '" + match.text() + "'", Map.of()));
                }
            }
        }
    }
}
