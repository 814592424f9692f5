package io.github.copydesk.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The metadata block at the top of a Markdown file: YAML between {@code ---} lines (the closing
 * one may be {@code ...}) or TOML between {@code +++} lines. Reading it never throws: whatever is
 * broken becomes an {@link InputProblem} at its place in the original file.
 */
final class FrontMatter {
    /** Front matter always opens on line 1, so its content starts on line 2. */
    private static final int CONTENT_FIRST_LINE = 2;

    /**
     * The standard constructor builds only maps, lists, strings, numbers and booleans; the core
     * schema reads {@code ~} and {@code null} as null, as front matter authors expect. The limits
     * keep an alias bomb or a runaway file from costing more than a broken article should.
     */
    private static final LoadSettings YAML_SETTINGS = LoadSettings.builder()
            .setLabel("front matter")
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(10)
            .setCodePointLimit(FrontMatter.MAX_CODE_POINTS + 1)
            .build();

    /**
     * Front matter is a few levels deep. Composing and constructing recurse once per level, so a
     * file nested thousands deep ({@code [[[[...}) overflowed the stack; the parser's events, read
     * first, tell the depth without recursing.
     */
    private static final int MAX_YAML_DEPTH = 64;

    /** The most characters of front matter read: a runaway block costs no more than this to parse. */
    static final int MAX_CODE_POINTS = 1_000_000;

    private final Metadata metadata;
    private final List<InputProblem> problems;
    private final int bodyStart;
    private final Map<String, List<Block>> valueBlocks;

    private FrontMatter(Metadata metadata, List<InputProblem> problems, int bodyStart) {
        this(metadata, problems, bodyStart, Map.of());
    }

    private FrontMatter(Metadata metadata, List<InputProblem> problems, int bodyStart,
            Map<String, List<Block>> valueBlocks) {
        this.metadata = metadata;
        this.problems = List.copyOf(problems);
        this.bodyStart = bodyStart;
        this.valueBlocks = valueBlocks;
    }

    /** Splits the front matter off {@code text} and loads it. */
    static FrontMatter read(String text) {
        Syntax syntax = Syntax.opening(lineAt(text, 0));
        if (syntax == null) {
            return new FrontMatter(Metadata.EMPTY, List.of(), 0);
        }
        int contentStart = Math.min(text.length(), lineEnd(text, 0) + 1);
        int closing = syntax.findClosing(text, contentStart);
        if (closing < 0) {
            // Without a closing line there is no telling where the body would start.
            return new FrontMatter(Metadata.EMPTY,
                    List.of(new InputProblem("Broken front matter: " + syntax.missingClosing(), 1, 1, true)),
                    text.length());
        }
        int bodyStart = Math.min(text.length(), lineEnd(text, closing) + 1);
        List<InputProblem> problems = new ArrayList<>();
        Metadata metadata = Metadata.EMPTY;
        Map<String, List<Block>> valueBlocks = Map.of();
        int size = text.codePointCount(contentStart, closing);
        if (size > MAX_CODE_POINTS) {
            problems.add(new InputProblem("Front matter is too large to read: " + size + " characters, the limit is "
                    + MAX_CODE_POINTS + " (no parameter raises it; move long values out of the front matter)", 1, 1,
                    true));
            return new FrontMatter(metadata, problems, bodyStart, valueBlocks);
        }
        try {
            Content content = syntax.load(text.substring(contentStart, closing));
            metadata = metadata(content, problems);
            valueBlocks = valueBlocks(text, content.scalars());
        } catch (Broken e) {
            problems.add(problem("Broken front matter: " + e.getMessage(), e.position).leavingMetadataUnread());
        }
        return new FrontMatter(metadata, problems, bodyStart, valueBlocks);
    }

    /** The metadata values as blocks at their place in the file, by field name. */
    Map<String, List<Block>> valueBlocks() {
        return valueBlocks;
    }

    /**
     * A value written as it reads (plain, or inside quotes) maps character by character; one that
     * the syntax changes (escapes, a folded or literal block) maps as if it stood unchanged from
     * where it starts, so a finding inside it points close to, not exactly at, its place.
     */
    private static Map<String, List<Block>> valueBlocks(String text, List<Scalar> scalars) {
        Map<String, List<Block>> blocks = new LinkedHashMap<>();
        ValueLocator locator = new ValueLocator(text);
        for (Scalar scalar : scalars) {
            if (scalar.text().isBlank()) {
                continue;
            }
            int at = locator.offset(scalar.start());
            boolean quoted = at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'');
            int start = !text.startsWith(scalar.text(), at) && quoted ? at + 1 : at;
            blocks.computeIfAbsent(scalar.field(), field -> new ArrayList<>())
                    .add(Block.verbatim(BlockKind.METADATA, scalar.text(), start));
        }
        blocks.replaceAll((field, list) -> List.copyOf(list));
        return blocks;
    }

    /**
     * Offsets in the file of positions in the front matter's content, which starts on line 2.
     * Values come in the order they are written, so each is found from the one before it when it
     * stands further on the same line: counting from the top, or from the line's start, for each
     * made 30,000 values, or 20,000 in one array, take seconds.
     */
    private static final class ValueLocator {
        private final String text;
        private LineIndex lines;
        private int line = -1;
        private int lineEnd;
        private int column;
        private int offset;

        ValueLocator(String text) {
            this.text = text;
        }

        /** The offset of {@code position}; a column past the line's end is its end. */
        int offset(Position position) {
            if (position.line() != line || position.column() < column) {
                if (lines == null) {
                    lines = new LineIndex(text);
                }
                line = position.line();
                column = 0;
                offset = lines.lineStart(CONTENT_FIRST_LINE + line);
                lineEnd = lineEnd(text, offset);
            }
            while (column < position.column() && offset < lineEnd) {
                offset += Character.charCount(text.codePointAt(offset));
                column++;
            }
            return offset;
        }
    }

    Metadata metadata() {
        return metadata;
    }

    List<InputProblem> problems() {
        return problems;
    }

    /** Offset in the original text where the Markdown body starts. */
    int bodyStart() {
        return bodyStart;
    }

    private static Metadata metadata(Content content, List<InputProblem> problems) {
        Map<String, Object> fields = content.values();
        return new Metadata(
                publicationDate(content, problems),
                firstText(fields, "section", "category", "categories"),
                firstText(fields, "source", "agency"),
                firstText(fields, "title"),
                firstText(fields, "author", "byline"),
                fields);
    }

    private static LocalDate publicationDate(Content content, List<InputProblem> problems) {
        Object value = content.values().get("date");
        if (value == null) {
            return null;
        }
        String written = text(value);
        LocalDate date = written == null ? null : WrittenDate.parse(written.strip());
        if (date == null) {
            String shown = written == null ? kind(value) : "\"" + written + "\"";
            problems.add(problem("Front matter date is not a date: " + shown + " (expected YYYY-MM-DD)",
                    content.keys().getOrDefault("date", Position.START)));
        }
        return date;
    }

    /** The first of {@code keys} that has a usable text; of a list, its first item counts. */
    private static String firstText(Map<String, Object> fields, String... keys) {
        for (String key : keys) {
            Object value = fields.get(key);
            if (value instanceof List<?> list) {
                value = list.isEmpty() ? null : list.get(0);
            }
            String text = text(value);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    /**
     * What a value that is not text is, for messages: not the value itself, which aliases can make
     * huge or make contain itself, so that printing it never ends.
     */
    private static String kind(Object value) {
        if (value instanceof List<?>) {
            return "a list";
        }
        return value instanceof Map<?, ?> ? "a mapping" : "a value that is not text";
    }

    private static String text(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                ? String.valueOf(value) : null;
    }

    private static InputProblem problem(String message, Position position) {
        return new InputProblem(message, CONTENT_FIRST_LINE + position.line(), position.column() + 1);
    }

    private static Content loadYaml(String yaml) throws Broken {
        try {
            checkDepth(yaml);
            Optional<Node> root = new Compose(YAML_SETTINGS).composeString(yaml);
            if (root.isEmpty()) {
                return new Content(Map.of(), Map.of(), List.of());
            }
            if (!(root.get() instanceof MappingNode mapping)) {
                throw new Broken("expected \"key: value\" lines, found " + describe(root.get()),
                        position(root.get().getStartMark()));
            }
            // Composing first, then constructing, is what Load does; the nodes also tell where each key stands.
            Object loaded = new StandardConstructor(YAML_SETTINGS).constructSingleDocument(root);
            List<Scalar> scalars = new ArrayList<>();
            collectScalars(mapping, "", scalars, Collections.newSetFromMap(new IdentityHashMap<>()));
            return new Content(withoutNulls((Map<?, ?>) loaded), keyPositions(mapping), scalars);
        } catch (MarkedYamlEngineException e) {
            throw new Broken(firstLine(e.getProblem()), position(e.getProblemMark().or(e::getContextMark)));
        } catch (YamlEngineException e) {
            throw new Broken(firstLine(e.getMessage()), Position.START);
        }
    }

    private static void checkDepth(String yaml) throws Broken {
        if (indicators(yaml) <= MAX_YAML_DEPTH) {
            return;
        }
        int depth = 0;
        for (Event event : new Parse(YAML_SETTINGS).parseString(yaml)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_YAML_DEPTH) {
                        throw new Broken("lists and mappings nested more than " + MAX_YAML_DEPTH + " deep",
                                position(event.getStartMark()));
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                    // Scalars, aliases and document markers do not nest.
                }
            }
        }
    }

    /**
     * Every list or mapping opens with one of these characters of its own ({@code - [ : { ?}), so
     * front matter with no more of them than the depth limit cannot nest past it, and is not parsed
     * twice to find out.
     */
    private static int indicators(String yaml) {
        int count = 0;
        for (int i = 0; i < yaml.length(); i++) {
            switch (yaml.charAt(i)) {
                case '-', '[', ':', '{', '?' -> count++;
                default -> {
                    // Other characters open no collection.
                }
            }
        }
        return count;
    }

    private static String describe(Node node) {
        return switch (node.getNodeType()) {
            case SEQUENCE -> "a list";
            case SCALAR -> "a single value";
            default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** Metadata keeps its fields in an immutable map, which takes no null keys or values. */
    private static Map<String, Object> withoutNulls(Map<?, ?> loaded) {
        Map<String, Object> values = new LinkedHashMap<>();
        loaded.forEach((key, value) -> {
            if (key != null && value != null) {
                values.put(String.valueOf(key), value);
            }
        });
        return values;
    }

    /**
     * Every text value with its field name ({@code image.credit} inside a mapping) and place; list
     * items take their list's name. An alias can make a mapping contain itself, so each node is
     * walked once.
     */
    private static void collectScalars(MappingNode mapping, String prefix, List<Scalar> scalars, Set<Node> seen) {
        if (!seen.add(mapping)) {
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            String field = prefix + key.getValue();
            Node value = tuple.getValueNode();
            if (value instanceof ScalarNode scalar) {
                scalars.add(new Scalar(field, scalar.getValue(), position(scalar.getStartMark())));
            } else if (value instanceof SequenceNode sequence && seen.add(sequence)) {
                for (Node item : sequence.getValue()) {
                    if (item instanceof ScalarNode scalar) {
                        scalars.add(new Scalar(field, scalar.getValue(), position(scalar.getStartMark())));
                    }
                }
            } else if (value instanceof MappingNode nested) {
                collectScalars(nested, field + ".", scalars, seen);
            }
        }
    }

    private static Map<String, Position> keyPositions(MappingNode mapping) {
        Map<String, Position> keys = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                keys.putIfAbsent(key.getValue(), position(key.getStartMark()));
            }
        }
        return keys;
    }

    private static Position position(Optional<Mark> mark) {
        return mark.map(m -> new Position(m.getLine(), m.getColumn())).orElse(Position.START);
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable YAML" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }

    private static String lineAt(String text, int start) {
        return text.substring(start, lineEnd(text, start));
    }

    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    /** The two kinds of front matter, told apart by their opening line. */
    private enum Syntax {
        YAML("---", "---", "..."),
        TOML("+++", "+++");

        private final String fence;
        private final List<String> closings;

        Syntax(String fence, String... closings) {
            this.fence = fence;
            this.closings = List.of(closings);
        }

        static Syntax opening(String firstLine) {
            for (Syntax syntax : values()) {
                if (firstLine.stripTrailing().equals(syntax.fence)) {
                    return syntax;
                }
            }
            return null;
        }

        /** Offset of the closing line's first character, or -1. */
        int findClosing(String text, int from) {
            int start = from;
            while (start < text.length()) {
                if (closings.contains(lineAt(text, start).stripTrailing())) {
                    return start;
                }
                start = lineEnd(text, start) + 1;
            }
            return -1;
        }

        String missingClosing() {
            return "no closing " + String.join(" or ", closings) + " line";
        }

        Content load(String content) throws Broken {
            return this == YAML ? loadYaml(content) : TomlFrontMatter.parse(content);
        }
    }

    /** A place in the front matter's content: 0-based line and 0-based column in code points. */
    record Position(int line, int column) {
        static final Position START = new Position(0, 0);
    }

    /**
     * The top-level values as loaded (no nulls), where each top-level key stands, and every text
     * value with its place.
     */
    record Content(Map<String, Object> values, Map<String, Position> keys, List<Scalar> scalars) {
    }

    /** A value as text, the field it belongs to, and where it starts (at its quote, if quoted). */
    record Scalar(String field, String text, Position start) {
    }

    /** The front matter cannot be read; {@code reason} says why, for the author. */
    static final class Broken extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Position position;

        /** Carries no stack trace: it is an expected outcome for a bad file, not a failure. */
        Broken(String reason, Position position) {
            super(reason, null, false, false);
            this.position = position;
        }
    }
}
