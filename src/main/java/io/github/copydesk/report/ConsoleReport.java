package io.github.copydesk.report;

import io.github.copydesk.rule.Finding;
import java.util.Locale;

/** The console's words: one line per finding, then a summary in checkstyle's wording. */
public final class ConsoleReport {
    private ConsoleReport() {
    }

    /** {@code path:line:column: [rule-id] message}; the log level in front comes from the severity. */
    public static String line(Finding finding) {
        return finding.path() + ":" + finding.line() + ":" + finding.column() + ": [" + finding.ruleId() + "] "
                + finding.message();
    }

    /**
     * "You have 1 copydesk violation." — {@code violations} are findings at or above the failing
     * level, {@code warnings} those below it.
     */
    public static String summary(long violations, long warnings) {
        String text = String.format(Locale.ROOT, "You have %d copydesk %s", violations, plural(violations, "violation"));
        if (warnings > 0) {
            text += String.format(Locale.ROOT, " and %d copydesk %s", warnings, plural(warnings, "warning"));
        }
        return text + ".";
    }

    private static String plural(long count, String word) {
        return count == 1 ? word : word + "s";
    }
}
