package io.github.copydesk.rule;

import io.github.copydesk.article.BlockKind;
import java.util.List;
import java.util.Set;

/**
 * A loaded rule: its identity and level, the message template, the blocks it reads, its check,
 * and its own examples. {@code origin} says where it was defined, for messages.
 */
public record Rule(
        String id, String checkName, Severity severity, String message, String description,
        Set<BlockKind> scope, Check check, Examples examples, String origin) {

    public Rule {
        scope = Set.copyOf(scope);
    }

    /**
     * A copy of this rule at another level, for the {@code severities} parameter. The level holds
     * for every finding of the rule, also those its check gives a level of their own.
     */
    public Rule withSeverity(Severity newSeverity) {
        Check original = check;
        Check atRuleLevel = (article, kinds, report) ->
                original.check(article, kinds, violation -> report.accept(violation.withRuleSeverity()));
        return new Rule(id, checkName, newSeverity, message, description, scope, atRuleLevel, examples, origin);
    }

    /** Texts the rule must flag and texts it must let pass. */
    public record Examples(List<Example> flag, List<Example> pass) {
        public static final Examples NONE = new Examples(List.of(), List.of());

        public Examples {
            flag = List.copyOf(flag);
            pass = List.copyOf(pass);
        }
    }

    /** One example text and the line of the rule file it stands on. */
    public record Example(String text, int line) {
    }
}
