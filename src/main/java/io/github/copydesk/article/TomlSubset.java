package io.github.copydesk.article;

import io.github.copydesk.article.FrontMatter.Broken;
import io.github.copydesk.article.FrontMatter.Content;
import io.github.copydesk.article.FrontMatter.Position;
import io.github.copydesk.article.FrontMatter.Scalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the part of TOML that front matter uses: {@code key = value} lines with strings, numbers,
 * booleans, dates and one-line arrays, and one level of {@code [table]}s. Dates are kept as
 * written, as YAML front matter keeps them. Anything else is reported as broken rather than
 * guessed at.
 */
final class TomlSubset {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d[\\d_]*");
    private static final Pattern FLOAT = Pattern.compile("[+-]?\\d[\\d_]*(\\.\\d[\\d_]*)?([eE][+-]?\\d+)?");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?");

    /** Front matter arrays are flat; this much nesting is broken input, and unbounded it overflowed the stack. */
    private static final int MAX_ARRAY_DEPTH = 32;

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Position> keys = new HashMap<>();
    private final List<Scalar> scalars = new ArrayList<>();
    private Map<String, Object> table = values;
    /** The name of the value being read ({@code table.key} inside a table), or null where values are not kept. */
    private String field;
    private String tablePrefix = "";
    private String line;
    private int lineNumber;
    private int pos;
    private int arrayDepth;
    /** Code points of {@link #line} before {@link #countedTo}: columns are counted on from there. */
    private int counted;
    private int countedTo;

    private TomlSubset() {
    }

    static Content parse(String toml) throws Broken {
        TomlSubset reader = new TomlSubset();
        String[] lines = toml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            reader.readLine(lines[i], i);
        }
        return new Content(reader.values, reader.keys, reader.scalars);
    }

    private void readLine(String text, int number) throws Broken {
        line = text;
        lineNumber = number;
        pos = 0;
        counted = 0;
        countedTo = 0;
        skipSpaces();
        if (atCommentOrEnd()) {
            return;
        }
        if (line.startsWith("[[", pos)) {
            // Arrays of tables hold page resources and the like, never article metadata.
            table = new LinkedHashMap<>();
            tablePrefix = null;
        } else if (line.charAt(pos) == '[') {
            readTableHeader();
        } else {
            readKeyValue();
        }
    }

    private void readTableHeader() throws Broken {
        int close = line.indexOf(']', pos);
        if (close < 0) {
            throw broken("no closing ] in the table header");
        }
        String name = line.substring(pos + 1, close).strip();
        pos = close + 1;
        expectLineEnd();
        if (values.containsKey(name)) {
            throw broken("duplicate key " + name);
        }
        table = new LinkedHashMap<>();
        values.put(name, table);
        tablePrefix = name + ".";
    }

    private void readKeyValue() throws Broken {
        Position keyPosition = here();
        String key = readKey();
        skipSpaces();
        if (pos >= line.length() || line.charAt(pos) != '=') {
            throw broken("expected = after the key " + key);
        }
        pos++;
        skipSpaces();
        field = tablePrefix == null ? null : tablePrefix + key;
        Object value = readValue();
        field = null;
        expectLineEnd();
        if (table.containsKey(key)) {
            throw new Broken("duplicate key " + key, keyPosition);
        }
        table.put(key, value);
        if (table == values) {
            keys.put(key, keyPosition);
        }
    }

    private String readKey() throws Broken {
        if (pos < line.length() && (line.charAt(pos) == '"' || line.charAt(pos) == '\'')) {
            return readString();
        }
        int start = pos;
        while (pos < line.length() && isBareKeyChar(line.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw broken("expected a key");
        }
        return line.substring(start, pos);
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private Object readValue() throws Broken {
        if (pos >= line.length()) {
            throw broken("expected a value");
        }
        char first = line.charAt(pos);
        if (line.startsWith("\"\"\"", pos) || line.startsWith("'''", pos)) {
            throw broken("multi-line strings are not supported in front matter");
        }
        if (first == '[') {
            return readArray();
        }
        Position start = here();
        Object value = first == '"' || first == '\'' ? readString() : readBareValue();
        if (field != null) {
            scalars.add(new Scalar(field, String.valueOf(value), start));
        }
        return value;
    }

    private List<Object> readArray() throws Broken {
        if (arrayDepth == MAX_ARRAY_DEPTH) {
            throw broken("arrays nested more than " + MAX_ARRAY_DEPTH + " deep");
        }
        arrayDepth++;
        List<Object> items = new ArrayList<>();
        pos++;
        skipSpaces();
        while (pos < line.length() && line.charAt(pos) != ']') {
            items.add(readValue());
            skipSpaces();
            if (pos < line.length() && line.charAt(pos) == ',') {
                pos++;
                skipSpaces();
            } else if (pos >= line.length() || line.charAt(pos) != ']') {
                throw broken("expected , or ] in the array");
            }
        }
        if (pos >= line.length()) {
            throw broken("arrays must close on the line they open");
        }
        pos++;
        arrayDepth--;
        return items;
    }

    /** A basic ("...", with escapes) or literal ('...') string. */
    private String readString() throws Broken {
        char quote = line.charAt(pos);
        Position start = here();
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < line.length() && line.charAt(pos) != quote) {
            char c = line.charAt(pos++);
            value.append(c == '\\' && quote == '"' ? readEscape() : String.valueOf(c));
        }
        if (pos >= line.length()) {
            throw new Broken("unterminated string", start);
        }
        pos++;
        return value.toString();
    }

    private String readEscape() throws Broken {
        if (pos >= line.length()) {
            throw broken("unfinished escape");
        }
        char c = line.charAt(pos++);
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '"', '\\' -> String.valueOf(c);
            case 'u' -> readUnicodeEscape(4);
            case 'U' -> readUnicodeEscape(8);
            default -> throw broken("unknown escape \\" + c);
        };
    }

    private String readUnicodeEscape(int digits) throws Broken {
        if (pos + digits > line.length()) {
            throw broken("unfinished unicode escape");
        }
        try {
            int codePoint = Integer.parseInt(line.substring(pos, pos + digits), 16);
            pos += digits;
            return Character.toString(codePoint);
        } catch (IllegalArgumentException e) {
            throw broken("bad unicode escape");
        }
    }

    private Object readBareValue() throws Broken {
        int start = pos;
        while (pos < line.length() && ",]#".indexOf(line.charAt(pos)) < 0) {
            pos++;
        }
        String word = line.substring(start, pos).strip();
        pos = start + line.substring(start, pos).stripTrailing().length();
        if (word.equals("true") || word.equals("false")) {
            return Boolean.valueOf(word);
        }
        if (DATE_TIME.matcher(word).matches()) {
            return word;
        }
        try {
            if (INTEGER.matcher(word).matches()) {
                return Long.parseLong(word.replace("_", ""));
            }
            if (FLOAT.matcher(word).matches()) {
                return Double.parseDouble(word.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            // Too large for a long: reported as unreadable below.
        }
        pos = start;
        throw broken("cannot read the value " + (word.isEmpty() ? "" : word + " ")
                + "(strings need quotes)");
    }

    private void expectLineEnd() throws Broken {
        skipSpaces();
        if (!atCommentOrEnd()) {
            throw broken("unexpected text after the value");
        }
    }

    private boolean atCommentOrEnd() {
        return pos >= line.length() || line.charAt(pos) == '#';
    }

    private void skipSpaces() {
        while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) {
            pos++;
        }
    }

    /** Where reading is; counting each place from the line's start made an array of 20,000 values take seconds. */
    private Position here() {
        if (pos < countedTo) {
            counted = 0;
            countedTo = 0;
        }
        int column = counted + line.codePointCount(countedTo, pos);
        // A count resumed between the two halves of a surrogate pair would count the pair twice.
        if (pos == 0 || pos >= line.length() || !Character.isSurrogatePair(line.charAt(pos - 1), line.charAt(pos))) {
            counted = column;
            countedTo = pos;
        }
        return new Position(lineNumber, column);
    }

    private Broken broken(String reason) {
        return new Broken(reason, here());
    }
}
