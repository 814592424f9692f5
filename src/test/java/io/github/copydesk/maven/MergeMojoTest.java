package io.github.copydesk.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
@Basedir("/unit/check")
class MergeMojoTest {

    @Test
    @InjectMojo(goal = "merge", pom = "pom.xml")
    void readsTheReportingParametersCheckHas(MergeMojo mojo) {
        assertThat(mojo.failOnViolation).isTrue();
        assertThat(mojo.violationSeverity).isEqualTo("error");
        assertThat(mojo.maxAllowedViolations).isZero();
        assertThat(mojo.outputFormats).isEqualTo("console");
        assertThat(mojo.outputDirectory.getPath().replace(File.separatorChar, '/')).endsWith("/unit/check/target/copydesk");
    }

    @Test
    @InjectMojo(goal = "merge", pom = "pom.xml")
    void withoutShardReportsItSaysWhatToGive(MergeMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("shardReports: no shard report given; name the JSON reports of the shards, or folders"
                        + " holding them, comma separated");
    }

    @Test
    @InjectMojo(goal = "merge", pom = "pom.xml")
    @MojoParameter(name = "outputFormats", value = "json")
    void aFileThatIsNoShardReportIsNamed(MergeMojo mojo, @TempDir Path folder) throws Exception {
        Path sarif = Files.writeString(folder.resolve("copydesk.sarif"), "{\"version\": \"2.1.0\", \"runs\": []}");
        mojo.shardReports = List.of(sarif.toFile());
        mojo.outputDirectory = folder.resolve("merged").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("shardReports: " + sarif + " is not a copydesk JSON report: it has no \"tool\": \"copydesk\"");
        assertThat(folder.resolve("merged")).doesNotExist();
    }
}
