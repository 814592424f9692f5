package io.github.copydesk.article;

import io.github.copydesk.article.FrontMatter.Content;
import io.github.copydesk.article.FrontMatter.Position;
import io.github.copydesk.article.FrontMatter.Scalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads the shape most front matter has, top-level {@code key: value} lines and lists of values
 * ({@code - item} lines under a key), with the values plain or quoted on one line, and gives
 * exactly what the full YAML parser gives for it. Any other text, and anything in this shape that
 * a simple reading could get wrong (comments, escapes, numbers, a repeated key, a line break other
 * than {@code \n}), is not read here but left to the full parser, which reports what is broken.
 *
 * <p>On a header of a few lines the full parser took about a fifth of a Markdown article's whole
 * reading, and most front matter has this shape.
 */
final class FlatYaml {
    /** Longer front matter is rare and may hold anything: it goes to the full parser, with its limits. */
    private static final int MAX_LENGTH = 8_192;
    /** YAML reads a key on one line only up to a length; a longer one is the full parser's to judge. */
    private static final int MAX_KEY_LENGTH = 128;
    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

    private final String yaml;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Position> keys = new HashMap<>();
    private final List<Scalar> scalars = new ArrayList<>();
    /** The list being filled by {@code - item} lines, and its field; null after a line with a value. */
    private List<Object> list;
    private String listField;
    private int listIndent = -1;
    /** The line being read: its number from 0, where it starts, and where its line break stands. */
    private int line;
    private int lineStart;
    private int lineEnd;

    private FlatYaml(String yaml) {
        this.yaml = yaml;
    }

    /** What the full parser reads from {@code yaml}, or empty where this reading does not apply. */
    static Optional<Content> read(String yaml) {
        if (yaml.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        FlatYaml reader = new FlatYaml(yaml);
        if (!reader.readLines() || reader.keys.isEmpty() || !reader.closeList()) {
            return Optional.empty();
        }
        return Optional.of(new Content(reader.values, reader.keys, reader.scalars));
    }

    private boolean readLines() {
        for (lineStart = 0; lineStart < yaml.length(); lineStart = lineEnd + 1, line++) {
            int newline = yaml.indexOf('\n', lineStart);
            lineEnd = newline < 0 ? yaml.length() : newline;
            if (!readLine()) {
                return false;
            }
        }
        return true;
    }

    private boolean readLine() {
        for (int i = lineStart; i < lineEnd; i++) {
            if (!isSimple(yaml.charAt(i))) {
                return false;
            }
        }
        int indent = skipSpaces(lineStart);
        if (indent == lineEnd) {
            return true;
        }
        if (yaml.charAt(indent) == '-' && indent + 1 < lineEnd && yaml.charAt(indent + 1) == ' ') {
            return readItem(indent);
        }
        return indent == lineStart && closeList() && readEntry();
    }

    /** {@code key: value}, or {@code key:} that opens a list. */
    private boolean readEntry() {
        int colon = lineStart;
        while (colon < lineEnd && isKeyChar(yaml.charAt(colon))) {
            colon++;
        }
        if (colon == lineStart || colon - lineStart > MAX_KEY_LENGTH || !Character.isLetter(yaml.charAt(lineStart))
                || colon == lineEnd || yaml.charAt(colon) != ':'
                || colon + 1 < lineEnd && yaml.charAt(colon + 1) != ' ') {
            return false;
        }
        String key = yaml.substring(lineStart, colon);
        if (keys.containsKey(key) || !Tag.STR.equals(RESOLVER.resolve(key, true))) {
            return false;
        }
        keys.put(key, new Position(line, 0));
        int valueStart = skipSpaces(colon + 1);
        if (valueStart == lineEnd) {
            list = new ArrayList<>();
            listField = key;
            return true;
        }
        return readValue(valueStart, key, value -> {
            if (value != null) {
                values.put(key, value);
            }
        });
    }

    /** {@code - item} under a {@code key:} line, all items of a list indented alike. */
    private boolean readItem(int dash) {
        int indent = dash - lineStart;
        if (list == null || listIndent >= 0 && indent != listIndent) {
            return false;
        }
        listIndent = indent;
        int valueStart = skipSpaces(dash + 2);
        return valueStart < lineEnd && readValue(valueStart, listField, list::add);
    }

    /** A list ends at the next key; {@code key:} with no items under it is left to the full parser. */
    private boolean closeList() {
        if (list == null) {
            return true;
        }
        if (list.isEmpty()) {
            return false;
        }
        values.put(listField, list);
        list = null;
        listIndent = -1;
        return true;
    }

    /** The value from {@code start} to the line's end, as the value of {@code field}. */
    private boolean readValue(int start, String field, Consumer<Object> add) {
        int last = lineEnd;
        while (yaml.charAt(last - 1) == ' ') {
            last--;
        }
        char first = yaml.charAt(start);
        String text;
        Object value;
        if (first == '"' || first == '\'') {
            // One line, closed at its end, with nothing inside that the syntax would change.
            if (last - start < 2 || yaml.charAt(last - 1) != first) {
                return false;
            }
            text = yaml.substring(start + 1, last - 1);
            if (text.indexOf(first) >= 0 || first == '"' && text.indexOf('\\') >= 0) {
                return false;
            }
            value = text;
        } else {
            text = yaml.substring(start, last);
            if (!isPlain(text)) {
                return false;
            }
            Tag tag = RESOLVER.resolve(text, true);
            if (Tag.STR.equals(tag)) {
                value = text;
            } else if (Tag.NULL.equals(tag)) {
                value = null;
            } else if (Tag.BOOL.equals(tag)) {
                value = Boolean.valueOf(text);
            } else {
                return false;
            }
        }
        scalars.add(new Scalar(field, text, new Position(line, start - lineStart)));
        add.accept(value);
        return true;
    }

    /**
     * A plain value that reads as written: it opens with no indicator, and holds no comment, no
     * {@code ": "} and no colon at its end, which YAML would read as something else.
     */
    private static boolean isPlain(String text) {
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) >= 0 || text.endsWith(":")) {
            return false;
        }
        return !text.contains(": ") && !text.contains(" #");
    }

    /**
     * Printable characters of the Basic Multilingual Plane, and no tab, carriage return, byte
     * order mark or Unicode line separator: where the full parser's reading of a character might
     * differ from its face value, it reads the text.
     */
    private static boolean isSimple(char c) {
        return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c < 0xD800 && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private int skipSpaces(int from) {
        int at = from;
        while (at < lineEnd && yaml.charAt(at) == ' ') {
            at++;
        }
        return at;
    }
}
