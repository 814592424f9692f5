package io.github.copydesk.article;

import io.github.copydesk.article.FrontMatter.Broken;
import io.github.copydesk.article.FrontMatter.Content;
import io.github.copydesk.article.FrontMatter.Position;
import io.github.copydesk.article.FrontMatter.Scalar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads TOML front matter with tomlj, and places every key and text value in the source. Dates
 * are kept as written, as YAML front matter keeps them. tomlj places a key at its first
 * character and an array's item just after the bracket or comma before it; a value is found
 * from there, past the {@code =} or the blanks, newlines and comments in between.
 */
final class TomlFrontMatter {
    /** Front matter is flat; this much nesting is broken input, and unbounded it overflows the parser's stack. */
    static final int MAX_DEPTH = 32;

    private final String toml;
    private final SourcePlaces places;
    private final List<Scalar> scalars = new ArrayList<>();

    private TomlFrontMatter(String toml) {
        this.toml = toml;
        this.places = new SourcePlaces(toml);
    }

    static Content parse(String toml) throws Broken {
        checkDepthAndEscapes(toml);
        TomlParseResult result;
        try {
            result = Toml.parse(toml);
        } catch (RuntimeException | AssertionError e) {
            // The parser's own checks are its last word on input no rule above foresaw.
            throw new Broken("cannot read the TOML: " + e.getClass().getSimpleName(), Position.START);
        }
        if (result.hasErrors()) {
            TomlParseError error = result.errors().get(0);
            String message = error.getMessage().replaceFirst("\\s*\\(line \\d+, column \\d+\\)$", "");
            throw new Broken(message, position(error.position()));
        }
        TomlFrontMatter reader = new TomlFrontMatter(toml);
        Map<String, Position> keys = new HashMap<>();
        for (String key : result.keySet()) {
            keys.put(key, position(result.inputPositionOf(List.of(key))));
        }
        Map<String, Object> values = reader.table(result, "");
        return new Content(values, keys, reader.scalars);
    }

    /** The table's values as plain Java values, collecting its text values under {@code prefix}. */
    private Map<String, Object> table(TomlTable table, String prefix) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            List<String> path = List.of(key);
            Object value = table.get(path);
            String field = prefix + key;
            if (value instanceof TomlTable nested) {
                values.put(key, table(nested, field + "."));
            } else if (value instanceof TomlArray array) {
                values.put(key, array(array, field));
            } else {
                int keyAt = places.offset(table.inputPositionOf(path));
                values.put(key, scalar(value, field, places.valueAfterKey(keyAt)));
            }
        }
        return values;
    }

    /** An array's items; text items are text values of the array's field, as a YAML list's are. */
    private List<Object> array(TomlArray array, String field) {
        List<Object> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            Object item = array.get(i);
            if (item instanceof TomlTable nested) {
                items.add(table(nested, field + "."));
            } else if (item instanceof TomlArray inner) {
                items.add(array(inner, field));
            } else {
                items.add(scalar(item, field, places.valueFrom(places.offset(array.inputPositionOf(i)))));
            }
        }
        return items;
    }

    private Object scalar(Object value, String field, int start) {
        boolean dateOrTime = value instanceof LocalDate || value instanceof LocalDateTime
                || value instanceof OffsetDateTime || value instanceof LocalTime;
        Object plain = dateOrTime ? places.token(start) : value;
        scalars.add(new Scalar(field, String.valueOf(plain), places.position(start)));
        return plain;
    }

    private static Position position(TomlPosition position) {
        return position == null ? Position.START : new Position(position.line() - 1, position.column() - 1);
    }

    /**
     * Arrays and inline tables nested deeper than {@link #MAX_DEPTH} are broken, found before the
     * parser recurses into them: brackets are counted outside strings and comments. A unicode
     * escape without its hex digits is broken too: the parser fails an assertion on it.
     */
    private static void checkDepthAndEscapes(String toml) throws Broken {
        int depth = 0;
        int line = 0;
        int lineStart = 0;
        int i = 0;
        boolean keyPart = true;
        while (i < toml.length()) {
            char c = toml.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                keyPart = depth == 0;
                i++;
            } else if (c == '#') {
                while (i < toml.length() && toml.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                int end = skipString(toml, i);
                if (c == '"') {
                    checkEscapes(toml, i, end, line, lineStart);
                }
                for (int k = i; k < end; k++) {
                    if (toml.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end;
            } else if (c == '=') {
                keyPart = false;
                i++;
            } else if ((c == '[' || c == '{') && !keyPart) {
                if (++depth > MAX_DEPTH) {
                    throw new Broken("arrays nested more than " + MAX_DEPTH + " deep",
                            new Position(line, toml.codePointCount(lineStart, i)));
                }
                i++;
            } else if ((c == ']' || c == '}') && !keyPart) {
                depth = Math.max(0, depth - 1);
                i++;
            } else {
                i++;
            }
        }
    }

    private static void checkEscapes(String toml, int from, int to, int line, int lineStart) throws Broken {
        for (int i = from; i < to; i++) {
            if (toml.charAt(i) != '\\' || i + 1 >= to) {
                continue;
            }
            char kind = toml.charAt(i + 1);
            int digits = kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
            for (int d = 0; d < digits; d++) {
                if (i + 2 + d >= to || Character.digit(toml.charAt(i + 2 + d), 16) < 0) {
                    int escapeLine = line + (int) toml.substring(from, i).chars().filter(ch -> ch == '\n').count();
                    int escapeLineStart = Math.max(lineStart, toml.lastIndexOf('\n', i) + 1);
                    throw new Broken("bad unicode escape", new Position(escapeLine,
                            toml.codePointCount(escapeLineStart, i)));
                }
            }
            i++;
        }
    }

    /** The offset just past the string opening at {@code start}; a string left open runs to its line's end. */
    private static int skipString(String toml, int start) {
        char quote = toml.charAt(start);
        String triple = String.valueOf(quote).repeat(3);
        if (toml.startsWith(triple, start)) {
            int close = toml.indexOf(triple, start + 3);
            return close < 0 ? toml.length() : close + 3;
        }
        int i = start + 1;
        while (i < toml.length() && toml.charAt(i) != quote && toml.charAt(i) != '\n') {
            i += quote == '"' && toml.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(toml.length(), i + 1);
    }

    /**
     * Turns tomlj's places (1-based lines, 1-based columns in code points) into offsets of the
     * source and back. Places are asked for in document order, so each line's count of code points
     * goes on from where it last stopped: counted from the line's start each time, an array of
     * 20,000 values on one line would cost quadratic time.
     */
    private static final class SourcePlaces {
        private final String text;
        private final LineIndex lines;
        /** The 0-based line, offset and column where counting last stopped. */
        private int countedLine = -1;
        private int countedOffset;
        private int countedColumn;

        SourcePlaces(String text) {
            this.text = text;
            this.lines = new LineIndex(text);
        }

        int offset(TomlPosition position) {
            if (position == null) {
                return 0;
            }
            int line = position.line() - 1;
            int column = position.column() - 1;
            if (line != countedLine || column < countedColumn) {
                countedLine = line;
                countedOffset = lines.lineStart(position.line());
                countedColumn = 0;
            }
            while (countedColumn < column && countedOffset < text.length() && text.charAt(countedOffset) != '\n') {
                countedOffset += Character.charCount(text.codePointAt(countedOffset));
                countedColumn++;
            }
            return countedOffset;
        }

        Position position(int offset) {
            int line = lines.line(offset) - 1;
            if (line != countedLine || offset < countedOffset) {
                countedLine = line;
                countedOffset = lines.lineStart(line + 1);
                countedColumn = 0;
            }
            countedColumn += text.codePointCount(countedOffset, offset);
            countedOffset = offset;
            return new Position(line, countedColumn);
        }

        /** A key's value: past the key, its {@code =} and the blanks after it. */
        int valueAfterKey(int keyAt) {
            int i = keyAt;
            while (i < text.length() && text.charAt(i) != '=' && text.charAt(i) != '\n') {
                i = text.charAt(i) == '"' || text.charAt(i) == '\'' ? skipString(text, i) : i + 1;
            }
            return valueFrom(i < text.length() && text.charAt(i) == '=' ? i + 1 : i);
        }

        /** The first character of a value at or after {@code from}: past blanks, newlines, commas and comments. */
        int valueFrom(int from) {
            int i = from;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '#') {
                    while (i < text.length() && text.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',') {
                    i++;
                } else {
                    break;
                }
            }
            return Math.min(i, text.length());
        }

        /** A bare value as written, such as a date: up to a blank, comma, bracket or comment. */
        String token(int start) {
            int end = start;
            while (end < text.length() && " \t\r\n,]}#".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            // A date and a time may be written with a space between them: 1979-05-27 07:32:00Z.
            if (end + 1 < text.length() && text.charAt(end) == ' ' && Character.isDigit(text.charAt(end + 1))
                    && text.charAt(end - 1) != ':') {
                int time = end + 1;
                while (time < text.length() && " \t\r\n,]}#".indexOf(text.charAt(time)) < 0) {
                    time++;
                }
                end = time;
            }
            return text.substring(start, end);
        }
    }
}
