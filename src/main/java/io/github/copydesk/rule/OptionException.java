package io.github.copydesk.rule;

import java.util.List;

/**
 * A rule option with a value its check cannot use; the loader adds the file and line. {@code item}
 * is the index of the list item or mapping entry at fault, or -1 for the option as a whole;
 * {@code given} and {@code choices}, when set, let the loader name the nearest valid value.
 */
public class OptionException extends RuntimeException {
    private final String option;
    private final int item;
    private final String given;
    private final List<String> choices;

    public OptionException(String option, String message) {
        this(option, -1, message);
    }

    public OptionException(String option, int item, String message) {
        this(option, item, message, null, List.of());
    }

    private OptionException(String option, int item, String message, String given, List<String> choices) {
        super(message);
        this.option = option;
        this.item = item;
        this.given = given;
        this.choices = List.copyOf(choices);
    }

    /** {@code given} is not one of the values {@code option} takes. */
    public static OptionException unknownValue(String option, String given, List<String> choices) {
        return new OptionException(option, -1, "option '" + option + "' has an unknown value '" + given + "'",
                given, choices);
    }

    public String option() {
        return option;
    }

    public int item() {
        return item;
    }

    public String given() {
        return given;
    }

    public List<String> choices() {
        return choices;
    }
}
