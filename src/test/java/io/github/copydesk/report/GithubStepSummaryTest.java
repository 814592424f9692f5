package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubStepSummaryTest {
    @TempDir
    Path base;

    private static String summary(Report report, List<String> reportFiles) throws IOException {
        StringWriter out = new StringWriter();
        GithubStepSummary.write(report, reportFiles, out);
        return out.toString();
    }

    private Report report(List<Finding> findings, List<String> files) {
        return new Report("1", base, StandardCharsets.UTF_8, 1, files, HostileReport.RULES, findings);
    }

    @Test
    void totalsATableOfRulesAndTheFindingsOfEachArticle() throws IOException {
        String md = summary(HostileReport.in(base), List.of("target/copydesk/copydesk.sarif"));

        assertThat(md).startsWith("## copydesk\n\n3 articles checked, 2 with findings: **2 violations** (findings at"
                + " error or above) and 2 other findings.\n\n");
        assertThat(md).contains("| level | findings |\n|---|---:|\n| error | 2 |\n| warning | 1 |\n| info | 1 |\n");
        assertThat(md).contains("| rule | error | warning | info | articles | what it checks |\n");
        assertThat(md).contains("| promo-link | 1 | 0 | 0 | 1 | Teaser lines \\& link markers a CMS left in the"
                 + " \\<body\\>. |\n");
        assertThat(md).contains("**content/world/gone.txt**: 1 finding\n\n- 2:4 error copydesk-input: Not valid UTF-8");
        assertThat(md).contains("- 7:15 warning desk-spelling: Write \"café\" \\& keep 100%:: the house style, not cafe\n"
                );
        assertThat(md).doesNotContain("GitHub shows at most");
    }

    @Test
    void articleTextCannotBecomeMarkup() throws IOException {
        String md = summary(HostileReport.in(base), List.of());

        assertThat(md).doesNotContain("<script>").doesNotContain("<b>").contains("\\<script\\>");
    }

    @Test
    void aCleanRunSaysSo() throws IOException {
        assertThat(summary(report(List.of(), List.of("a.txt", "b.txt")), List.of()))
                .isEqualTo("## copydesk\n\n2 articles checked: no findings.\n\n");
    }

    @Test
    void saysHowManyFindingsWentUnannotatedAndWhereTheyAllAre() throws IOException {
        List<Finding> findings = new ArrayList<>(GithubAnnotationsTest.findings(29, Severity.ERROR, "harbour"));
        findings.addAll(GithubAnnotationsTest.findings(4, Severity.WARNING, "tram"));

        String md = summary(report(findings, List.of()), List.of("target/copydesk/copydesk.sarif",
                "target/copydesk/copydesk.html"));

        assertThat(md).contains("> [!WARNING]\n> GitHub shows at most 10 annotations of each level per step and 50 per"
                + " job, so 19 of 33 findings are not annotated on the files (19 of 29 error); errors were annotated"
                + " first, then each level in file order.\n> Every finding is in target/copydesk/copydesk.sarif and"
                + " target/copydesk/copydesk.html.\n");
    }

    @Test
    void listsTheFirstFindingsOfTheFirstArticlesAndCountsTheRest() throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (int line = 1; line <= 7; line++) {
            findings.add(new Finding("content/long.txt", line, 1, line, 5, "promo-link", Severity.ERROR, "Leftover",
                    "x", "x", ""));
        }
        findings.addAll(GithubAnnotationsTest.findings(GithubStepSummary.ARTICLES_SHOWN + 2, Severity.WARNING, "m"));
        findings.sort(Finding.ORDER);

        String md = summary(report(findings, List.of()), List.of());

        assertThat(md).contains("**content/long.txt**: 7 findings\n\n- 1:1 error promo-link: Leftover\n"
                );
        assertThat(md).contains("- 5:1 error").doesNotContain("- 6:1 error").contains("- and 2 more\n");
        assertThat(md).contains("content/m-48.txt").doesNotContain("m-49.txt")
                .endsWith("And 3 more articles with findings.\n\n");
    }

    @Test
    void withoutReportFilesItSaysHowToKeepThem() throws IOException {
        String md = summary(report(GithubAnnotationsTest.findings(11, Severity.ERROR, "a"), List.of()), List.of());

        assertThat(md).contains("1 of 11 findings are not annotated")
                .contains("Every finding is in the build log; add `sarif` or `html` to `outputFormats`");
    }

    @Test
    void aLongRuleDescriptionIsCutAtAWord() {
        String description = "The dates of an article agree with its publication date and with the calendar: the dateline"
                + " with the metadata date, a weekday with the date it names.";

        assertThat(GithubStepSummary.brief(description)).isEqualTo("The dates of an article agree with its"
                + " publication date and with the calendar: the dateline with…")
                .hasSizeLessThanOrEqualTo(GithubStepSummary.DESCRIPTION_LENGTH);
        assertThat(GithubStepSummary.brief("Short.")).isEqualTo("Short.");
    }
}
