package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.config.RuleSetLoader;
import io.github.copydesk.config.RuleSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintProgressTest {
    private static final String LONE_MARKER = """
            Valley co-operative opens a second dairy

            The co-operative opened its second dairy near the river crossing on Monday.

            🔗

            SOURCE:AA
            """;
    private static final String CLEAN = """
            Valley co-operative opens a second dairy

            The co-operative opened its second dairy near the river crossing on Monday.

            SOURCE:AA
            """;

    @TempDir
    Path base;

    private List<String> progressOf(List<Path> files, Duration interval) throws Exception {
        List<String> reports = new ArrayList<>();
        LintListener listener = new LintListener() {
            @Override
            public void progress(int filesChecked, int filesTotal, int findings) {
                reports.add(filesChecked + "/" + filesTotal + " files, " + findings + " findings");
            }
        };
        new Linter().reportingTo(listener, interval).lint(new LintRequest(base, files, StandardCharsets.UTF_8,
                LintRequest.DEFAULT_MAX_FILE_SIZE, new RuleSetLoader().load(RuleSettings.defaults(base)), 1));
        return reports;
    }

    private List<Path> articles() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            Path file = base.resolve(name);
            Files.writeString(file, name.equals("c.txt") ? CLEAN : LONE_MARKER);
            files.add(file);
        }
        return files;
    }

    @Test
    void reportsFilesCheckedOfAllAndFindingsSoFarOncePerInterval() throws Exception {
        assertThat(progressOf(articles(), Duration.ZERO))
                .containsExactly("1/3 files, 1 findings", "2/3 files, 2 findings", "3/3 files, 2 findings");
    }

    @Test
    void aRunShorterThanTheIntervalReportsNothing() throws Exception {
        assertThat(progressOf(articles(), Duration.ofHours(1))).isEmpty();
    }
}
