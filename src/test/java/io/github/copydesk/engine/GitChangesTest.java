package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitChangesTest {
    @TempDir
    Path repository;

    private void git(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Desk", "-c",
                "user.email=desk@example.com", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + output);
        }
    }

    private void write(String name, String text) throws IOException {
        Path file = repository.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @BeforeEach
    void aRepositoryWithABranch() throws Exception {
        git("init", "-q", "-b", "main");
        write("content/kept.md", "Kept.\n");
        write("content/edited.md", "Before.\n");
        write("content/gone.md", "Gone.\n");
        write("content/moved.md", "A story long enough that a rename is still seen as one.\n");
        git("add", "-A");
        git("commit", "-q", "-m", "start");
        git("checkout", "-q", "-b", "story");
    }

    @Test
    void listsAddedModifiedAndRenamedFilesSinceTheMergeBaseButNotDeletedOnes() throws Exception {
        write("content/new ë.md", "New.\n");
        write("content/edited.md", "After.\n");
        Files.delete(repository.resolve("content/gone.md"));
        git("mv", "content/moved.md", "content/renamed.md");
        git("add", "-A");
        git("commit", "-q", "-m", "story");
        git("checkout", "-q", "main");
        write("content/main-only.md", "On main.\n");
        git("add", "-A");
        git("commit", "-q", "-m", "main moves on");
        git("checkout", "-q", "story");
        write("content/kept.md", "Kept, with an uncommitted edit.\n");

        List<Path> changed = GitChanges.since("main", repository.resolve("content"));

        Path top = repository.toRealPath();
        assertThat(changed).containsExactlyInAnyOrder(top.resolve("content/new ë.md"), top.resolve("content/edited.md"),
                top.resolve("content/renamed.md"), top.resolve("content/kept.md"));
    }

    @Test
    void anUnknownRefIsAnErrorInGitsWords() {
        assertThatThrownBy(() -> GitChanges.since("no-such-branch", repository))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("git -c core.quotepath=off diff --name-only -z --diff-filter=ACMR --merge-base"
                        + " no-such-branch -- failed: ")
                .hasMessageContaining("no-such-branch");
        assertThatThrownBy(() -> GitChanges.since("--output=x", repository))
                .hasMessage("changedSince: '--output=x' is not a git ref");
    }
}
