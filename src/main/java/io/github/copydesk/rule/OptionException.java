package io.github.copydesk.rule;

/** A rule option with a value its check cannot use; the loader adds the file and line. */
public class OptionException extends RuntimeException {
    private final String option;

    public OptionException(String option, String message) {
        super(message);
        this.option = option;
    }

    public String option() {
        return option;
    }
}
