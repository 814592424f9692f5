package io.github.copydesk.report;

import io.github.copydesk.config.Baseline;
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

    /** "3 findings suppressed by copydesk-disable comments or the suppressions file." */
    public static String suppressedSummary(long suppressed) {
        return suppressed + " " + plural(suppressed, "finding") + " suppressed by copydesk comments or the suppressions file.";
    }

    /** "12 findings are in the baseline." */
    public static String baselinedSummary(long baselined) {
        return baselined + (baselined == 1 ? " finding is" : " findings are") + " in the baseline.";
    }

    /** A baseline entry no finding matches: {@code path:line: [rule-id] fixed since the baseline: "text"}. */
    public static String fixedEntry(Baseline.Entry entry) {
        return entry.path() + ":" + entry.line() + ": [" + entry.rule() + "] fixed since the baseline: \"" + entry.text()
                + "\"";
    }

    /** The advice under the list of fixed entries. */
    public static String fixedEntriesSummary(int fixed) {
        return fixed + " baseline " + (fixed == 1 ? "entry" : "entries")
                + " no longer " + (fixed == 1 ? "matches" : "match") + " a finding: run copydesk:baseline to refresh the file.";
    }

    private static String plural(long count, String word) {
        return count == 1 ? word : word + "s";
    }
}
