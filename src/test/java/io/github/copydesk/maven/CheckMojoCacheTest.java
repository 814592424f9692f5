package io.github.copydesk.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
@Basedir("/unit/check")
class CheckMojoCacheTest {
    @TempDir
    Path cacheFolder;

    private final List<String> infos = new ArrayList<>();

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void aSecondCheckTakesTheUnchangedArticlesFromTheCacheFile(CheckMojo mojo) throws Exception {
        Path cache = cacheFolder.resolve("copydesk-cache");
        mojo.cacheFile = cache.toFile();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
            }
        });

        mojo.execute();
        mojo.execute();

        assertThat(cache).isRegularFile();
        assertThat(infos).containsExactly(
                "2 files checked.",
                "2 of 2 files unchanged since the last run: findings taken from the cache " + cache,
                "2 files checked.");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void theRulesExamplesRunAgainWhenARuleFileChanged(CheckMojo mojo) throws Exception {
        String skipped = "copydesk did not run the rules' examples";
        List<String> debugs = new ArrayList<>();
        Path rules = Files.createDirectories(cacheFolder.resolve("style"));
        Path rule = rules.resolve("no-slammed.yml");
        String ruleFile = """
                id: no-slammed
                check: existence
                severity: warning
                message: 'Loaded verb: "${match}"'
                options:
                  tokens: [slammed]
                examples:
                  flag: ["%s"]
                """;
        Files.writeString(rule, ruleFile.formatted("The minister slammed the plan."));
        mojo.cacheFile = cacheFolder.resolve("copydesk-cache").toFile();
        mojo.ruleDirectories = List.of(rules.toFile());
        mojo.setLog(new SystemStreamLog() {
            @Override
            public boolean isDebugEnabled() {
                return true;
            }

            @Override
            public void debug(CharSequence content) {
                debugs.add(content.toString());
            }
        });

        mojo.execute();
        assertThat(debugs).noneMatch(line -> line.startsWith(skipped));
        mojo.execute();
        assertThat(debugs).filteredOn(line -> line.startsWith(skipped)).hasSize(1);

        // The example no longer holds: the cache's key is of the old rule file, so the examples run and this one fails.
        Files.writeString(rule, ruleFile.formatted("The minister criticised the plan."));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("example of rule 'no-slammed'");
        assertThat(debugs).filteredOn(line -> line.startsWith(skipped)).hasSize(1);
    }

    private static PluginDescriptor pluginWith(String jsoupVersion) {
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setArtifacts(List.of(new DefaultArtifact("org.jsoup", "jsoup", jsoupVersion, "compile", "jar", null,
                new DefaultArtifactHandler("jar"))));
        return plugin;
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void aBuildThatGivesThePluginAnotherLibraryVersionChecksEveryArticleAgain(CheckMojo mojo) throws Exception {
        Path cache = cacheFolder.resolve("copydesk-cache");
        mojo.cacheFile = cache.toFile();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
            }
        });

        mojo.plugin = pluginWith("1.24.1");
        mojo.execute();
        mojo.plugin = pluginWith("1.24.2");
        mojo.execute();
        mojo.execute();

        assertThat(infos).containsExactly(
                "2 files checked.",
                "2 files checked.",
                "2 of 2 files unchanged since the last run: findings taken from the cache " + cache,
                "2 files checked.");
    }
}
