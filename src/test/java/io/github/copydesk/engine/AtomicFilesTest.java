package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void writesTheWholeTextInUtf8AndCreatesTheFolder() throws IOException {
        Path target = folder.resolve("reports/copydesk.json");

        AtomicFiles.replace(target, "{\"é\": \"🔗\"}\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("{\"é\": \"🔗\"}\n");
        assertThat(files()).containsExactly("reports", "reports/copydesk.json");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldReportAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("copydesk.json");
        Files.writeString(target, "old report");

        assertThatThrownBy(() -> AtomicFiles.replace(target, out -> {
            out.write("half a new rep".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old report");
        assertThat(files()).containsExactly("copydesk.json");
    }

    @Test
    void replacesAnEarlierReport() throws IOException {
        Path target = folder.resolve("copydesk.json");
        Files.writeString(target, "old report that was longer");

        AtomicFiles.replace(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void aNewFileGetsTheUsualPermissionsNotThoseOfATemporaryFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path usual = Files.createFile(folder.resolve("usual.txt"));
        Path target = folder.resolve("copydesk.json");

        AtomicFiles.replace(target, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(usual));
    }

    private java.util.List<String> files() throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> !path.equals(folder))
                    .map(path -> folder.relativize(path).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void throughASymbolicLinkTheLinkedFileIsReplacedAndTheLinkKept() throws Exception {
        Path article = folder.resolve("archive/ferry.txt");
        Files.createDirectories(article.getParent());
        Files.writeString(article, "old");
        Path link = folder.resolve("ferry.txt");
        Files.createSymbolicLink(link, Path.of("archive/ferry.txt"));

        AtomicFiles.replace(link, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("archive/ferry.txt"));
        assertThat(Files.readString(article)).isEqualTo("new");
    }
}
