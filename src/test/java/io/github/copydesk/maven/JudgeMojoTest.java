package io.github.copydesk.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
@Basedir("/unit/check")
class JudgeMojoTest {
    @TempDir
    Path folder;

    /** Keeps what the goal logs, level first. */
    private static final class KeptLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("info " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("warn " + content);
        }
    }

    @Test
    @InjectMojo(goal = "judge", pom = "pom.xml")
    void printsWrongAndMissedFindingsAndTheScoresPerRuleWithoutFailing(JudgeMojo mojo) throws Exception {
        Path truth = folder.resolve("truth.jsonl");
        Files.writeString(truth, """
                {"file": "content/harbour-ferry.txt", "rule": "promo-link", "line": 13, "uncertain": false}
                {"file": "content/clean.txt", "rule": "quote-attribution", "line": 3, "uncertain": false}
                {"file": "content/gone.txt", "rule": "promo-link", "line": 2, "uncertain": false}
                """);
        mojo.truthFile = truth.toFile();
        KeptLog log = new KeptLog();
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines).contains(
                "warn copydesk: the truth file names content/gone.txt, which was not checked",
                "info missed: content/clean.txt:3: [quote-attribution]",
                "info missed: content/gone.txt:2: [promo-link]",
                "info 2 files checked, 3 truth rows.");
        assertThat(log.lines).noneMatch(line -> line.startsWith("info wrong:"));
        List<String> table = log.lines.stream().filter(line -> line.matches("info (rule|promo-link|quote-attribution|all rules) .*"))
                .map(line -> line.substring("info ".length()).trim().replaceAll("\\s+", " ")).toList();
        assertThat(table).containsExactly(
                "rule findings right wrong uncertain missed precision recall",
                "promo-link 1 1 0 0 1 1.00 0.50",
                "quote-attribution 0 0 0 0 1 - 0.00",
                "all rules 1 1 0 0 2 1.00 0.33");
    }

    @Test
    @InjectMojo(goal = "judge", pom = "pom.xml")
    void aMalformedTruthRowStopsTheGoalWithItsLine(JudgeMojo mojo) throws Exception {
        Path truth = folder.resolve("truth.jsonl");
        Files.writeString(truth, "{\"file\": \"content/clean.txt\", \"rule\": \"promo-link\"}\n");
        mojo.truthFile = truth.toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("truth.jsonl:1")
                .hasMessageContaining("\"line\" must be a line number");
    }
}
