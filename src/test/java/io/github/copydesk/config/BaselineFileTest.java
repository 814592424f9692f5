package io.github.copydesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {
    @TempDir
    Path folder;

    @Test
    void writesOneEntryPerFindingAndReadsItBack() throws Exception {
        List<Baseline.Entry> entries = List.of(
                new Baseline.Entry("0123abcd", "content/a.txt", "promo-link", 13, "Harbour Daily - Ferries \"return\""));

        String json = BaselineFile.format(entries);

        assertThat(json).isEqualTo("""
                {
                  "copydeskBaseline" : 1,
                  "findings" : [ {
                    "fingerprint" : "0123abcd",
                    "path" : "content/a.txt",
                    "rule" : "promo-link",
                    "line" : 13,
                    "text" : "Harbour Daily - Ferries \\"return\\""
                  } ]
                }
                """);
        assertThat(BaselineFile.parse(json, "copydesk-baseline.json"))
                .isEqualTo(new Baseline("copydesk-baseline.json", entries));
    }

    @Test
    void aMissingFileIsAnError() {
        assertThatThrownBy(() -> BaselineFile.read(folder.resolve("none.json"), "none.json"))
                .isInstanceOf(ConfigurationFileException.class)
                .hasMessage("none.json: the baseline file does not exist"
                        + " (run copydesk:baseline to write it, or leave baselineFile unset)");
    }

    @Test
    void malformedJsonIsAnErrorAtItsPlace() throws Exception {
        Path file = Files.writeString(folder.resolve("b.json"), "{\n  \"copydeskBaseline\": 1,\n  \"findings\": [ }\n");

        assertThatThrownBy(() -> BaselineFile.read(file, "b.json"))
                .isInstanceOf(ConfigurationFileException.class)
                .hasMessageStartingWith("b.json:3:17: malformed baseline JSON: Unexpected close marker '}'");
    }

    @Test
    void otherJsonIsNoBaseline() {
        assertThatThrownBy(() -> BaselineFile.parse("[1, 2]", "b.json"))
                .hasMessage("b.json: not a copydesk baseline: expected an object with 'copydeskBaseline' and a 'findings' array");
        assertThatThrownBy(() -> BaselineFile.parse("{\"copydeskBaseline\": 1, \"findings\": [{\"path\": \"a\"}]}", "b.json"))
                .hasMessage("b.json: findings[0] has no 'fingerprint'");
        assertThatThrownBy(() -> BaselineFile.parse("{\"copydeskBaseline\": 2, \"findings\": []}", "b.json"))
                .hasMessage("b.json: baseline format 2 is not the one this copydesk reads (1): write it again with copydesk:baseline");
    }
}
