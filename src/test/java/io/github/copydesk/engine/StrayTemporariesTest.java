package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrayTemporariesTest {
    @TempDir
    Path base;

    @Test
    void theNamesAtomicFilesGivesAreKnown() {
        assertThat(StrayTemporaries.isTemporaryName(AtomicFiles.temporaryName(base.resolve("ferry.txt")))).isTrue();
        assertThat(StrayTemporaries.isTemporaryName(".ferry.txt.tmp")).isFalse();
        assertThat(StrayTemporaries.isTemporaryName("ferry.txt.0b5c9a4e-6a2f-4a59-9f5e-2d8e3c1b7a90.tmp")).isFalse();
        assertThat(StrayTemporaries.isTemporaryName(".ferry.txt.0b5c9a4e-6a2f-4a59-9f5e-2d8e3c1b7a90.tmp.bak")).isFalse();
    }

    @Test
    void strayTemporariesOlderThanTheRunAreRemovedAndCounted() throws Exception {
        Instant runStart = Instant.now();
        Path article = write("content/world/ferry.txt");
        Path other = write("content/world/port.md");
        Path stray = write("content/world/" + AtomicFiles.temporaryName(article));
        Path anotherStray = write("content/world/" + AtomicFiles.temporaryName(other));
        Path current = write("content/world/" + AtomicFiles.temporaryName(article));
        Path notOurs = write("content/world/.ferry.txt.swp.tmp");
        Path elsewhere = write("archive/" + AtomicFiles.temporaryName(article));
        for (Path old : List.of(stray, anotherStray, notOurs, elsewhere)) {
            Files.setLastModifiedTime(old, FileTime.from(runStart.minusSeconds(60)));
        }
        Files.setLastModifiedTime(current, FileTime.from(runStart.plusSeconds(1)));

        int removed = StrayTemporaries.removeBeside(List.of(article, other), runStart);

        assertThat(removed).isEqualTo(2);
        try (Stream<Path> left = Files.list(article.getParent())) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("ferry.txt",
                    "port.md", current.getFileName().toString(), ".ferry.txt.swp.tmp");
        }
        assertThat(elsewhere).exists();
    }

    private Path write(String name) throws Exception {
        Path file = base.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        return file;
    }
}
