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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code conditional} check: where the {@code if} pattern matches in the scope of an article,
 * the {@code then} pattern must match somewhere in the same scope. When both patterns have a
 * capturing group, the groups must agree: with {@code if: '\b([A-Z]{3,5})\b'} and
 * {@code then: '[A-Z][a-z]+(?: [A-Z][a-z]+)* \(([A-Z]{3,5})\)'}, every acronym must be spelt out
 * once. Each text the {@code if} pattern finds is reported once, at its first appearance;
 * {@code exceptions} lists texts (or groups) that need nothing.
 */
public final class ConditionalCheck implements ScopedCheck {
    static final String IF = "if";
    static final String THEN = "then";
    static final String EXCEPTIONS = "exceptions";

    public static final CheckType TYPE = new CheckType("conditional",
            Set.of(IF, THEN, EXCEPTIONS, RuleTypeOptions.IGNORE_CASE), RuleTypeOptions.BODY_TEXT,
            ConditionalCheck::new);

    private final UserPattern condition;
    private final UserPattern consequence;
    private final Set<String> exceptions = new HashSet<>();
    private final boolean ignoreCase;

    ConditionalCheck(CheckOptions options) {
        ignoreCase = RuleTypeOptions.ignoreCase(options);
        condition = UserPattern.regex(required(options, IF), ignoreCase, IF, -1);
        consequence = UserPattern.regex(required(options, THEN), ignoreCase, THEN, -1);
        options.strings(EXCEPTIONS, List.of()).forEach(exception -> exceptions.add(key(exception)));
    }

    private static String required(CheckOptions options, String name) {
        return options.text(name).orElseThrow(() ->
                new OptionException(name, "option '" + name + "' must be set: the conditional check needs 'if' and 'then'"));
    }

    @Override
    public void check(Article article, Scope scope, Consumer<Violation> report) {
        List<Block> blocks = scope.blocks(article);
        List<UserPattern.Hit> conditions = condition.hits(blocks);
        if (conditions.isEmpty()) {
            return;
        }
        List<UserPattern.Hit> consequences = consequence.hits(blocks);
        boolean matchGroups = condition.hasGroup() && consequence.hasGroup();
        Set<String> satisfied = new HashSet<>();
        consequences.forEach(hit -> satisfied.add(key(hit.match().key())));
        Set<String> reported = new HashSet<>();
        for (UserPattern.Hit hit : conditions) {
            String key = key(hit.match().key());
            boolean met = matchGroups ? satisfied.contains(key) : !consequences.isEmpty();
            if (!met && !exceptions.contains(key) && reported.add(key)) {
                report.accept(hit.violation("'" + hit.match().key() + "' appears without a match of '"
                        + consequence.source() + "'"));
            }
        }
    }

    private String key(String text) {
        return ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
    }
}
