package io.github.copydesk.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; ordered from most to least serious. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case name used in rule files, parameters and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The names rule files and parameters use: error, warning, info. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Severity::id).toList();
    }

    public static Optional<Severity> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = value.trim().toUpperCase(Locale.ROOT);
        if (normalised.equals("WARN")) {
            return Optional.of(WARNING);
        }
        for (Severity severity : values()) {
            if (severity.name().equals(normalised)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    /** True when this is as serious as {@code threshold} or more. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
