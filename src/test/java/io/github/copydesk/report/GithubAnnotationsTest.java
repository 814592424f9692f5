package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
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
}
