package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {
    @TempDir
    Path base;

    private String html(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(report, out);
        return out.toString();
    }

    private Document page() throws IOException {
        return Jsoup.parse(html(HostileReport.in(base)));
    }

    @Test
    void articleTextCannotInjectMarkupOrScript() throws IOException {
        Document page = page();

        Elements scripts = page.select("script");
        assertThat(scripts).hasSize(1);
        assertThat(scripts.get(0).data()).isEqualTo(HtmlAssets.SCRIPT);
        assertThat(page.select("img, textarea, b, [onerror], [src], link, iframe, object")).isEmpty();
        assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().startsWith("on")));
    }

    @Test
    void loadsNothingAndRunsOnlyItsOwnScript() throws IOException {
        Document page = page();

        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(policy).startsWith("default-src 'none'; img-src 'none';").contains("script-src 'sha256-");
        assertThat(page.select("[href]")).allSatisfy(link -> assertThat(link.attr("href")).startsWith("#article-"));
        assertThat(page.selectFirst("style").data()).isEqualTo(HtmlAssets.STYLE);
    }

    @Test
    void marksTheOffendingTextInItsLines() throws IOException {
        Element promo = page().select(".finding").get(1);

        assertThat(promo.attr("data-rule")).isEqualTo("promo-link");
        assertThat(promo.attr("data-severity")).isEqualTo("error");
        assertThat(promo.select(".line .ln").eachText()).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(promo.select(".line.hit .ln").eachText()).containsExactly("3", "4", "5");
        assertThat(promo.select("mark").eachText()).containsExactly(
                "Coast Weekly - <script>alert(1)</script> harbour news",
                "\"><img src=x onerror=alert(2)> &amp; </textarea> more",
                "🔗");
        assertThat(promo.select(".line").get(1).text()).isEqualTo("2" + "Ferry café reopens after \"<b>storm</b>\" & repairs");
        assertThat(promo.selectFirst(".message").text())
                .isEqualTo("Leftover promo block: \"Coast Weekly - <script>alert(1)</script> harbour ...\"");
        assertThat(promo.selectFirst(".description").text())
                .isEqualTo("Teaser lines & link markers a CMS left in the <body>.");
    }

    @Test
    void columnsCountCodePointsAsFindingsDo() throws IOException {
        Element spelling = page().select(".finding").get(2);

        Element line = spelling.selectFirst(".line.hit");
        assertThat(line.selectFirst("mark").text()).isEqualTo("cafe");
        assertThat(line.text()).isEqualTo("7" + "Ünal said the cafe would reopen on Monday.");
        assertThat(spelling.selectFirst(".suggestion").text()).isEqualTo("Suggestion: café");
        assertThat(spelling.selectFirst(".message").wholeText())
                .isEqualTo("Write \"café\" & keep 100%:: the\nhouse style, not cafe");
    }

    @Test
    void aFileThatCannotBeReadShowsItsFindingsWithoutContext() throws IOException {
        Element article = page().select("article").get(0);

        assertThat(article.selectFirst("h2").text()).isEqualTo("content/world/gone.txt");
        assertThat(article.selectFirst("p.note").text()).startsWith("The article's text cannot be shown: File cannot be read");
        assertThat(article.select(".finding .line")).isEmpty();
        assertThat(article.selectFirst(".finding .message").text()).startsWith("Not valid UTF-8: byte 0xE9");
    }

    @Test
    void summarisesByRuleAndByFileAndOffersFiltersForWhatWasFound() throws IOException {
        Document page = page();

        assertThat(page.selectFirst("#totals").text())
                .isEqualTo("3 files checked: 2 errors, 1 warning, 1 info (copydesk 1.2.3)");
        assertThat(page.select("#by-rule tr").eachText()).containsExactly(
                "rule severity findings what it checks",
                "promo-link error 1 Teaser lines & link markers a CMS left in the <body>.",
                "source-line info 1 The article credits its source. It names one.",
                "desk-spelling warning 1 House spellings: \"café\".",
                "copydesk-input error 1 " + Report.INPUT_RULE_DESCRIPTION);
        assertThat(page.select("#by-file tr").eachText()).containsExactly(
                "file errors warnings info",
                "content/world/clean.txt 0 0 0",
                "content/world/gone.txt 1 0 0",
                "content/world/q&a, 50%: \"<b>\".txt 1 1 1");
        assertThat(page.select("#rule-filter option").eachAttr("value"))
                .containsExactly("", "promo-link", "source-line", "desk-spelling", "copydesk-input");
        assertThat(page.select("#severity-filter option").eachAttr("value")).containsExactly("", "error", "warning", "info");
        assertThat(page.select("article").eachAttr("id")).containsExactly("article-1", "article-2");
        assertThat(page.select("#by-file a").eachAttr("href")).containsExactly("#article-1", "#article-2");
    }

    @Test
    void aLineTheFindingOnlyEndsAtIsShownAsPartOfItWithNothingToMark() throws IOException {
        Files.writeString(base.resolve("short.txt"), "Line 1\nLine 2\nLine 3\n", StandardCharsets.UTF_8);
        Finding finding = new Finding("short.txt", 2, 1, 3, 1, "promo-link", Severity.ERROR, "Ends at a line start",
                "Line 2\n", "Line 2", "");
        Document page = Jsoup.parse(html(new Report("1", base, StandardCharsets.UTF_8, 1_000_000,
                List.of("short.txt"), HostileReport.RULES, List.of(finding))));

        assertThat(page.select(".line.hit .ln").eachText()).containsExactly("2", "3");
        assertThat(page.select("mark").eachText()).containsExactly("Line 2");
    }

    @Test
    void aLongFindingShowsItsEndsAndALongLineTheTextAroundTheFinding() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int line = 1; line <= 40; line++) {
            text.append("Line ").append(line).append('\n');
        }
        String longLine = "x".repeat(1000) + "TEASER" + "y".repeat(1000);
        text.append(longLine).append('\n');
        Files.writeString(base.resolve("long.txt"), text, StandardCharsets.UTF_8);
        Finding span = new Finding("long.txt", 3, 1, 38, 3, "promo-link", Severity.ERROR, "Long", "", "", "");
        Finding inLongLine = new Finding("long.txt", 41, 1001, 41, 1007, "promo-link", Severity.ERROR, "Wide",
                "TEASER", "TEASER", "");
        Document page = Jsoup.parse(html(new Report("1", base, StandardCharsets.UTF_8, 1_000_000,
                List.of("long.txt"), HostileReport.RULES, List.of(span, inLongLine))));

        Element first = page.select(".finding").get(0);
        assertThat(first.select(".line .ln").eachText()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9",
                "10", "11", "12", "13", "14", "⋮", "34", "35", "36", "37", "38", "39", "40");
        assertThat(first.selectFirst(".line.gap").text()).isEqualTo("⋮19 more lines");
        Element wide = page.select(".finding").get(1).selectFirst(".line.hit");
        assertThat(wide.selectFirst("mark").text()).isEqualTo("TEASER");
        assertThat(wide.text()).isEqualTo("41" + "…" + "x".repeat(240) + "TEASER" + "y".repeat(240) + "…");
    }

    @Test
    void aFindingOverAVeryLongLineShowsItsStartAndEnd() throws IOException {
        String longLine = "Promo " + "z".repeat(2000) + " end";
        Files.writeString(base.resolve("wide.txt"), longLine + "\n", StandardCharsets.UTF_8);
        Finding whole = new Finding("wide.txt", 1, 1, 1, 2011, "promo-link", Severity.ERROR, "Wide", longLine,
                "Promo", "");
        Document page = Jsoup.parse(html(new Report("1", base, StandardCharsets.UTF_8, 1_000_000,
                List.of("wide.txt"), HostileReport.RULES, List.of(whole))));

        assertThat(page.select("mark").eachText()).containsExactly("Promo " + "z".repeat(234),
                "z".repeat(236) + " end");
        assertThat(page.selectFirst(".line.hit").text()).isEqualTo("1" + "Promo " + "z".repeat(234) + "…"
                + "z".repeat(236) + " end");
    }
}
