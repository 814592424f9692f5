package io.github.copydesk.config;

import io.github.copydesk.article.BlockKind;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.Scope;
import io.github.copydesk.rule.ScopedCheck;
import io.github.copydesk.rule.Severity;
import io.github.copydesk.rule.Targeting;
import io.github.copydesk.rule.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads one rule file into a {@link Rule}. Works on the YAML node tree rather than on loaded
 * values so that every error can name the line of the key or value at fault.
 */
final class RuleFileParser {
    static final List<String> KEYS =
            List.of("id", "check", "severity", "message", "description", "scope", "when", "options", "examples");
    private static final List<String> REQUIRED = List.of("id", "check", "severity", "message");
    private static final List<String> EXAMPLE_KEYS = List.of("flag", "pass");
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** A placeholder as the message's substitution reads it; {@code $$\{} escapes one. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\$\\{([^}]*)}");
    /** What every message may name: the matched text's first words and the check's own words. */
    private static final List<String> PLACEHOLDERS = List.of("match", "detail");
    /** The checks that propose a replacement, named by {@code ${suggestion}}. */
    private static final Set<String> SUGGESTING = Set.of("substitution", "consistency", "source-line", "date-consistency");
    /** Times a check is built again without a bad list item, to find the next one. */
    private static final int MAX_BAD_ITEMS = 100;

    private final Map<String, CheckType> checkTypes;

    RuleFileParser(Map<String, CheckType> checkTypes) {
        this.checkTypes = checkTypes;
    }

    /** Parses {@code yaml} from {@code origin} (a path as users see it); throws with every problem found. */
    Rule parse(String origin, String yaml) throws RuleConfigurationException {
        Problems problems = new Problems(origin);
        MappingNode root = compose(yaml, problems);
        if (root == null) {
            throw problems.asException();
        }
        Map<String, NodeTuple> entries = entries(root, KEYS, problems);
        for (String key : REQUIRED) {
            if (!entries.containsKey(key)) {
                problems.add(root, "missing required key '" + key + "'");
            }
        }
        String id = scalar(entries, "id", problems);
        if (id != null && !RULE_ID.matcher(id).matches()) {
            problems.add(entries.get("id").getValueNode(),
                    "rule id '" + id + "' must be lower-case letters, digits and dashes");
        }
        CheckType type = checkType(entries, problems);
        Severity severity = severity(entries, problems);
        String message = scalar(entries, "message", problems);
        if (message != null && type != null) {
            checkPlaceholders((ScalarNode) entries.get("message").getValueNode(), type, problems);
        }
        String description = Optional.ofNullable(scalar(entries, "description", problems)).orElse("");
        Scope scope = scope(entries, type, problems);
        Targeting when = when(entries, problems);
        Check check = type == null ? null : check(entries, type, problems);
        if (check != null && !scope.metadataFields().isEmpty() && !(check instanceof ScopedCheck)) {
            problems.add(entries.get("scope").getValueNode(), "check '" + type.name()
                    + "' reads blocks only; metadata fields in its scope would be ignored");
        }
        Rule.Examples examples = examples(entries, problems);
        if (!problems.isEmpty()) {
            throw problems.asException();
        }
        return new Rule(id, type.name(), severity, message, description, scope, when, check, examples, origin);
    }

    private static MappingNode compose(String yaml, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(problems.origin)
                .setMaxAliasesForCollections(20)
                .build();
        try {
            Optional<Node> node = new Compose(settings).composeString(yaml);
            if (node.isPresent() && node.get() instanceof MappingNode mapping) {
                return mapping;
            }
            // An empty file has no node: the problem is the file's, placed at its start.
            problems.add(node.flatMap(Node::getStartMark).orElse(null), 1, 1,
                    "a rule file must be a YAML mapping with keys " + KEYS);
        } catch (MarkedYamlEngineException e) {
            problems.add(e.getProblemMark().orElse(null), 1, 1, "malformed YAML: " + e.getProblem());
        } catch (ReaderException e) {
            int[] place = place(yaml, e.getPosition());
            problems.add(place[0], place[1], "malformed YAML: the character U+"
                    + String.format("%04X", e.getCodePoint()) + " is not allowed in YAML");
        } catch (YamlEngineException e) {
            problems.add(null, 1, 1, "malformed YAML: " + firstLine(e.getMessage()));
        }
        return null;
    }

    /** The mapping's entries by key; unknown and non-scalar keys are problems. */
    private static Map<String, NodeTuple> entries(MappingNode mapping, List<String> validKeys, Problems problems) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(tuple.getKeyNode(), "keys must be plain names");
                continue;
            }
            if (!validKeys.contains(key.getValue())) {
                problems.add(key, "unknown key '" + key.getValue() + "'" + ClosestName.hint(key.getValue(), validKeys)
                        + "; valid keys are " + validKeys);
                continue;
            }
            if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                problems.add(key, "duplicate key '" + key.getValue() + "'");
            }
        }
        return entries;
    }

    private static String scalar(Map<String, NodeTuple> entries, String key, Problems problems) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return null;
        }
        if (tuple.getValueNode() instanceof ScalarNode value && !value.getValue().isBlank()) {
            return value.getValue();
        }
        problems.add(tuple.getValueNode(), "'" + key + "' must be a non-empty text");
        return null;
    }

    private CheckType checkType(Map<String, NodeTuple> entries, Problems problems) {
        String name = scalar(entries, "check", problems);
        if (name == null) {
            return null;
        }
        CheckType type = checkTypes.get(name);
        if (type == null) {
            problems.add(entries.get("check").getValueNode(), "unknown check '" + name + "'"
                    + ClosestName.hint(name, checkTypes.keySet()) + "; known checks are " + checkTypes.keySet());
        }
        return type;
    }

    private static Severity severity(Map<String, NodeTuple> entries, Problems problems) {
        String value = scalar(entries, "severity", problems);
        if (value == null) {
            return null;
        }
        Optional<Severity> severity = Severity.parse(value);
        if (severity.isEmpty()) {
            List<String> levels = Severity.ids();
            problems.add(entries.get("severity").getValueNode(), "unknown severity '" + value + "'"
                    + ClosestName.hint(value, levels) + "; use one of " + levels);
        }
        return severity.orElse(null);
    }

    /** Block kinds, and metadata fields as {@code metadata.<field>}; METADATA itself is not a kind to name. */
    private static Scope scope(Map<String, NodeTuple> entries, CheckType type, Problems problems) {
        NodeTuple tuple = entries.get("scope");
        if (tuple == null) {
            return Scope.of(type == null ? Set.of() : type.defaultScope());
        }
        List<String> kinds = Arrays.stream(BlockKind.values()).filter(kind -> kind != BlockKind.METADATA)
                .map(Enum::name).toList();
        Set<BlockKind> scope = EnumSet.noneOf(BlockKind.class);
        List<String> fields = new ArrayList<>();
        List<ScalarNode> items = scalarList(tuple, problems);
        if (items.isEmpty() && tuple.getValueNode() instanceof SequenceNode) {
            problems.add(tuple.getValueNode(), "'scope' must name at least one block kind or metadata field");
        }
        for (ScalarNode item : items) {
            String written = item.getValue().trim();
            String name = written.toUpperCase(Locale.ROOT);
            if (written.startsWith(Scope.METADATA_PREFIX)) {
                String field = written.substring(Scope.METADATA_PREFIX.length());
                if (field.isBlank()) {
                    problems.add(item, "'metadata.' in scope must name a field, as in metadata.title");
                } else {
                    fields.add(field);
                }
            } else if (kinds.contains(name)) {
                scope.add(BlockKind.valueOf(name));
            } else {
                problems.add(item, "unknown block kind '" + written + "' in scope" + ClosestName.hint(name, kinds)
                        + "; block kinds are " + kinds + ", and metadata.<field> reads a metadata value");
            }
        }
        return new Scope(scope, fields);
    }

    /**
     * {@code when:} a mapping of conditions ({@code section}, {@code path}, {@code format},
     * {@code metadata.<field>}) to a text or a list of texts.
     */
    private static Targeting when(Map<String, NodeTuple> entries, Problems problems) {
        NodeTuple tuple = entries.get("when");
        if (tuple == null) {
            return Targeting.EVERY_ARTICLE;
        }
        if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
            problems.add(tuple.getValueNode(), "'when' must be a mapping of conditions, as in when: {section: [POLITICS]}");
            return Targeting.EVERY_ARTICLE;
        }
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        for (NodeTuple condition : mapping.getValue()) {
            if (!(condition.getKeyNode() instanceof ScalarNode key)) {
                problems.add(condition.getKeyNode(), "keys must be plain names");
                continue;
            }
            String name = key.getValue().trim();
            boolean metadataField = name.startsWith(Scope.METADATA_PREFIX) && name.length() > Scope.METADATA_PREFIX.length();
            if (!metadataField && !Targeting.KEYS.contains(name)) {
                problems.add(key, "unknown condition '" + name + "' in when" + ClosestName.hint(name, Targeting.KEYS)
                        + "; conditions are " + Targeting.KEYS + " and metadata.<field>");
                continue;
            }
            if (conditions.containsKey(name)) {
                problems.add(key, "duplicate condition '" + name + "'");
                continue;
            }
            List<ScalarNode> values = scalarList(condition, problems);
            if (values.isEmpty() && condition.getValueNode() instanceof SequenceNode
                    || values.stream().anyMatch(value -> value.getValue().isBlank())) {
                problems.add(condition.getValueNode(), "condition '" + name + "' must list at least one value, none empty");
            }
            if (name.equals(Targeting.FORMAT)) {
                List<String> formats = List.copyOf(Targeting.FORMATS.keySet());
                values.stream().filter(v -> !Targeting.FORMATS.containsKey(v.getValue().trim().toLowerCase(Locale.ROOT)))
                        .forEach(v -> problems.add(v, "unknown format '" + v.getValue() + "'"
                                + ClosestName.hint(v.getValue(), formats) + "; formats are " + formats));
            }
            conditions.put(name, values.stream().map(ScalarNode::getValue).toList());
            if (name.equals(Targeting.PATH)) {
                try {
                    new Targeting(Map.of(name, conditions.get(name)));
                } catch (IllegalArgumentException e) {
                    problems.add(condition.getValueNode(), e.getMessage());
                }
            }
        }
        if (problems.isEmpty()) {
            return new Targeting(conditions);
        }
        return Targeting.EVERY_ARTICLE;
    }

    private static Check check(Map<String, NodeTuple> entries, CheckType type, Problems problems) {
        NodeTuple tuple = entries.get("options");
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, NodeTuple> optionNodes = new LinkedHashMap<>();
        if (tuple != null) {
            if (!(tuple.getValueNode() instanceof MappingNode options)) {
                problems.add(tuple.getValueNode(), "'options' must be a mapping of option names to values");
                return null;
            }
            List<String> valid = type.optionNames().stream().sorted().toList();
            Map<String, NodeTuple> known = entries(options, valid, problems);
            for (Map.Entry<String, NodeTuple> option : known.entrySet()) {
                try {
                    values.put(option.getKey(), construct(option.getValue().getValueNode()));
                    optionNodes.put(option.getKey(), option.getValue());
                } catch (MarkedYamlEngineException e) {
                    // A duplicate key in an option's mapping shows only when it is built.
                    problems.add(e.getProblemMark().orElse(null), 1, 1, "malformed YAML: " + e.getProblem());
                }
            }
            if (values.size() < known.size()) {
                return null;
            }
        }
        Node fallback = tuple != null ? tuple.getKeyNode() : entries.get("check").getKeyNode();
        Map<String, List<Integer>> remaining = new LinkedHashMap<>();
        for (int attempt = 0; ; attempt++) {
            try {
                Check check = type.create(new CheckOptions(nonNull(values)));
                return attempt == 0 ? check : null;
            } catch (OptionException e) {
                int item = originalItem(values, remaining, e);
                if (item < 0 && attempt > 0) {
                    // The options are wrong as a whole only for want of the bad items taken out, already reported.
                    return null;
                }
                problems.add(optionNode(optionNodes.get(e.option()), item, fallback), message(e));
                // A check stops at the first bad item; built again without it, it names the next one.
                if (item < 0 || attempt == MAX_BAD_ITEMS || !withoutItem(values, remaining, e)) {
                    return null;
                }
            } catch (RuntimeException e) {
                if (attempt == 0) {
                    problems.add(tuple == null ? null : tuple.getKeyNode(), "invalid options: " + e.getMessage());
                }
                return null;
            }
        }
    }

    /** The index, in the option as written, of the item {@code e} names among those still in {@code values}. */
    private static int originalItem(Map<String, Object> values, Map<String, List<Integer>> remaining,
            OptionException e) {
        if (e.item() < 0) {
            return e.item();
        }
        List<Integer> indices = remaining.get(e.option());
        if (indices == null) {
            return e.item();
        }
        return e.item() < indices.size() ? indices.get(e.item()) : -1;
    }

    /** Takes the item {@code e} names out of its list or mapping option; false when it cannot. */
    private static boolean withoutItem(Map<String, Object> values, Map<String, List<Integer>> remaining,
            OptionException e) {
        Object value = values.get(e.option());
        int size;
        if (value instanceof List<?> list) {
            size = list.size();
        } else if (value instanceof Map<?, ?> map) {
            size = map.size();
        } else {
            return false;
        }
        if (e.item() >= size) {
            return false;
        }
        List<Integer> indices = remaining.computeIfAbsent(e.option(), option -> {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                all.add(i);
            }
            return all;
        });
        indices.remove(e.item());
        if (value instanceof List<?> list) {
            List<Object> rest = new ArrayList<>(list);
            rest.remove(e.item());
            values.put(e.option(), rest);
        } else {
            Map<Object, Object> rest = new LinkedHashMap<>((Map<?, ?>) value);
            Object key = new ArrayList<>(rest.keySet()).get(e.item());
            rest.remove(key);
            values.put(e.option(), rest);
        }
        return true;
    }

    /**
     * Every {@code ${name}} in the message must be one the rule's check fills in; an unknown one
     * would stay in every finding as written. Located at its line and column in the file when the
     * message is on one line, else at the message's start.
     */
    private static void checkPlaceholders(ScalarNode message, CheckType type, Problems problems) {
        List<String> valid = new ArrayList<>(PLACEHOLDERS);
        if (SUGGESTING.contains(type.name())) {
            valid.add(Violation.SUGGESTION);
        }
        Matcher placeholder = PLACEHOLDER.matcher(message.getValue());
        while (placeholder.find()) {
            String name = placeholder.group(1);
            int defaultAt = name.indexOf(":-");
            String bare = (defaultAt >= 0 ? name.substring(0, defaultAt) : name).strip();
            if (valid.contains(bare)) {
                continue;
            }
            String text = "unknown placeholder '${" + name + "}' in the message" + ClosestName.hint(bare, valid)
                    + "; check '" + type.name() + "' fills in " + valid.stream().map(v -> "${" + v + "}").toList();
            Optional<Mark> start = message.getStartMark();
            if (start.isPresent() && message.getValue().indexOf('\n') < 0
                    && start.get().getLine() == message.getEndMark().map(Mark::getLine).orElse(-1)) {
                int quote = message.getScalarStyle() == ScalarStyle.PLAIN ? 0 : 1;
                problems.add(start.get().getLine() + 1, start.get().getColumn() + 1 + quote + placeholder.start(), text);
            } else {
                problems.add(message, text);
            }
        }
    }

    /** The option's key, or the list item or mapping entry at fault. */
    private static Node optionNode(NodeTuple option, int item, Node fallback) {
        if (option == null) {
            return fallback;
        }
        Node value = option.getValueNode();
        if (item >= 0 && value instanceof SequenceNode sequence && item < sequence.getValue().size()) {
            return sequence.getValue().get(item);
        }
        if (item >= 0 && value instanceof MappingNode mapping && item < mapping.getValue().size()) {
            return mapping.getValue().get(item).getKeyNode();
        }
        return option.getKeyNode();
    }

    private static String message(OptionException e) {
        if (e.choices().isEmpty()) {
            return e.getMessage();
        }
        return e.getMessage() + ClosestName.hint(e.given(), e.choices()) + "; use one of " + e.choices();
    }

    private static Rule.Examples examples(Map<String, NodeTuple> entries, Problems problems) {
        NodeTuple tuple = entries.get("examples");
        if (tuple == null) {
            return Rule.Examples.NONE;
        }
        if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
            problems.add(tuple.getValueNode(), "'examples' must be a mapping with 'flag' and 'pass' lists");
            return Rule.Examples.NONE;
        }
        Map<String, NodeTuple> lists = entries(mapping, EXAMPLE_KEYS, problems);
        return new Rule.Examples(exampleList(lists.get("flag"), problems), exampleList(lists.get("pass"), problems));
    }

    private static List<Rule.Example> exampleList(NodeTuple tuple, Problems problems) {
        if (tuple == null) {
            return List.of();
        }
        return scalarList(tuple, problems).stream()
                .map(node -> new Rule.Example(node.getValue(), Problems.line(node)))
                .toList();
    }

    /** A sequence of texts, or a single text standing for a list of one. */
    private static List<ScalarNode> scalarList(NodeTuple tuple, Problems problems) {
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar) {
            return List.of(scalar);
        }
        List<ScalarNode> items = new ArrayList<>();
        if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    items.add(scalar);
                } else {
                    problems.add(item, "'" + ((ScalarNode) tuple.getKeyNode()).getValue() + "' must be a list of texts");
                }
            }
        } else {
            problems.add(value, "'" + ((ScalarNode) tuple.getKeyNode()).getValue() + "' must be a list of texts");
        }
        return items;
    }

    private static Object construct(Node node) {
        return new StandardConstructor(LoadSettings.builder().build()).constructSingleDocument(Optional.of(node));
    }

    private static Map<String, Object> nonNull(Map<String, Object> values) {
        return values.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Line and column, from 1, of the code point at {@code position} in {@code text}: the YAML reader
     * counts code points from the start of the text.
     */
    private static int[] place(String text, int position) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int at = 0; at < position && index < text.length(); at++) {
            int codePoint = text.codePointAt(index);
            index += Character.charCount(codePoint);
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    /** Problems found in one file, each prefixed with {@code origin:line:column}. */
    private static final class Problems {
        private final String origin;
        private final List<String> messages = new ArrayList<>();

        Problems(String origin) {
            this.origin = origin;
        }

        void add(Node node, String message) {
            add(node == null ? null : node.getStartMark().orElse(null), message);
        }

        void add(int line, int column, String message) {
            messages.add(origin + ":" + line + ":" + column + ": " + message);
        }

        /** A problem at {@code mark}, or at {@code line} and {@code column} when the YAML library gave none. */
        void add(Mark mark, int line, int column, String message) {
            if (mark == null) {
                add(line, column, message);
            } else {
                add(mark, message);
            }
        }

        void add(Mark mark, String message) {
            String location = mark == null ? origin : origin + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            messages.add(location + ": " + message);
        }

        static int line(Node node) {
            return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
        }

        boolean isEmpty() {
            return messages.isEmpty();
        }


        RuleConfigurationException asException() {
            return new RuleConfigurationException(messages);
        }
    }
}
