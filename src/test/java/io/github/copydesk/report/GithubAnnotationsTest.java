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

class GithubAnnotationsTest {
    @TempDir
    Path base;

    @Test
    void oneWorkflowCommandPerFindingWithTheLevelOfItsSeverity() throws IOException {
        StringWriter out = new StringWriter();
        new GithubAnnotations().write(HostileReport.in(base), out);

        assertThat(out.toString().split("\n", -1)).containsExactly(
                "::error file=content/world/gone.txt,line=2,col=4,endLine=2,endColumn=5,title=copydesk [copydesk-input]"
                        + "::Not valid UTF-8: byte 0xE9 (set the encoding parameter if the file uses another encoding)",
                "::error file=content/world/q&a%2C 50%25%3A \"<b>\".txt,line=3,col=1,endLine=5,endColumn=2,"
                        + "title=copydesk [promo-link]"
                        + "::Leftover promo block: \"Coast Weekly - <script>alert(1)</script> harbour ...\"",
                "::warning file=content/world/q&a%2C 50%25%3A \"<b>\".txt,line=7,col=15,endLine=7,endColumn=19,"
                        + "title=copydesk [desk-spelling]::Write \"café\" & keep 100%25:: the%0Ahouse style, not cafe",
                "::notice file=content/world/q&a%2C 50%25%3A \"<b>\".txt,line=9,col=1,endLine=9,endColumn=10,"
                        + "title=copydesk [source-line]::Source line SOURCE:AA, noted",
                "");
    }

    @Test
    void escapesAsTheRunnerUnescapes() {
        assertThat(GithubAnnotations.escapeData("100% done\r\nnext::line, a:b"))
                .isEqualTo("100%25 done%0D%0Anext::line, a:b");
        assertThat(GithubAnnotations.escapeProperty("100% done\r\nnext::line, a:b"))
                .isEqualTo("100%25 done%0D%0Anext%3A%3Aline%2C a%3Ab");
    }

    /** {@code count} findings of {@code severity}, one per article, articles named {@code prefix-00} on. */
    static List<Finding> findings(int count, Severity severity, String prefix) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = String.format("content/%s-%02d.txt", prefix, i);
            findings.add(new Finding(path, 3, 1, 3, 9, "promo-link", severity, "Leftover " + i, "Read more", "Read more",
                    ""));
        }
        return findings;
    }

    @Test
    void beyondGithubsLimitsErrorsAreAnnotatedFirstThenEachLevelInFileOrder() throws IOException {
        List<Finding> all = new ArrayList<>();
        all.addAll(findings(13, Severity.INFO, "a-note"));
        all.addAll(findings(4, Severity.WARNING, "b-warning"));
        all.addAll(findings(29, Severity.ERROR, "c-error"));
        all.sort(Finding.ORDER);
        Report report = new Report("1", base, StandardCharsets.UTF_8, 1, List.of(), HostileReport.RULES, all);

        StringWriter out = new StringWriter();
        new GithubAnnotations().write(report, out);

        List<String> files = out.toString().lines()
                .map(line -> line.substring(line.indexOf("file=") + 5, line.indexOf(",line="))).toList();
        List<String> expected = new ArrayList<>();
        findings(10, Severity.ERROR, "c-error").forEach(f -> expected.add(f.path()));
        findings(4, Severity.WARNING, "b-warning").forEach(f -> expected.add(f.path()));
        findings(10, Severity.INFO, "a-note").forEach(f -> expected.add(f.path()));
        assertThat(files).isEqualTo(expected);
        assertThat(out.toString().lines().filter(line -> line.startsWith("::error "))).hasSize(GithubAnnotations.PER_LEVEL);
    }
}
