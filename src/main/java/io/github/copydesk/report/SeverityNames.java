package io.github.copydesk.report;

import io.github.copydesk.rule.Severity;

/** What each format calls copydesk's levels, where it has names of its own. */
final class SeverityNames {
    private SeverityNames() {
    }

    /** SARIF's {@code level}. */
    static String sarif(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** The workflow command GitHub Actions turns into an annotation of that level. */
    static String githubCommand(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /**
     * GitLab Code Quality's level (info, minor, major, critical, blocker): an error is
     * {@code major}, a warning {@code minor}, a note {@code info}. {@code critical} and
     * {@code blocker} stay for security flaws and broken builds, which copydesk does not report.
     */
    static String gitlab(Severity severity) {
        return switch (severity) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }
}
