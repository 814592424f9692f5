package io.github.copydesk.rule.check;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.article.LineIndex;
import io.github.copydesk.article.MarkdownParser;
import io.github.copydesk.article.WireTextParser;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.Scope;
import io.github.copydesk.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a check on an article and shows each violation as a user reads it:
 * {@code line:column-line:column detail}, with {@code -> suggestion} when there is one.
 */
final class Located {
    private Located() {
    }

    static Article wire(String text) {
        return WireTextParser.forArticles().parse("story.txt", text);
    }

    static Article markdown(String text) {
        return new MarkdownParser().parse("story.md", text);
    }

    static Check check(CheckType type, Map<String, Object> options) {
        return type.create(new CheckOptions(options));
    }

    static List<String> violations(CheckType type, Map<String, Object> options, Article article) {
        return violations(check(type, options), Scope.of(type.defaultScope()), article);
    }

    static List<String> violations(CheckType type, Map<String, Object> options, Set<BlockKind> kinds, Article article) {
        return violations(check(type, options), Scope.of(kinds), article);
    }

    static List<String> violations(Check check, Scope scope, Article article) {
        List<Violation> violations = new ArrayList<>();
        check.check(article, scope, violations::add);
        LineIndex lines = article.lines();
        return violations.stream().map(v -> lines.line(v.sourceStart()) + ":" + lines.column(v.sourceStart()) + "-"
                + lines.line(v.sourceEnd()) + ":" + lines.column(v.sourceEnd()) + " " + v.detail()
                + (v.values().containsKey(Violation.SUGGESTION) ? " -> " + v.values().get(Violation.SUGGESTION) : ""))
                .toList();
    }
}
