package io.github.copydesk.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What the user said about rules: extra rule folders, rules to switch off, and levels to change
 * ({@code severities} as {@code rule-id=level} pairs separated by commas or new lines).
 * {@code baseDirectory} is where rule file paths in messages are made relative to.
 */
public record RuleSettings(Path baseDirectory, List<Path> ruleDirectories, List<String> disabledRules,
        String severities) {

    public RuleSettings {
        ruleDirectories = List.copyOf(ruleDirectories);
        disabledRules = List.copyOf(disabledRules);
    }

    public static RuleSettings defaults(Path baseDirectory) {
        return new RuleSettings(baseDirectory, List.of(), List.of(), null);
    }
}
