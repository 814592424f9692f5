package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        assertThat(page.select("[href]")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.attr("href")).startsWith("#rule-"));
        assertThat(page.selectFirst("style").data()).isEqualTo(HtmlAssets.STYLE);
    }

    @Test
    void marksTheOffendingTextInItsLines() throws IOException {
        Element promo = page().select(".finding").get(1);

        assertThat(promo.classNames()).containsExactlyInAnyOrder("finding", "error");
        assertThat(promo.selectFirst("a").text()).isEqualTo("promo-link");
        assertThat(promo.select("pre > span").eachAttr("data-n")).containsExactly("2", "3", "4", "5", "6", "7");
        assertThat(promo.select("pre > span.hit").eachAttr("data-n")).containsExactly("3", "4", "5");
        assertThat(promo.select("mark").eachText()).containsExactly(
                "Coast Weekly - <script>alert(1)</script> harbour news",
                "\"><img src=x onerror=alert(2)> &amp; </textarea> more",
                "🔗");
        assertThat(promo.select("pre > span").get(0).text()).isEqualTo("Ferry café reopens after \"<b>storm</b>\" & repairs");
        assertThat(promo.selectFirst(".message").text())
                .isEqualTo("Leftover promo block: \"Coast Weekly - <script>alert(1)</script> harbour ...\"");
    }

    @Test
    void columnsCountCodePointsAsFindingsDo() throws IOException {
        Element spelling = page().select(".finding").get(2);

        Element line = spelling.selectFirst("pre > span.hit");
        assertThat(line.selectFirst("mark").text()).isEqualTo("cafe");
        assertThat(line.text()).isEqualTo("Ünal said the cafe would reopen on Monday.");
        assertThat(spelling.selectFirst(".suggestion").text()).isEqualTo("Suggestion: café");
        assertThat(spelling.selectFirst(".message").wholeText())
                .isEqualTo("Write \"café\" & keep 100%:: the\nhouse style, not cafe");
    }

    @Test
    void aFileThatCannotBeReadShowsItsFindingsWithoutContextUnderItsPath() throws IOException {
        Element article = page().select("#articles details").get(0);

        assertThat(article.selectFirst("summary h3").text()).isEqualTo("content/world/gone.txt");
        assertThat(article.selectFirst("summary .about").text()).isEqualTo("1 error");
        assertThat(article.selectFirst("p.note").text()).startsWith("The article's text cannot be shown: File cannot be read");
        assertThat(article.select(".finding pre")).isEmpty();
        assertThat(article.selectFirst(".finding div p").text()).isEqualTo("error copydesk-input line 2, column 4");
        assertThat(article.selectFirst(".finding .message").text()).startsWith("Not valid UTF-8: byte 0xE9");
    }

    @Test
    void listsOnlyArticlesWithFindingsAndCountsTheCleanOnes() throws IOException {
        Document page = page();

        assertThat(page.selectFirst("#totals").text())
                .isEqualTo("3 files checked: 2 errors, 1 warning, 1 info (copydesk 1.2.3)");
        assertThat(page.selectFirst("#clean").text())
                .isEqualTo("1 clean article is not listed; 2 articles with findings are listed below.");
        assertThat(page.select("#articles details").eachAttr("id")).containsExactly("article-1", "article-2");
        assertThat(page.select("#articles summary code").eachText())
                .containsExactly("content/world/gone.txt", HostileReport.HOSTILE_PATH);
        assertThat(page.body().text()).doesNotContain(HostileReport.CLEAN_PATH);
    }

    @Test
    void aReportWithoutFindingsSaysEveryArticleIsClean() throws IOException {
        Files.writeString(base.resolve("a.txt"), "Clean.\n", StandardCharsets.UTF_8);
        Files.writeString(base.resolve("b.txt"), "Clean too.\n", StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html(new Report("1", base, StandardCharsets.UTF_8, 1_000_000,
                List.of("a.txt", "b.txt"), HostileReport.RULES, List.of())));

        assertThat(page.selectFirst("#clean").text()).isEqualTo("No findings: all 2 articles are clean.");
        assertThat(page.select("details")).isEmpty();
        assertThat(page.body().text()).doesNotContain("a.txt", "b.txt");
    }

    @Test
    void aReportWhereEveryArticleHasFindingsSaysSo() throws IOException {
        Document page = Jsoup.parse(html(reportOf(3)));

        assertThat(page.selectFirst("#clean").text()).isEqualTo("All 3 articles have findings; they are listed below.");
        assertThat(page.select("details")).hasSize(3);
    }

    @Test
    void titlesEachArticleByItsHeadlineAndDateWithItsPathUnderIt() throws IOException {
        Files.writeString(base.resolve("vote.md"), String.join("\n",
                "---", "title: Harbour board delays the ferry vote", "date: 2026-03-05", "---", "",
                "The harbour board said on Thursday it would vote next month.", ""), StandardCharsets.UTF_8);
        Files.writeString(base.resolve("bridge.html"), "<html><head><title>Bridge | Coast Weekly</title></head>"
                + "<body><h1>Old bridge reopens to cyclists</h1>\n<p>The bridge reopened on Monday.</p></body></html>\n",
                StandardCharsets.UTF_8);
        Files.writeString(base.resolve("notes.md"), "The desk's notes, with no title.\n", StandardCharsets.UTF_8);
        List<Finding> findings = List.of(
                new Finding("vote.md", 6, 5, 6, 18, "promo-link", Severity.ERROR, "One", "harbour board", "", ""),
                new Finding("bridge.html", 2, 4, 2, 9, "promo-link", Severity.WARNING, "Two", "The b", "", ""),
                new Finding("notes.md", 1, 5, 1, 10, "promo-link", Severity.INFO, "Three", "desk'", "", ""));
        Document page = Jsoup.parse(html(new Report("1", base, StandardCharsets.UTF_8, 1_000_000,
                List.of("vote.md", "bridge.html", "notes.md"), HostileReport.RULES, findings)));

        Elements summaries = page.select("#articles summary");
        assertThat(summaries.eachText()).containsExactly(
                "Harbour board delays the ferry vote 2026-03-05 vote.md · 1 error",
                "Old bridge reopens to cyclists bridge.html · 1 warning",
                "notes.md 1 info");
        assertThat(summaries.get(0).selectFirst("h3 time").text()).isEqualTo("2026-03-05");
        assertThat(page.selectFirst("#articles details").selectFirst(".finding")).isNotNull();
    }

    @Test
    void aWireArticleIsTitledByItsHeadlineAndTheDateInItsHeader() throws IOException {
        Element hostile = page().select("#articles summary").get(1);

        assertThat(hostile.selectFirst("h3").text()).isEqualTo("Ferry café reopens after \"<b>storm</b>\" & repairs 2025-04-02");
        assertThat(hostile.selectFirst(".about").text()).isEqualTo(HostileReport.HOSTILE_PATH + " · 1 error, 1 warning, 1 info");
    }

    @Test
    void givesEachRuleDescriptionOnceInTheRuleTableWhereEachFindingLinksTo() throws IOException {
        Document page = page();

        assertThat(page.select("#by-rule tr").eachText()).containsExactly(
                "rule severity findings what it checks",
                "promo-link error 1 Teaser lines & link markers a CMS left in the <body>.",
                "source-line info 1 The article credits its source. It names one.",
                "desk-spelling warning 1 House spellings: \"café\".",
                "copydesk-input error 1 " + Report.INPUT_RULE_DESCRIPTION);
        for (ReportedRule rule : HostileReport.RULES) {
            String text = page.body().text();
            assertThat(text.indexOf(rule.description())).isNotNegative().isEqualTo(text.lastIndexOf(rule.description()));
        }
        for (Element link : page.select(".finding a")) {
            Element row = page.getElementById(link.attr("href").substring(1));
            assertThat(row.selectFirst("code").text()).isEqualTo(link.text());
        }
    }

    @Test
    void offersASearchBoxAndFiltersByRuleAndSeverity() throws IOException {
        Document page = page();

        Element search = page.selectFirst("input#search");
        assertThat(search.attr("type")).isEqualTo("search");
        assertThat(search.parent().text()).startsWith("Search");
        assertThat(page.select("#rule-filter option").eachAttr("value"))
                .containsExactly("", "promo-link", "source-line", "desk-spelling", "copydesk-input");
        assertThat(page.select("#severity-filter option").eachAttr("value")).containsExactly("", "error", "warning", "info");
        assertThat(page.selectFirst("#shown").text()).isEqualTo("4 findings in 2 articles");
        assertThat(HtmlAssets.SCRIPT).contains("getElementById('search')", "'.message'", "'.about code'", "'h3'");
    }

    @Test
    void aFewArticlesAreShownOpenAndManyFoldedToTheirHeadings() throws IOException {
        assertThat(Jsoup.parse(html(reportOf(HtmlReportWriter.OPEN_UP_TO))).select("details"))
                .hasSize(HtmlReportWriter.OPEN_UP_TO).allMatch(details -> details.hasAttr("open"));
        assertThat(Jsoup.parse(html(reportOf(HtmlReportWriter.OPEN_UP_TO + 1))).select("details"))
                .hasSize(HtmlReportWriter.OPEN_UP_TO + 1).noneMatch(details -> details.hasAttr("open"));
    }

    private Report reportOf(int articles) throws IOException {
        List<String> paths = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            String path = "story-" + i + ".txt";
            Files.writeString(base.resolve(path), "Story " + i + "\n", StandardCharsets.UTF_8);
            paths.add(path);
            findings.add(new Finding(path, 1, 1, 1, 6, "promo-link", Severity.ERROR, "Promo", "Story", "", ""));
        }
        return new Report("1", base, StandardCharsets.UTF_8, 1_000_000, paths, HostileReport.RULES, findings);
    }

    @Test
    void tenThousandFindingsOverTwoThousandArticlesStayUnderFiveMegabytes() throws IOException {
        ArchiveRun run = ArchiveRun.in(base, 2_000, 5);
        String page = html(run.report());

        assertThat(page.split("<div class=\"finding ", -1)).hasSize(10_001);
        assertThat(page.getBytes(StandardCharsets.UTF_8).length).isLessThan(5_000_000);
    }

    @Test
    void isTheSameForTheSameFindingsAndArticles() throws IOException {
        Report report = HostileReport.in(base);

        assertThat(html(report)).isEqualTo(html(report));
    }

    @Test
    void aLineTheFindingOnlyEndsAtIsShownAsPartOfItWithNothingToMark() throws IOException {
        Files.writeString(base.resolve("short.txt"), "Line 1\nLine 2\nLine 3\n", StandardCharsets.UTF_8);
        Finding finding = new Finding("short.txt", 2, 1, 3, 1, "promo-link", Severity.ERROR, "Ends at a line start",
                "Line 2\n", "Line 2", "");
        Document page = Jsoup.parse(html(new Report("1", base, StandardCharsets.UTF_8, 1_000_000,
                List.of("short.txt"), HostileReport.RULES, List.of(finding))));

        assertThat(page.select("pre > span.hit").eachAttr("data-n")).containsExactly("2", "3");
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
        assertThat(first.select("pre > span").eachAttr("data-n")).containsExactly("1", "2", "3", "4", "5", "6", "7",
                "8", "9", "10", "11", "12", "13", "14", "⋮", "34", "35", "36", "37", "38", "39", "40");
        assertThat(first.selectFirst("pre > .gap").text()).isEqualTo("19 more lines");
        Element wide = page.select(".finding").get(1).selectFirst("pre > span.hit");
        assertThat(wide.selectFirst("mark").text()).isEqualTo("TEASER");
        assertThat(wide.text()).isEqualTo("…" + "x".repeat(ArticleContext.CONTEXT) + "TEASER"
                + "y".repeat(ArticleContext.CONTEXT) + "…");
    }

    @Test
    void aLineIsCutBetweenWordsAroundTheFinding() throws IOException {
        String before = "The harbour board met on Monday evening in the old town hall to discuss the ferry plan";
        String after = "and the members agreed to put the question to every resident of the coast before spring";
        Files.writeString(base.resolve("words.txt"), before + " TEASER " + after + "\n", StandardCharsets.UTF_8);
        int column = before.length() + 2;
        Finding finding = new Finding("words.txt", 1, column, 1, column + 6, "promo-link", Severity.ERROR, "Teaser",
                "TEASER", "TEASER", "");
        Document page = Jsoup.parse(html(new Report("1", base, StandardCharsets.UTF_8, 1_000_000,
                List.of("words.txt"), HostileReport.RULES, List.of(finding))));

        String shown = page.selectFirst("pre > span.hit").text();
        assertThat(shown).startsWith("…").endsWith("…").contains(" TEASER ");
        String[] words = shown.substring(1, shown.length() - 1).strip().split(" ");
        assertThat(words).allSatisfy(word -> assertThat((before + " TEASER " + after).split(" ")).contains(word));
    }

    @Test
    void aFindingOverAVeryLongLineShowsItsStartAndEnd() throws IOException {
        String longLine = "Promo " + "z".repeat(2000) + " end";
        Files.writeString(base.resolve("wide.txt"), longLine + "\n", StandardCharsets.UTF_8);
        Finding whole = new Finding("wide.txt", 1, 1, 1, 2011, "promo-link", Severity.ERROR, "Wide", longLine,
                "Promo", "");
        Document page = Jsoup.parse(html(new Report("1", base, StandardCharsets.UTF_8, 1_000_000,
                List.of("wide.txt"), HostileReport.RULES, List.of(whole))));

        int ends = ArticleContext.MARK_ENDS;
        assertThat(page.select("mark").eachText()).containsExactly("Promo " + "z".repeat(ends - 6) + "…"
                + "z".repeat(ends - 4) + " end");
        assertThat(page.selectFirst("pre > span.hit").text()).isEqualTo(page.selectFirst("mark").text());
    }
}
