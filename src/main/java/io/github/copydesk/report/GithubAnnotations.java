package io.github.copydesk.report;

import io.github.copydesk.rule.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one per finding, which GitHub shows as annotations on the
 * article's lines: {@code ::error file=...,line=...,col=...,endLine=...,endColumn=...,title=copydesk [rule]::message}.
 * They must reach standard output unprefixed, which is why they do not go through Maven's log.
 */
final class GithubAnnotations implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (Finding finding : report.findings()) {
            out.write(command(finding));
            out.write('\n');
        }
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
