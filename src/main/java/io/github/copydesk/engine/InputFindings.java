package io.github.copydesk.engine;

import io.github.copydesk.article.InputProblem;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;

/** Findings of the {@code copydesk-input} rule: a file that could not be read or parsed as it should. */
public final class InputFindings {
    public static final String RULE_ID = "copydesk-input";

    private InputFindings() {
    }

    public static Finding of(String path, InputProblem problem) {
        return new Finding(path, problem.line(), problem.column(), problem.line(), problem.column() + 1,
                RULE_ID, Severity.ERROR, problem.message(), "", "", "");
    }

    /** A warning about the path itself, such as a link that is not followed. */
    public static Finding warning(String path, String message) {
        return new Finding(path, 1, 1, 1, 2, RULE_ID, Severity.WARNING, message, "", "", "");
    }

    public static Finding at(String path, int line, int column, String message) {
        return of(path, new InputProblem(message, line, column));
    }
}
