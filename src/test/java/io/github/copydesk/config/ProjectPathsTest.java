package io.github.copydesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectPathsTest {
    @TempDir
    Path base;

    @Test
    void anUnresolvedProjectFolderIsTheBaseDirectory() {
        Path madeAbsolute = base.resolve("${project.basedir}/target/copydesk");

        assertThat(ProjectPaths.resolve(base, madeAbsolute.toString())).isEqualTo(base.resolve("target/copydesk"));
        assertThat(ProjectPaths.resolve(base, "${basedir}/reports")).isEqualTo(base.resolve("reports"));
    }

    @Test
    void anUnresolvedBuildDirectoryIsTargetInTheBaseDirectory() {
        assertThat(ProjectPaths.resolve(base, "${project.build.directory}/copydesk"))
                .isEqualTo(base.resolve("target/copydesk"));
    }

    @Test
    void otherPathsAreRelativeToTheBaseDirectoryUnlessAbsolute() {
        Path elsewhere = base.resolveSibling("elsewhere").resolve("reports");

        assertThat(ProjectPaths.resolve(base, "reports/../out")).isEqualTo(base.resolve("out"));
        assertThat(ProjectPaths.resolve(base, elsewhere.toString())).isEqualTo(elsewhere);
    }
}
