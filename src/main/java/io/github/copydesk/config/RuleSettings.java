package io.github.copydesk.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What the user said about rules: extra rule folders, further rule locations, rules to switch off,
 * and levels to change ({@code severities} as {@code rule-id=level} pairs separated by commas or new
 * lines). {@code baseDirectory} is where rule file paths in messages are made relative to.
 *
 * <p>A rule location is a folder of rule files, one rule file, or {@code classpath:} and a resource
 * path (a folder or one file) in a jar on the plugin's class path: a rule pack shipped as an
 * artifact. A relative path is looked for in {@code baseDirectory}, then in each of
 * {@code ancestorDirectories} (the parent projects' folders, nearest first), so a module of a
 * multi-module build finds a rule folder its parent keeps.
 */
public record RuleSettings(Path baseDirectory, List<Path> ruleDirectories, List<String> ruleLocations,
        List<Path> ancestorDirectories, List<String> disabledRules, String severities) {

    public RuleSettings {
        ruleDirectories = List.copyOf(ruleDirectories);
        ruleLocations = List.copyOf(ruleLocations);
        ancestorDirectories = List.copyOf(ancestorDirectories);
        disabledRules = List.copyOf(disabledRules);
    }

    public RuleSettings(Path baseDirectory, List<Path> ruleDirectories, List<String> disabledRules, String severities) {
        this(baseDirectory, ruleDirectories, List.of(), List.of(), disabledRules, severities);
    }

    public static RuleSettings defaults(Path baseDirectory) {
        return new RuleSettings(baseDirectory, List.of(), List.of(), null);
    }
}
