package io.github.copydesk.report;

import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The Markdown job summary the {@code github} format adds to {@code $GITHUB_STEP_SUMMARY}: the
 * totals, a table of the rules that found something, the first findings of each article, and,
 * when GitHub's annotation limits left findings without an annotation, how many and in which
 * report files they all are. Every piece of article text, path and message is escaped, so an
 * article cannot put markup into the summary.
 */
final class GithubStepSummary {
    /** How many articles with findings the summary lists; the rest are counted. */
    static final int ARTICLES_SHOWN = 50;
    /** How long a rule's description may be in the table; the rule's help has all of it. */
    static final int DESCRIPTION_LENGTH = 100;
    /** How many findings of an article the summary lists; the rest are counted. */
    static final int FINDINGS_PER_ARTICLE = 5;

    private GithubStepSummary() {
    }

    /** Writes the summary of {@code report}; {@code reportFiles} are the report files the run wrote, as paths to show. */
    static void write(Report report, List<String> reportFiles, Writer out) throws IOException {
        StringBuilder md = new StringBuilder("## copydesk\n\n");
        totals(md, report);
        if (!report.findings().isEmpty()) {
            leftOut(md, report, reportFiles);
            byRule(md, report);
            byArticle(md, report);
        }
        out.write(md.toString());
    }

    private static void totals(StringBuilder md, Report report) {
        int checked = report.files().size();
        md.append(checked).append(checked == 1 ? " article" : " articles").append(" checked");
        if (report.findings().isEmpty()) {
            md.append(": no findings.\n\n");
            return;
        }
        long violations = report.findings().stream().filter(report::isViolation).count();
        long articles = report.findings().stream().map(Finding::path).distinct().count();
        md.append(", ").append(articles).append(" with findings: **")
                .append(violations).append(violations == 1 ? " violation**" : " violations**")
                .append(" (findings at ").append(report.violationSeverity().id()).append(" or above)");
        long others = report.findings().size() - violations;
        if (others > 0) {
            md.append(" and ").append(others).append(others == 1 ? " other finding" : " other findings");
        }
        md.append(".\n\n| level | findings |\n|---|---:|\n");
        for (Map.Entry<Severity, Long> count : report.countBySeverity().entrySet()) {
            md.append("| ").append(count.getKey().id()).append(" | ").append(count.getValue()).append(" |\n");
        }
        md.append('\n');
    }

    /** Says how many findings GitHub's limits left without an annotation, and where every finding is. */
    private static void leftOut(StringBuilder md, Report report, List<String> reportFiles) {
        List<Finding> annotated = GithubAnnotations.annotated(report.findings());
        if (annotated.size() == report.findings().size()) {
            return;
        }
        md.append("> [!WARNING]\n> GitHub shows at most ").append(GithubAnnotations.PER_LEVEL)
                .append(" annotations of each level per step and ").append(GithubAnnotations.PER_JOB)
                .append(" per job, so ").append(report.findings().size() - annotated.size()).append(" of ")
                .append(report.findings().size()).append(" findings are not annotated on the files (");
        String separator = "";
        for (Severity severity : Severity.values()) {
            long all = report.findings().stream().filter(f -> f.severity() == severity).count();
            long shown = annotated.stream().filter(f -> f.severity() == severity).count();
            if (all > shown) {
                md.append(separator).append(all - shown).append(" of ").append(all).append(' ').append(severity.id());
                separator = ", ";
            }
        }
        md.append("); errors were annotated first, then each level in file order.\n> ");
        if (reportFiles.isEmpty()) {
            md.append("Every finding is in the build log; add `sarif` or `html` to `outputFormats` to have them in a file.");
        } else {
            md.append("Every finding is in ");
            for (int i = 0; i < reportFiles.size(); i++) {
                md.append(i == 0 ? "" : i == reportFiles.size() - 1 ? " and " : ", ")
                        .append(MarkdownText.inline(reportFiles.get(i)));
            }
            md.append('.');
        }
        md.append("\n\n");
    }

    /** One row per rule that found something: its findings of each level and the articles it found them in. */
    private static void byRule(StringBuilder md, Report report) {
        md.append("### Findings by rule\n\n| rule | error | warning | info | articles | what it checks |\n"
                + "|---|---:|---:|---:|---:|---|\n");
        for (ReportedRule rule : report.rulesFound()) {
            List<Finding> found = report.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
            md.append("| ").append(MarkdownText.inline(rule.id()));
            for (Severity severity : Severity.values()) {
                md.append(" | ").append(found.stream().filter(f -> f.severity() == severity).count());
            }
            md.append(" | ").append(found.stream().map(Finding::path).distinct().count())
                    .append(" | ").append(MarkdownText.inline(brief(SarifWriter.shortDescription(rule)))).append(" |\n");
        }
        md.append('\n');
    }

    /** {@code text} cut after its last whole word within {@value #DESCRIPTION_LENGTH} characters, marked with an ellipsis. */
    static String brief(String text) {
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int end = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, end > 0 ? end : DESCRIPTION_LENGTH - 1).stripTrailing() + "…";
    }

    /** The first findings of the first articles with findings, in report order. */
    private static void byArticle(StringBuilder md, Report report) {
        md.append("### Findings by article\n\n");
        int listed = 0;
        int withFindings = 0;
        for (Map.Entry<String, List<Finding>> file : report.findingsByFile().entrySet()) {
            List<Finding> findings = file.getValue();
            if (findings.isEmpty()) {
                continue;
            }
            withFindings++;
            if (listed == ARTICLES_SHOWN) {
                continue;
            }
            listed++;
            md.append("**").append(MarkdownText.inline(file.getKey())).append("**: ").append(findings.size())
                    .append(findings.size() == 1 ? " finding\n\n" : " findings\n\n");
            for (Finding finding : findings.subList(0, Math.min(FINDINGS_PER_ARTICLE, findings.size()))) {
                md.append("- ").append(finding.line()).append(':').append(finding.column()).append(' ')
                        .append(finding.severity().id()).append(' ').append(MarkdownText.inline(finding.ruleId()))
                        .append(": ").append(MarkdownText.inline(finding.message())).append('\n');
            }
            if (findings.size() > FINDINGS_PER_ARTICLE) {
                md.append("- and ").append(findings.size() - FINDINGS_PER_ARTICLE).append(" more\n");
            }
            md.append('\n');
        }
        if (withFindings > listed) {
            md.append("And ").append(withFindings - listed).append(withFindings - listed == 1 ? " more article" : " more articles")
                    .append(" with findings.\n\n");
        }
    }
}
