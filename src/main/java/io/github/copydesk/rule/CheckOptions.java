package io.github.copydesk.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code options} of a rule file, read with the types a check expects. */
public final class CheckOptions {
    private final Map<String, Object> values;

    public CheckOptions(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public static CheckOptions none() {
        return new CheckOptions(Map.of());
    }

    public List<String> strings(String name, List<String> defaults) {
        Object value = values.get(name);
        if (value == null) {
            return defaults;
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            List<String> result = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String) && !(item instanceof Number)) {
                    throw new OptionException(name, "option '" + name + "' must be a list of strings");
                }
                result.add(String.valueOf(item));
            }
            return List.copyOf(result);
        }
        throw new OptionException(name, "option '" + name + "' must be a list of strings");
    }

    public boolean bool(String name, boolean defaultValue) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new OptionException(name, "option '" + name + "' must be true or false");
    }

    public int integer(String name, int defaultValue) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Number n && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        throw new OptionException(name, "option '" + name + "' must be a whole number");
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A single text, if the option is set. */
    public Optional<String> text(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String || value instanceof Number) {
            return Optional.of(String.valueOf(value));
        }
        throw new OptionException(name, "option '" + name + "' must be a text");
    }

    /** A whole number, if the option is set. */
    public Optional<Integer> integer(String name) {
        return has(name) ? Optional.of(integer(name, 0)) : Optional.empty();
    }

    /** A mapping of texts to texts ({@code {bad: good}}), in the order written; empty when not set. */
    public Map<String, String> textMap(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Map.of();
        }
        String problem = "option '" + name + "' must be a mapping of texts to texts";
        if (!(value instanceof Map<?, ?> map)) {
            throw new OptionException(name, problem);
        }
        Map<String, String> result = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!isText(entry.getKey()) || !isText(entry.getValue())) {
                throw new OptionException(name, index, problem);
            }
            result.put(String.valueOf(entry.getKey()), String.valueOf(entry.getValue()));
            index++;
        }
        return result;
    }

    /** A list of lists of texts ({@code [[e-mail, email], [Kyiv, Kiev]]}); empty when not set. */
    public List<List<String>> textGroups(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        String problem = "option '" + name + "' must be a list of lists of texts";
        if (!(value instanceof List<?> groups)) {
            throw new OptionException(name, problem);
        }
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (!(groups.get(i) instanceof List<?> group) || !group.stream().allMatch(CheckOptions::isText)) {
                throw new OptionException(name, i, problem);
            }
            result.add(group.stream().map(String::valueOf).toList());
        }
        return List.copyOf(result);
    }

    private static boolean isText(Object value) {
        return value instanceof String || value instanceof Number;
    }
}
