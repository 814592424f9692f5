package io.github.copydesk.rule;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.BlockKind;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A loaded rule: its identity and level, the message template, what it reads ({@code scope}),
 * which articles it applies to ({@code when}), its check, and its own examples. {@code origin}
 * says where it was defined, for messages.
 */
public record Rule(
        String id, String checkName, Severity severity, String message, String description,
        Scope scope, Targeting when, Check check, Examples examples, String origin) {

    /** A rule that reads blocks of {@code kinds} in every article. */
    public Rule(String id, String checkName, Severity severity, String message, String description,
            Set<BlockKind> kinds, Check check, Examples examples, String origin) {
        this(id, checkName, severity, message, description, Scope.of(kinds), Targeting.EVERY_ARTICLE, check,
                examples, origin);
    }

    /**
     * A copy of this rule at another level, for the {@code severities} parameter. The level holds
     * for every finding of the rule, also those its check gives a level of their own.
     */
    public Rule withSeverity(Severity newSeverity) {
        Check original = check;
        Check atRuleLevel = new Check() {
            @Override
            public void check(Article article, Set<BlockKind> kinds, Consumer<Violation> report) {
                original.check(article, kinds, violation -> report.accept(violation.withRuleSeverity()));
            }

            @Override
            public void check(Article article, Scope scope, Consumer<Violation> report) {
                original.check(article, scope, violation -> report.accept(violation.withRuleSeverity()));
            }

            @Override
            public boolean readsMetadata() {
                return original.readsMetadata();
            }
        };
        return new Rule(id, checkName, newSeverity, message, description, scope, when, atRuleLevel, examples, origin);
    }

    /**
     * Whether the rule depends on the article's metadata: its check reads it, its scope names
     * metadata fields, or its {@code when} chooses articles by it.
     */
    public boolean readsMetadata() {
        return check.readsMetadata() || !scope.metadataFields().isEmpty() || !when.isEveryArticle();
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
