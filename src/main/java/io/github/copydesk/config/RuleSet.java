package io.github.copydesk.config;

import io.github.copydesk.rule.Rule;
import java.util.List;

/**
 * The rules a run applies, in a stable order: built-in rules first, then the user's, each by id.
 * {@code fingerprint} changes whenever anything that makes the rules find something else does:
 * a rule file's text, a disabled rule, a changed level. It is empty for a rule set not loaded from
 * rule files, whose rules cannot be told apart by their text; such a run is not cached.
 */
public record RuleSet(List<Rule> rules, String fingerprint) {
    public RuleSet {
        rules = List.copyOf(rules);
    }

    public RuleSet(List<Rule> rules) {
        this(rules, "");
    }
}
