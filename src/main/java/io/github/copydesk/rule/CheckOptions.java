package io.github.copydesk.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
}
