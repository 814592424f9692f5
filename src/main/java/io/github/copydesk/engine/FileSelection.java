package io.github.copydesk.engine;

import io.github.copydesk.article.PathGlob;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which files a run checks: the explicit {@code files} when given (a folder among them is
 * searched like an article directory), else every file under the article directories that
 * matches an include pattern and no exclude pattern. Patterns are globs relative to the
 * directory searched ({@code **}{@code /*.md}); hidden folders such as {@code .git} are skipped.
 */
public record FileSelection(List<Path> directories, List<String> includes, List<String> excludes, List<Path> files) {

    /** The default includes, comma-separated as the parameter takes them. */
    public static final String DEFAULT_INCLUDE_PATTERNS = "**/*.txt,**/*.md,**/*.markdown,**/*.html,**/*.htm";
    public static final List<String> DEFAULT_INCLUDES = List.of(DEFAULT_INCLUDE_PATTERNS.split(","));

    public FileSelection {
        directories = List.copyOf(directories);
        includes = includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = List.copyOf(excludes);
        files = List.copyOf(files);
    }

    /**
     * The files to check, sorted and without duplicates. An explicit file that does not exist is
     * kept: reading it reports it. An include or exclude that is not a valid glob is an
     * {@link IllegalArgumentException} naming it.
     */
    public List<Path> select() throws IOException {
        TreeSet<Path> selected = new TreeSet<>();
        if (!files.isEmpty()) {
            for (Path file : files) {
                if (Files.isDirectory(file)) {
                    collect(file, selected);
                } else {
                    selected.add(file.toAbsolutePath().normalize());
                }
            }
        } else {
            for (Path directory : directories) {
                if (Files.isDirectory(directory)) {
                    collect(directory, selected);
                }
            }
        }
        return new ArrayList<>(selected);
    }

    private void collect(Path directory, TreeSet<Path> selected) throws IOException {
        List<PathGlob> include = matchers(includes);
        List<PathGlob> exclude = matchers(excludes);
        Path root = directory.toAbsolutePath().normalize();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                Path relative = root.relativize(file);
                if (attributes.isRegularFile() && matches(include, relative) && !matches(exclude, relative)) {
                    selected.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                selected.add(file); // reading it again reports why it cannot be read
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static List<PathGlob> matchers(List<String> patterns) {
        return patterns.stream().filter(pattern -> !pattern.isBlank()).map(PathGlob::of).toList();
    }

    private static boolean matches(List<PathGlob> globs, Path relative) {
        return globs.stream().anyMatch(glob -> glob.matches(relative));
    }
}
