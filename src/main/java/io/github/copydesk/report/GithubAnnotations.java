package io.github.copydesk.report;

import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands, which GitHub shows as annotations on the article's lines:
 * {@code ::error file=...,line=...,col=...,endLine=...,endColumn=...,title=copydesk [rule]::message}.
 * They must reach standard output unprefixed, which is why they do not go through Maven's log.
 * GitHub shows at most {@value #PER_LEVEL} annotations of each level per step and
 * {@value #PER_JOB} per job and drops the rest unsaid, so when there are more findings this
 * writes the ones it chooses (errors first, then warnings, then notes, each level in file order)
 * and the step summary says how many were left out.
 */
final class GithubAnnotations implements ReportWriter {
    /** GitHub's limit of annotations of one level (error, warning, notice) in a step. */
    static final int PER_LEVEL = 10;
    /**
     * GitHub's limit of annotations in a job. One step writes at most three levels' worth, fewer;
     * the limit matters to a job that runs copydesk in several steps, and the summary names it.
     */
    static final int PER_JOB = 50;

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (Finding finding : annotated(report.findings())) {
            out.write(command(finding));
            out.write('\n');
        }
    }

    /**
     * The findings GitHub will show, in the order they are written: the most serious first, each
     * level in report (file) order, up to {@value #PER_LEVEL} per level.
     */
    static List<Finding> annotated(List<Finding> findings) {
        List<Finding> bySeverity = new ArrayList<>(findings);
        bySeverity.sort(Comparator.comparing(Finding::severity));
        Map<Severity, Integer> taken = new EnumMap<>(Severity.class);
        List<Finding> annotated = new ArrayList<>();
        for (Finding finding : bySeverity) {
            if (taken.merge(finding.severity(), 1, Integer::sum) <= PER_LEVEL) {
                annotated.add(finding);
            }
        }
        return annotated;
    }

    static String command(Finding finding) {
        return "::" + SeverityNames.githubCommand(finding.severity())
                + " file=" + escapeProperty(finding.path())
                + ",line=" + finding.line()
                + ",col=" + finding.column()
                + ",endLine=" + finding.endLine()
                + ",endColumn=" + finding.endColumn()
                + ",title=" + escapeProperty("copydesk [" + finding.ruleId() + "]")
                + "::" + escapeData(finding.message());
    }

    /** The escaping GitHub's runner undoes in a command's message. */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value additionally must not contain the separators {@code :} and {@code ,}. */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
