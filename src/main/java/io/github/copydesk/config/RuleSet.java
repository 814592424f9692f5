package io.github.copydesk.config;

import io.github.copydesk.rule.Rule;
import java.util.List;

/** The rules a run applies, in a stable order: built-in rules first, then the user's, each by id. */
public record RuleSet(List<Rule> rules) {
    public RuleSet {
        rules = List.copyOf(rules);
    }
}
