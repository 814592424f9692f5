package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The CI examples agree with the plugin: they are YAML, every {@code -Dcopydesk.} property they
 * set is a documented parameter, their formats exist, and every report file they publish is one
 * a format they ask for writes.
 */
class CiExamplesTest {
    private static final Pattern PROPERTY = Pattern.compile("-Dcopydesk\\.(\\w+)=(\\S*)");
    private static final Pattern REPORT_FILE = Pattern.compile("target/copydesk/([\\w.-]+)");
    private static final Pattern PARAMETER_ROW = Pattern.compile("(?m)^\\| `(\\w+)` \\|");

    @ParameterizedTest
    @ValueSource(strings = {"examples/ci/github/copydesk.yml", "examples/ci/gitlab/.gitlab-ci.yml",
            "examples/ci/github/copydesk-archive.yml", "examples/ci/gitlab/copydesk-archive.gitlab-ci.yml"})
    void theExampleUsesRealParametersAndPublishesTheFilesItsFormatsWrite(String example) throws IOException {
        String yaml = Files.readString(Path.of(example));
        assertThat(new Load(LoadSettings.builder().build()).loadFromString(yaml)).isInstanceOf(Map.class);

        List<String> parameters = new ArrayList<>();
        Matcher row = PARAMETER_ROW.matcher(Files.readString(Path.of("src/site/markdown/usage.md")));
        while (row.find()) {
            parameters.add(row.group(1));
        }
        Set<ReportFormat> formats = Set.of();
        Matcher property = PROPERTY.matcher(yaml);
        while (property.find()) {
            assertThat(parameters).contains(property.group(1));
            if (property.group(1).equals("outputFormats")) {
                formats = ReportFormat.parseList(property.group(2));
            }
        }
        List<String> written = formats.stream().map(ReportFormat::fileName).flatMap(Optional::stream).toList();
        Matcher file = REPORT_FILE.matcher(yaml);
        int published = 0;
        while (file.find()) {
            assertThat(written).contains(file.group(1));
            published++;
        }
        assertThat(published).isPositive();
    }

    /** The integration test {@code it/github-workflow} runs the workflow's Maven command, as a pull request runs it. */
    @Test
    void theGithubWorkflowsCommandIsTheOneItsIntegrationTestRuns() throws IOException {
        String workflow = Files.readString(Path.of("examples/ci/github/copydesk.yml"));
        Map<String, String> inWorkflow = new TreeMap<>();
        Matcher property = PROPERTY.matcher(workflow);
        while (property.find()) {
            inWorkflow.put("copydesk." + property.group(1), property.group(2).replace("\"$CHANGED_SINCE\"", "origin/main"));
        }
        Properties inTest = new Properties();
        try (var in = Files.newBufferedReader(Path.of("it/github-workflow/test.properties"))) {
            inTest.load(in);
        }

        assertThat(workflow).contains("format('origin/{0}', github.base_ref)").contains("mvn -B verify");
        assertThat(new TreeMap<>(inTest)).isEqualTo(inWorkflow);
        assertThat(Files.readString(Path.of("it/github-workflow/invoker.properties"))).contains("invoker.goals = verify\n");
    }
}
