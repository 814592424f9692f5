package io.github.copydesk.config;

import io.github.copydesk.article.PathGlob;
import io.github.copydesk.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The suppressions file: findings a newsroom accepts in any format, a YAML list of entries.
 *
 * <pre>
 * - path: content/archive/**          # glob, relative to the base directory
 *   rule: promo-link
 *   text: "TRT Global"                # optional: the finding's text contains it
 *   reason: Archive copy stays as it ran
 *   expires: 2026-06-30               # optional: from this day on the entry is a finding
 * </pre>
 */
public record SuppressionsFile(String origin, List<Entry> entries) {
    static final List<String> KEYS = List.of("path", "rule", "text", "reason", "expires");

    public SuppressionsFile {
        entries = List.copyOf(entries);
    }

    /** No file configured: suppresses nothing. */
    public static final SuppressionsFile NONE = new SuppressionsFile("", List.of());

    /** One entry, with the line and column it starts at for messages. */
    public record Entry(PathGlob path, String rule, String text, String reason, Optional<LocalDate> expires,
            int line, int column) {

        /** Expired on {@code today}: the last day it suppresses is the day before {@code expires}. */
        public boolean isExpired(LocalDate today) {
            return expires.filter(date -> !today.isBefore(date)).isPresent();
        }

        boolean matches(Finding finding) {
            return rule.equals(finding.ruleId()) && path.matches(finding.path())
                    && (text.isEmpty() || finding.matched().contains(text));
        }
    }

    /** The first entry still in force on {@code today} that suppresses {@code finding}. */
    public Optional<Entry> suppressing(Finding finding, LocalDate today) {
        return entries.stream().filter(entry -> !entry.isExpired(today) && entry.matches(finding)).findFirst();
    }

    /**
     * Reads {@code file}; {@code origin} names it in messages. Every rule an entry names must be
     * one of {@code ruleIds}. A missing file, malformed YAML or an invalid entry is an error.
     */
    public static SuppressionsFile read(Path file, String origin, Collection<String> ruleIds)
            throws ConfigurationFileException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), origin, ruleIds);
        } catch (NoSuchFileException e) {
            throw new ConfigurationFileException(origin + ": the suppressions file does not exist", e);
        } catch (IOException e) {
            throw new ConfigurationFileException(origin + ": the suppressions file cannot be read: " + e, e);
        }
    }

    static SuppressionsFile parse(String yaml, String origin, Collection<String> ruleIds)
            throws ConfigurationFileException {
        Node root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(origin).build()).composeString(yaml).orElse(null);
        } catch (MarkedYamlEngineException e) {
            throw new ConfigurationFileException(at(origin, e.getProblemMark().orElse(null))
                    + "malformed YAML: " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new ConfigurationFileException(origin + ": malformed YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return new SuppressionsFile(origin, List.of());
        }
        if (!(root instanceof SequenceNode list)) {
            throw new ConfigurationFileException(at(origin, root)
                    + "a suppressions file must be a YAML list of entries with keys " + KEYS);
        }
        List<String> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (Node item : list.getValue()) {
            entry(item, origin, ruleIds, problems).ifPresent(entries::add);
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationFileException(String.join(System.lineSeparator(), problems));
        }
        return new SuppressionsFile(origin, entries);
    }

    private static Optional<Entry> entry(Node item, String origin, Collection<String> ruleIds, List<String> problems) {
        if (!(item instanceof MappingNode mapping)) {
            problems.add(at(origin, item) + "an entry must be a mapping with keys " + KEYS);
            return Optional.empty();
        }
        int before = problems.size();
        Map<String, ScalarNode> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(at(origin, tuple.getKeyNode()) + "keys must be plain names");
            } else if (!KEYS.contains(key.getValue())) {
                problems.add(at(origin, key) + "unknown key '" + key.getValue() + "'" + ClosestName.hint(key.getValue(), KEYS));
            } else if (!(tuple.getValueNode() instanceof ScalarNode value)) {
                problems.add(at(origin, tuple.getValueNode()) + "'" + key.getValue() + "' must be a text");
            } else {
                values.put(key.getValue(), value);
            }
        }
        for (String required : List.of("path", "rule", "reason")) {
            if (values.get(required) == null || values.get(required).getValue().isBlank()) {
                problems.add(at(origin, item) + "an entry needs '" + required + "'"
                        + (required.equals("reason") ? ": say why the finding may stay" : ""));
            }
        }
        String rule = text(values, "rule");
        if (!rule.isEmpty() && !ruleIds.contains(rule)) {
            problems.add(at(origin, values.get("rule")) + "unknown rule '" + rule + "'" + ClosestName.hint(rule, ruleIds));
        }
        PathGlob path = null;
        try {
            path = text(values, "path").isEmpty() ? null : PathGlob.of(text(values, "path"));
        } catch (IllegalArgumentException e) {
            problems.add(at(origin, values.get("path")) + e.getMessage());
        }
        Optional<LocalDate> expires = Optional.empty();
        if (values.containsKey("expires")) {
            try {
                expires = Optional.of(LocalDate.parse(text(values, "expires")));
            } catch (DateTimeParseException e) {
                problems.add(at(origin, values.get("expires")) + "'expires' must be a date such as 2026-06-30, not '"
                        + text(values, "expires") + "'");
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Mark start = item.getStartMark().orElseThrow();
        return Optional.of(new Entry(path, rule, text(values, "text"), text(values, "reason"), expires,
                start.getLine() + 1, start.getColumn() + 1));
    }

    private static String text(Map<String, ScalarNode> values, String key) {
        ScalarNode node = values.get(key);
        return node == null ? "" : node.getValue().strip();
    }

    private static String at(String origin, Node node) {
        return at(origin, node == null ? null : node.getStartMark().orElse(null));
    }

    private static String at(String origin, Mark mark) {
        return (mark == null ? origin : origin + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1)) + ": ";
    }
}
