package io.github.copydesk.rule.check;

import io.github.copydesk.article.Article;
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
 * The {@code substitution} check: {@code swap: {bad: good}} flags each word or phrase on the left
 * (matched as whole words) and proposes the one on the right, in the message
 * ({@code ${suggestion}}) and in every report.
 */
public final class SubstitutionCheck implements ScopedCheck {
    static final String SWAP = "swap";

    public static final CheckType TYPE = new CheckType("substitution", Set.of(SWAP, RuleTypeOptions.IGNORE_CASE),
            RuleTypeOptions.BODY_TEXT, SubstitutionCheck::new);

    private final List<String> replacements = new ArrayList<>();
    private final WordList bad;
    private final boolean ignoreCase;

    SubstitutionCheck(CheckOptions options) {
        ignoreCase = RuleTypeOptions.ignoreCase(options);
        Map<String, String> swap = options.textMap(SWAP);
        if (swap.isEmpty()) {
            throw new OptionException(SWAP, "option 'swap' must map at least one word to its replacement");
        }
        List<UserPattern> badWords = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, String> entry : swap.entrySet()) {
            if (entry.getValue().isBlank()) {
                throw new OptionException(SWAP, index, "option 'swap' has no replacement for '" + entry.getKey() + "'");
            }
            badWords.add(UserPattern.token(entry.getKey(), ignoreCase, SWAP, index));
            replacements.add(entry.getValue().strip());
            index++;
        }
        bad = WordList.of(badWords);
    }

    @Override
    public void check(Article article, Scope scope, Consumer<Violation> report) {
        for (WordList.FoundHit foundHit : bad.hits(scope.blocks(article))) {
            UserPattern.Hit hit = foundHit.hit();
            String good = replacements.get(foundHit.index());
            String found = hit.match().text();
            // With ignoreCase, {Email: email} would otherwise flag the very word it proposes.
            boolean alreadyGood = ignoreCase ? found.equalsIgnoreCase(good) : found.equals(good);
            if (!alreadyGood) {
                report.accept(hit.violation("Use '" + good + "' instead of '" + found + "'",
                        Map.of(Violation.SUGGESTION, good)));
            }
        }
    }
}
