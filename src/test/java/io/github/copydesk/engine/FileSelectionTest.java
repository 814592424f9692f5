package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSelectionTest {
    @TempDir
    Path base;

    @BeforeEach
    void newsroom() throws Exception {
        for (String name : List.of("content/top.txt", "content/world/a.txt", "content/world/b.md",
                "content/world/c.markdown", "content/world/g.html", "content/world/h.htm", "content/world/photo.jpg",
                "content/drafts/d.txt",
                "content/.git/e.md", "other/f.txt")) {
            Path file = base.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
    }

    private List<String> names(FileSelection selection) throws Exception {
        return selection.select().stream().map(p -> base.relativize(p).toString().replace('\\', '/')).toList();
    }

    @Test
    void defaultIncludesTakeArticlesAtEveryDepthAndSkipHiddenFolders() throws Exception {
        FileSelection selection = new FileSelection(List.of(base.resolve("content")), List.of(), List.of(), List.of());

        assertThat(names(selection)).containsExactly("content/drafts/d.txt", "content/top.txt", "content/world/a.txt",
                "content/world/b.md", "content/world/c.markdown", "content/world/g.html", "content/world/h.htm");
    }

    @Test
    void excludesLeaveFilesOut() throws Exception {
        FileSelection selection = new FileSelection(List.of(base.resolve("content")), List.of(),
                List.of("drafts/**", "**/*.markdown", "**/*.htm*"), List.of());

        assertThat(names(selection)).containsExactly("content/top.txt", "content/world/a.txt", "content/world/b.md");
    }

    @Test
    void includesChooseFiles() throws Exception {
        FileSelection selection = new FileSelection(List.of(base.resolve("content")), List.of("world/*.md"),
                List.of(), List.of());

        assertThat(names(selection)).containsExactly("content/world/b.md");
    }

    @Test
    void explicitFilesReplaceTheDirectoriesAndAreKeptEvenIfMissing() throws Exception {
        FileSelection selection = new FileSelection(List.of(base.resolve("content")), List.of(), List.of(),
                List.of(base.resolve("other/f.txt"), base.resolve("content/world/photo.jpg"), base.resolve("gone.txt")));

        assertThat(names(selection)).containsExactly("content/world/photo.jpg", "gone.txt", "other/f.txt");
    }

    @Test
    void anExplicitFolderIsSearchedLikeAnArticleDirectory() throws Exception {
        FileSelection selection = new FileSelection(List.of(), List.of(), List.of(), List.of(base.resolve("content/world")));

        assertThat(names(selection)).containsExactly("content/world/a.txt", "content/world/b.md", "content/world/c.markdown",
                "content/world/g.html", "content/world/h.htm");
    }

    @Test
    void aMissingArticleDirectoryGivesNoFiles() throws Exception {
        assertThat(new FileSelection(List.of(base.resolve("nowhere")), List.of(), List.of(), List.of()).select()).isEmpty();
    }

    @Test
    void anInvalidPatternIsNamed() {
        FileSelection selection = new FileSelection(List.of(base.resolve("content")), List.of("**/*.{txt"), List.of(), List.of());

        assertThatThrownBy(selection::select)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("includes: Invalid file pattern '**/*.{txt': ")
                .hasMessageNotContaining(System.lineSeparator()).hasMessageNotContaining("\n");
    }

    @Test
    void aMisspeltDirectoryNamesTheNearestExistingFolder() {
        assertThat(FileSelection.directoryProblem(base.resolve("contnet")))
                .contains(base.resolve("contnet") + " does not exist (did you mean " + base.resolve("content") + "?)");
        assertThat(FileSelection.directoryProblem(base.resolve("content/wrold/2024")))
                .contains(base.resolve("content/wrold/2024") + " does not exist (did you mean "
                        + base.resolve("content/world") + "?)");
    }

    @Test
    void aMissingDirectoryWithNothingCloseIsNamedAlone() {
        assertThat(FileSelection.directoryProblem(base.resolve("archive-2019")))
                .contains(base.resolve("archive-2019") + " does not exist");
    }

    @Test
    void aFileIsNotAnArticleDirectory() {
        assertThat(FileSelection.directoryProblem(base.resolve("content/top.txt")))
                .contains(base.resolve("content/top.txt") + " is a file, not a folder");
        assertThat(FileSelection.directoryProblem(base.resolve("content"))).isEmpty();
    }

    @Test
    void symbolicLinksToFilesAndFoldersAreFollowed() throws Exception {
        Files.createSymbolicLink(base.resolve("content/linked.txt"), base.resolve("other/f.txt"));
        Files.createSymbolicLink(base.resolve("content/elsewhere"), base.resolve("other"));

        assertThat(names(new FileSelection(List.of(base.resolve("content")), List.of("*.txt", "elsewhere/*.txt"),
                List.of(), List.of()))).containsExactly("content/elsewhere/f.txt", "content/linked.txt", "content/top.txt");
    }

    @Test
    void aLinkBackToAFolderAboveIsKeptOnceInsteadOfFollowed() throws Exception {
        Files.createSymbolicLink(base.resolve("content/world/up"), base.resolve("content"));

        List<String> selected = names(new FileSelection(List.of(base.resolve("content")), List.of(), List.of(),
                List.of()));

        assertThat(selected).filteredOn(name -> name.contains("/up")).containsExactly("content/world/up");
        assertThat(selected).contains("content/top.txt", "content/world/a.txt");
    }
}
