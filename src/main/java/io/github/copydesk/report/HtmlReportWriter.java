package io.github.copydesk.report;

import io.github.copydesk.article.ArticleReader;
import io.github.copydesk.article.ArticleText;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained page for editors: the totals and how many articles came out clean, a search
 * box and filters by rule and severity, the rules found with what each checks, then only the
 * articles with findings, each under its headline and date with its path beneath, folding, and
 * each finding shown in its lines with the offending text marked. The page is a function of the
 * report and the article files alone (no clock, no machine), loads nothing, escapes every piece
 * of article text, and its security policy runs no script but its own.
 */
final class HtmlReportWriter implements ReportWriter {
    /** A page listing at most this many articles shows them open; a longer one, folded to their headings. */
    static final int OPEN_UP_TO = 20;

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = report.findingsByFile();
        List<Map.Entry<String, List<Finding>>> listed = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            if (!file.getValue().isEmpty()) {
                listed.add(file);
            }
        }
        int clean = byFile.size() - listed.size();
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(MarkupText.escape(HtmlAssets.CONTENT_SECURITY_POLICY)).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>copydesk report</title>\n<style>").append(HtmlAssets.STYLE).append("</style>\n")
                .append("</head>\n<body>\n");
        writeHeader(html, report, listed.size(), clean);
        writeFilters(html, report, listed.size());
        writeSummaryByRule(html, report);
        out.write(html.toString());
        writeArticles(out, report, listed);
        out.write("<script>" + HtmlAssets.SCRIPT + "</script>\n</body>\n</html>\n");
    }

    private static void writeHeader(StringBuilder html, Report report, int listed, int clean) {
        Map<Severity, Long> counts = report.countBySeverity();
        html.append("<header>\n<h1>copydesk report</h1>\n<p id=\"totals\">")
                .append(count(report.files().size(), "file")).append(" checked: ")
                .append(count(counts.get(Severity.ERROR), "error")).append(", ")
                .append(count(counts.get(Severity.WARNING), "warning")).append(", ")
                .append(counts.get(Severity.INFO)).append(" info")
                .append(" <span class=\"note\">(copydesk ").append(MarkupText.escape(report.toolVersion()))
                .append(")</span></p>\n<p id=\"clean\">");
        if (listed == 0) {
            html.append("No findings: ").append(clean == 1 ? "the article is" : "all " + clean + " articles are")
                    .append(" clean.");
        } else if (clean == 0) {
            html.append(listed == 1 ? "The article has findings; it is" : "All " + listed + " articles have findings;"
                    + " they are").append(" listed below.");
        } else {
            html.append(count(clean, "clean article")).append(clean == 1 ? " is" : " are")
                    .append(" not listed; ").append(count(listed, "article")).append(" with findings")
                    .append(listed == 1 ? " is" : " are").append(" listed below.");
        }
        html.append("</p>\n</header>\n");
    }

    private static void writeFilters(StringBuilder html, Report report, int listed) {
        html.append("<div class=\"filters\" role=\"search\">\n")
                .append("<label class=\"search\">Search <input type=\"search\" id=\"search\"")
                .append(" placeholder=\"path, headline or message\" autocomplete=\"off\"></label>\n")
                .append("<label>Rule <select id=\"rule-filter\"><option value=\"\">all rules</option>");
        for (ReportedRule rule : report.rulesFound()) {
            String id = MarkupText.escape(rule.id());
            html.append("<option value=\"").append(id).append("\">").append(id).append("</option>");
        }
        html.append("</select></label>\n<label>Severity <select id=\"severity-filter\">")
                .append("<option value=\"\">all severities</option>");
        for (Severity severity : Severity.values()) {
            html.append("<option value=\"").append(severity.id()).append("\">").append(severity.id()).append("</option>");
        }
        html.append("</select></label>\n<span class=\"folding\"><button type=\"button\" id=\"open-all\">Open all</button>")
                .append(" <button type=\"button\" id=\"fold-all\">Fold all</button></span>\n<p id=\"shown\">")
                .append(count(report.findings().size(), "finding")).append(" in ").append(count(listed, "article"))
                .append("</p>\n</div>\n");
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
            html.append("<tr id=\"").append(ruleAnchor(rule.id())).append("\"><td><code>")
                    .append(MarkupText.escape(rule.id())).append("</code></td><td>")
                    .append(rule.severity().id()).append("</td><td>").append(found).append("</td><td>")
                    .append(MarkupText.escape(rule.description())).append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    /** Article by article, each written out before the next is read, so only one article's text is in memory. */
    private static void writeArticles(Writer out, Report report, List<Map.Entry<String, List<Finding>>> listed)
            throws IOException {
        if (listed.isEmpty()) {
            return;
        }
        out.write("<section id=\"articles\">\n<h2>Articles with findings</h2>\n");
        ArticleReader reader = new ArticleReader(report.charset(), report.maxFileSize());
        boolean open = listed.size() <= OPEN_UP_TO;
        int anchor = 0;
        for (Map.Entry<String, List<Finding>> file : listed) {
            String path = file.getKey();
            ArticleText text = reader.read(report.file(path));
            ArticleContext context = text.isReadable() ? new ArticleContext(text.text()) : null;
            ArticleHeading heading = text.isReadable() ? ArticleHeading.of(path, text.text()) : ArticleHeading.UNKNOWN;
            StringBuilder html = new StringBuilder();
            html.append("<details id=\"").append(articleAnchor(++anchor)).append('"')
                    .append(open ? " open" : "").append(">\n");
            writeHeading(html, path, heading, file.getValue());
            if (context == null) {
                html.append("<p class=\"note\">The article's text cannot be shown: ")
                        .append(MarkupText.escape(text.problem().message())).append("</p>\n");
            }
            for (Finding finding : file.getValue()) {
                writeFinding(html, finding, context);
            }
            html.append("</details>\n");
            out.write(html.toString());
        }
        out.write("</section>\n");
    }

    /** The headline and date, or the path when the article names no headline; under it the path and the counts. */
    private static void writeHeading(StringBuilder html, String path, ArticleHeading heading, List<Finding> findings) {
        String escapedPath = MarkupText.escapeText(path);
        html.append("<summary><h3>");
        if (heading.headline().isEmpty()) {
            html.append("<code>").append(escapedPath).append("</code>");
        } else {
            html.append(MarkupText.escapeText(heading.headline()));
        }
        if (!heading.date().isEmpty()) {
            html.append(" <time>").append(heading.date()).append("</time>");
        }
        html.append("</h3><span class=\"about\">");
        if (!heading.headline().isEmpty()) {
            html.append("<code>").append(escapedPath).append("</code> · ");
        }
        String separator = "";
        for (Severity severity : Severity.values()) {
            long found = findings.stream().filter(f -> f.severity() == severity).count();
            if (found > 0) {
                html.append(separator).append(severity == Severity.INFO ? found + " info" : count(found, severity.id()));
                separator = ", ";
            }
        }
        html.append("</span></summary>\n");
    }

    /**
     * A finding: its lines, then its severity, its rule (a link to the rule's row and description in
     * the rule table), its message and suggestion. Its line number stands beside its text; a finding
     * shown without text says where it is.
     */
    private static void writeFinding(StringBuilder html, Finding finding, ArticleContext context) {
        String severity = finding.severity().id();
        html.append("<div class=\"finding ").append(severity).append("\">");
        boolean inContext = context != null && context.covers(finding);
        if (inContext) {
            html.append("<pre>").append(context.render(finding)).append("</pre>");
        } else {
            html.append("<p class=\"context note\">");
            if (!finding.matched().isEmpty()) {
                html.append("<mark>").append(MarkupText.escapeText(finding.matched())).append("</mark>");
            } else {
                html.append("No text to show for this finding.");
            }
            html.append("</p>");
        }
        html.append("<div><p><strong>").append(severity).append("</strong> <a href=\"#")
                .append(ruleAnchor(finding.ruleId())).append("\">").append(MarkupText.escapeText(finding.ruleId()))
                .append("</a>");
        if (!inContext) {
            html.append(" line ").append(finding.line()).append(", column ").append(finding.column());
        }
        html.append("</p><p class=\"message\">").append(MarkupText.escapeText(finding.message())).append("</p>");
        if (finding.hasSuggestion()) {
            html.append("<p class=\"suggestion\">Suggestion: ").append(MarkupText.escapeText(finding.suggestion()))
                    .append("</p>");
        }
        html.append("</div></div>\n");
    }

    private static String articleAnchor(int number) {
        return "article-" + number;
    }

    /** The id of a rule's row in the rule table, which each finding links to for the rule's description. */
    private static String ruleAnchor(String ruleId) {
        return MarkupText.escape("rule-" + ruleId);
    }

    private static String count(long count, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", count, noun, count == 1 ? "" : "s");
    }
}
