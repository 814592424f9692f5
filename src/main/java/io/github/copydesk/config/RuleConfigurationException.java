package io.github.copydesk.config;

import java.util.List;

/**
 * Rules that cannot be used: a malformed or invalid rule file, a rule whose own examples fail,
 * or a parameter naming a rule that does not exist. Each problem names its file and line.
 */
public class RuleConfigurationException extends Exception {
    private final List<String> problems;

    public RuleConfigurationException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public RuleConfigurationException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
