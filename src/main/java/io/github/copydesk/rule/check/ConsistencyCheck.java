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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code consistency} check: of each group in {@code either} ({@code [[e-mail, email], [Kyiv,
 * Kiev]]}), an article uses one spelling. The spelling that appears first sets the article's
 * choice; each other spelling of the group that appears is reported once, at its first
 * appearance, with the first spelling as the suggestion.
 */
public final class ConsistencyCheck implements ScopedCheck {
    static final String EITHER = "either";

    public static final CheckType TYPE = new CheckType("consistency", Set.of(EITHER, RuleTypeOptions.IGNORE_CASE),
            RuleTypeOptions.BODY_TEXT, ConsistencyCheck::new);

    /** Each group's spellings, as indexes into {@link #spellings}. */
    private final List<List<Integer>> groups = new ArrayList<>();
    private final WordList spellings;

    ConsistencyCheck(CheckOptions options) {
        boolean ignoreCase = RuleTypeOptions.ignoreCase(options);
        List<List<String>> either = options.textGroups(EITHER);
        if (either.isEmpty()) {
            throw new OptionException(EITHER, "option 'either' must list at least one group of spellings");
        }
        List<UserPattern> all = new ArrayList<>();
        for (int i = 0; i < either.size(); i++) {
            if (either.get(i).size() < 2) {
                throw new OptionException(EITHER, i, "option 'either' has a group with fewer than two spellings: "
                        + either.get(i));
            }
            List<Integer> group = new ArrayList<>();
            for (String spelling : either.get(i)) {
                group.add(all.size());
                all.add(UserPattern.token(spelling, ignoreCase, EITHER, i));
            }
            groups.add(List.copyOf(group));
        }
        spellings = WordList.of(all);
    }

    @Override
    public void check(Article article, Scope scope, Consumer<Violation> report) {
        Map<Integer, UserPattern.Hit> firstHits = new HashMap<>();
        for (WordList.FoundHit found : spellings.hits(scope.blocks(article))) {
            firstHits.putIfAbsent(found.index(), found.hit());
        }
        for (List<Integer> group : groups) {
            List<Used> used = new ArrayList<>();
            for (int spelling : group) {
                UserPattern.Hit first = firstHits.get(spelling);
                if (first != null) {
                    used.add(new Used(spellings.word(spelling), first));
                }
            }
            used.sort(Comparator.comparingInt(u -> u.first().sourceStart()));
            for (int i = 1; i < used.size(); i++) {
                Used first = used.get(0);
                Used other = used.get(i);
                int line = article.lines().line(first.first().sourceStart());
                report.accept(other.first().violation("'" + other.first().match().text() + "' and '"
                        + first.first().match().text() + "' (line " + line + ") in one article",
                        Map.of(Violation.SUGGESTION, first.spelling().source())));
            }
        }
    }

    private record Used(UserPattern spelling, UserPattern.Hit first) {
    }
}
