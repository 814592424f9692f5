package io.github.copydesk.config;

import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.Severity;
import io.github.copydesk.text.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds the rule set of a run: the built-in pack, then the user's rule folders (a user rule with
 * a built-in id replaces it), minus {@code disabledRules}, with {@code severities} applied. The
 * newsroom's own rules' examples are run before they are used; the built-in rules' examples ran
 * when copydesk was built, and their files cannot change after.
 */
public final class RuleSetLoader {
    private static final String CLASSPATH = "classpath:";
    /** The built-in check types and those found through the class path when a load starts. */
    private final CheckTypes knownCheckTypes;

    /** A loader for the built-in checks and those of {@link io.github.copydesk.rule.CheckProvider}s on the class path. */
    public RuleSetLoader() {
        this(null);
    }

    RuleSetLoader(Map<String, CheckType> checkTypes) {
        this.knownCheckTypes = checkTypes == null ? null : new CheckTypes(checkTypes, Map.of());
    }

    /** The rules read, and the ids of those the newsroom wrote (the rest are built in). */
    private record Loaded(RuleSet rules, Set<String> newsroomRuleIds) {
    }

    /** The rules, the newsroom's with passing examples; any problem, a failing example included, stops the load. */
    public RuleSet load(RuleSettings settings) throws RuleConfigurationException {
        return load(settings, rules -> false);
    }

    /**
     * As {@link #load(RuleSettings)}, except that the examples are not run again when the rules
     * read without problems and {@code examplesPassed} knows that these rules' examples passed; it
     * is not asked when the newsroom has no rules of its own.
     */
    public RuleSet load(RuleSettings settings, Predicate<RuleSet> examplesPassed) throws RuleConfigurationException {
        List<String> problems = new ArrayList<>();
        Loaded loaded = rules(settings, problems);
        RuleSet rules = loaded.rules();
        if (problems.isEmpty() && (loaded.newsroomRuleIds().isEmpty() || examplesPassed.test(rules))) {
            return rules;
        }
        for (Rule rule : rules.rules()) {
            if (loaded.newsroomRuleIds().contains(rule.id())) {
                problems.addAll(RuleExamples.failures(rule));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleConfigurationException(problems);
        }
        return rules;
    }

    /**
     * The rules without running their examples, for a caller that runs and reports every example
     * itself ({@code copydesk:rules}); a rule file that cannot be read still stops the load.
     */
    public RuleSet loadWithoutRunningExamples(RuleSettings settings) throws RuleConfigurationException {
        List<String> problems = new ArrayList<>();
        RuleSet rules = rules(settings, problems).rules();
        if (!problems.isEmpty()) {
            throw new RuleConfigurationException(problems);
        }
        return rules;
    }

    private Loaded rules(RuleSettings settings, List<String> problems) throws RuleConfigurationException {
        CheckTypes checkTypes = knownCheckTypes != null ? knownCheckTypes
                : CheckTypes.discovered(RuleSetLoader.class.getClassLoader(), problems);
        RuleFileParser parser = new RuleFileParser(checkTypes.byName());
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (ClasspathRules.RuleFile file : BuiltInPack.files()) {
            parse(parser, file.origin(), file.yaml(), problems).ifPresent(rule -> {
                rules.put(rule.id(), rule);
                sources.put(rule.id(), file.yaml());
            });
        }
        Map<String, String> userOrigins = new LinkedHashMap<>();
        for (ClasspathRules.RuleFile file : userRuleFiles(settings, problems)) {
            Optional<Rule> rule = parse(parser, file.origin(), file.yaml(), problems);
            if (rule.isEmpty()) {
                continue;
            }
            String earlier = userOrigins.putIfAbsent(rule.get().id(), file.origin());
            if (earlier != null) {
                problems.add(file.origin() + ": rule id '" + rule.get().id() + "' is already defined in " + earlier);
                continue;
            }
            rules.put(rule.get().id(), rule.get());
            sources.put(rule.get().id(), file.yaml());
        }
        disable(rules, settings.disabledRules(), problems);
        applySeverities(rules, SeverityOverrides.parse(settings.severities()), problems);
        return new Loaded(new RuleSet(List.copyOf(rules.values()),
                fingerprint(rules.values(), sources, checkTypes.codeIdentities())), Set.copyOf(userOrigins.keySet()));
    }

    /**
     * Each rule's id, level, the text of its file and, for a check from another jar, that jar's
     * identity: all that decides what the rules find.
     */
    private static String fingerprint(Collection<Rule> rules, Map<String, String> sources,
            Map<String, String> codeIdentities) {
        Sha256 digest = Sha256.start();
        for (Rule rule : rules) {
            digest.add(rule.id()).add(rule.severity().name()).add(sources.get(rule.id()))
                    .add(codeIdentities.getOrDefault(rule.checkName(), ""));
        }
        return digest.hex();
    }

    private static Optional<Rule> parse(RuleFileParser parser, String origin, String yaml, List<String> problems) {
        try {
            return Optional.of(parser.parse(origin, yaml));
        } catch (RuleConfigurationException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    /** The newsroom's rule files: those of {@code ruleDirectories}, then of {@code ruleLocations}, in order. */
    private static List<ClasspathRules.RuleFile> userRuleFiles(RuleSettings settings, List<String> problems) {
        Path base = settings.baseDirectory();
        List<ClasspathRules.RuleFile> files = new ArrayList<>();
        for (Path directory : settings.ruleDirectories()) {
            if (!Files.isDirectory(directory)) {
                problems.add(DisplayPath.of(base, directory) + ": rule directory does not exist");
                continue;
            }
            read(ruleFiles(directory, base, problems), base, problems, files);
        }
        for (String location : settings.ruleLocations()) {
            if (location.startsWith(CLASSPATH)) {
                resourceRules(location, problems, files);
                continue;
            }
            Optional<Path> found = locate(location, settings);
            if (found.isEmpty()) {
                problems.add("ruleLocations: no rule folder or file '" + location + "' in the project's folder"
                        + (settings.ancestorDirectories().isEmpty() ? "" : " or its parent projects' folders"));
            } else if (Files.isDirectory(found.get())) {
                read(ruleFiles(found.get(), base, problems), base, problems, files);
            } else if (ClasspathRules.isRuleFile(found.get().getFileName().toString())) {
                read(List.of(found.get()), base, problems, files);
            } else {
                problems.add("ruleLocations: '" + location + "' is not a rule file (*.yml or *.yaml)");
            }
        }
        return files;
    }

    /** A relative location in the base folder, else in the nearest parent project's folder that has it. */
    private static Optional<Path> locate(String location, RuleSettings settings) {
        Path given = Path.of(location);
        if (given.isAbsolute()) {
            return Files.exists(given) ? Optional.of(given) : Optional.empty();
        }
        List<Path> folders = new ArrayList<>(List.of(settings.baseDirectory()));
        folders.addAll(settings.ancestorDirectories());
        return folders.stream().map(folder -> folder.resolve(given).normalize()).filter(Files::exists).findFirst();
    }

    /** {@code classpath:} and a folder or one rule file among the resources of the plugin's dependencies. */
    private static void resourceRules(String location, List<String> problems, List<ClasspathRules.RuleFile> files) {
        String name = location.substring(CLASSPATH.length()).replaceFirst("^/+", "");
        ClassLoader loader = RuleSetLoader.class.getClassLoader();
        try {
            List<ClasspathRules.RuleFile> found = ClasspathRules.isRuleFile(name)
                    ? ClasspathRules.file(loader, name).stream().toList()
                    : ClasspathRules.under(loader, name.isEmpty() || name.endsWith("/") ? name : name + "/");
            if (found.isEmpty()) {
                problems.add("ruleLocations: no rule file at '" + location + "' on the plugin's class path; add the"
                        + " artifact that holds it to the plugin's <dependencies>");
            }
            found.forEach(file -> files.add(new ClasspathRules.RuleFile(CLASSPATH + file.origin(), file.yaml())));
        } catch (IOException e) {
            problems.add("ruleLocations: cannot read '" + location + "': " + e.getMessage());
        }
    }

    private static void read(List<Path> paths, Path base, List<String> problems, List<ClasspathRules.RuleFile> files) {
        for (Path file : paths) {
            String origin = DisplayPath.of(base, file);
            try {
                files.add(new ClasspathRules.RuleFile(origin, Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                problems.add(origin + ": cannot read rule file: " + e.getMessage());
            }
        }
    }

    private static List<Path> ruleFiles(Path directory, Path base, List<String> problems) {
        try {
            return ClasspathRules.ruleFilesUnder(directory);
        } catch (IOException e) {
            problems.add(DisplayPath.of(base, directory) + ": cannot list rule directory: " + e.getMessage());
            return List.of();
        }
    }

    private static void disable(Map<String, Rule> rules, List<String> disabled, List<String> problems) {
        for (String id : disabled) {
            String trimmed = id.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (rules.remove(trimmed) == null) {
                problems.add("disabledRules: unknown rule '" + trimmed + "'" + ClosestName.hint(trimmed, rules.keySet()));
            }
        }
    }

    private static void applySeverities(Map<String, Rule> rules, Map<String, String> overrides, List<String> problems) {
        List<String> levels = Severity.ids();
        overrides.forEach((id, level) -> {
            Rule rule = rules.get(id);
            Optional<Severity> severity = Severity.parse(level);
            if (rule == null) {
                problems.add("severities: unknown rule '" + id + "'" + ClosestName.hint(id, rules.keySet()));
            } else if (severity.isEmpty()) {
                problems.add("severities: unknown level '" + level + "' for rule '" + id + "'"
                        + ClosestName.hint(level, levels) + "; use one of " + levels);
            } else {
                rules.put(id, rule.withSeverity(severity.get()));
            }
        });
    }
}
