package io.github.copydesk.report;

import io.github.copydesk.article.ArticleReader;
import io.github.copydesk.article.ArticleText;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained page for editors: the totals, a summary by rule and by file, then every
 * article with findings, each finding shown in its lines with the offending text marked and the
 * rule's description beside it, filterable by rule and severity. The page loads nothing; every
 * piece of article text on it is escaped, and its security policy runs no script but its own.
 */
final class HtmlReportWriter implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(MarkupText.escape(HtmlAssets.CONTENT_SECURITY_POLICY)).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>copydesk report</title>\n<style>").append(HtmlAssets.STYLE).append("</style>\n")
                .append("</head>\n<body>\n");
        writeHeader(html, report);
        writeFilters(html, report);
        writeSummaryByRule(html, report);
        writeSummaryByFile(html, report);
        out.write(html.toString());
        writeArticles(out, report);
        out.write("<script>" + HtmlAssets.SCRIPT + "</script>\n</body>\n</html>\n");
    }

    private static void writeHeader(StringBuilder html, Report report) {
        Map<Severity, Long> counts = report.countBySeverity();
        html.append("<header>\n<h1>copydesk report</h1>\n<p id=\"totals\">")
                .append(count(report.files().size(), "file")).append(" checked: ")
                .append(count(counts.get(Severity.ERROR), "error")).append(", ")
                .append(count(counts.get(Severity.WARNING), "warning")).append(", ")
                .append(counts.get(Severity.INFO)).append(" info")
                .append(" <span class=\"note\">(copydesk ").append(MarkupText.escape(report.toolVersion()))
                .append(")</span></p>\n</header>\n");
    }

    private static void writeFilters(StringBuilder html, Report report) {
        html.append("<form class=\"filters\">\n<label>Rule <select id=\"rule-filter\">")
                .append("<option value=\"\">all rules</option>");
        for (ReportedRule rule : report.rulesFound()) {
            String id = MarkupText.escape(rule.id());
            html.append("<option value=\"").append(id).append("\">").append(id).append("</option>");
        }
        html.append("</select></label>\n<label>Severity <select id=\"severity-filter\">")
                .append("<option value=\"\">all severities</option>");
        for (Severity severity : Severity.values()) {
            html.append("<option value=\"").append(severity.id()).append("\">").append(severity.id()).append("</option>");
        }
        html.append("</select></label>\n</form>\n");
    }

    private static void writeSummaryByRule(StringBuilder html, Report report) {
        html.append("<section id=\"by-rule\">\n<h2>By rule</h2>\n");
        if (report.findings().isEmpty()) {
            html.append("<p>No findings.</p>\n</section>\n");
            return;
        }
        html.append("<table>\n<tr><th>rule</th><th>severity</th><th>findings</th><th>what it checks</th></tr>\n");
        for (ReportedRule rule : report.rulesFound()) {
            long found = report.findings().stream().filter(f -> f.ruleId().equals(rule.id())).count();
            html.append("<tr><td><code>").append(MarkupText.escape(rule.id())).append("</code></td><td>")
                    .append(rule.severity().id()).append("</td><td>").append(found).append("</td><td>")
                    .append(MarkupText.escape(rule.description())).append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    private static void writeSummaryByFile(StringBuilder html, Report report) {
        html.append("<section id=\"by-file\">\n<h2>By file</h2>\n<table>\n")
                .append("<tr><th>file</th><th>errors</th><th>warnings</th><th>info</th></tr>\n");
        int anchor = 0;
        for (Map.Entry<String, List<Finding>> file : report.findingsByFile().entrySet()) {
            String path = MarkupText.escape(file.getKey());
            html.append("<tr><td>");
            if (file.getValue().isEmpty()) {
                html.append(path);
            } else {
                html.append("<a href=\"#").append(anchor(++anchor)).append("\">").append(path).append("</a>");
            }
            for (Severity severity : Severity.values()) {
                html.append("</td><td>").append(file.getValue().stream().filter(f -> f.severity() == severity).count());
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    /** Article by article, each written out before the next is read, so only one article's text is in memory. */
    private static void writeArticles(Writer out, Report report) throws IOException {
        ArticleReader reader = new ArticleReader(report.charset(), report.maxFileSize());
        int anchor = 0;
        for (Map.Entry<String, List<Finding>> file : report.findingsByFile().entrySet()) {
            if (file.getValue().isEmpty()) {
                continue;
            }
            StringBuilder html = new StringBuilder();
            html.append("<article class=\"article\" id=\"").append(anchor(++anchor)).append("\">\n<h2>")
                    .append(MarkupText.escape(file.getKey())).append("</h2>\n");
            ArticleText text = reader.read(report.file(file.getKey()));
            ArticleContext context = text.isReadable() ? new ArticleContext(text.text()) : null;
            if (context == null) {
                html.append("<p class=\"note\">The article's text cannot be shown: ")
                        .append(MarkupText.escape(text.problem().message())).append("</p>\n");
            }
            for (Finding finding : file.getValue()) {
                writeFinding(html, finding, report.rule(finding.ruleId()), context);
            }
            html.append("</article>\n");
            out.write(html.toString());
        }
    }

    private static void writeFinding(StringBuilder html, Finding finding, ReportedRule rule, ArticleContext context) {
        String severity = finding.severity().id();
        html.append("<div class=\"finding sev-").append(severity).append("\" data-rule=\"")
                .append(MarkupText.escape(finding.ruleId())).append("\" data-severity=\"").append(severity).append("\">\n");
        if (context != null && context.covers(finding)) {
            html.append("<pre class=\"context\">").append(context.render(finding)).append("</pre>\n");
        } else {
            html.append("<p class=\"context note\">");
            if (!finding.matched().isEmpty()) {
                html.append("<mark>").append(MarkupText.escape(finding.matched())).append("</mark>");
            } else {
                html.append("No text to show for this finding.");
            }
            html.append("</p>\n");
        }
        html.append("<div class=\"explanation\">\n<p><span class=\"severity ").append(severity).append("\">")
                .append(severity).append("</span> <code>").append(MarkupText.escape(finding.ruleId()))
                .append("</code> line ").append(finding.line()).append(", column ").append(finding.column())
                .append("</p>\n<p class=\"message\">").append(MarkupText.escape(finding.message())).append("</p>\n");
        if (finding.hasSuggestion()) {
            html.append("<p class=\"suggestion\">Suggestion: ").append(MarkupText.escape(finding.suggestion()))
                    .append("</p>\n");
        }
        if (!rule.description().isEmpty()) {
            html.append("<p class=\"description\">").append(MarkupText.escape(rule.description())).append("</p>\n");
        }
        html.append("</div>\n</div>\n");
    }

    private static String anchor(int number) {
        return "article-" + number;
    }

    private static String count(long count, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", count, noun, count == 1 ? "" : "s");
    }
}
