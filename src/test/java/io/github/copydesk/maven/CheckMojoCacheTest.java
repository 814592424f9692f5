package io.github.copydesk.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
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
}
