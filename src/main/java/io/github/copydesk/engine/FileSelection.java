package io.github.copydesk.engine;

import io.github.copydesk.article.PathGlob;
import io.github.copydesk.config.ClosestName;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which files a run checks: the explicit {@code files} when given (a folder among them is
 * searched like an article directory), else every file under the article directories that
 * matches an include pattern and no exclude pattern. Patterns are globs relative to the
 * directory searched ({@code **}{@code /*.md}); hidden folders such as {@code .git} are skipped.
 * Symbolic links to files and folders are followed.
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
     * {@link IllegalArgumentException} naming it and its list ({@code includes: Invalid file pattern ...}).
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

    /**
     * What is wrong with a configured article directory: it does not exist (naming the existing
     * folder whose name is nearest to the missing one, when one is close) or is not a folder.
     * Empty when it is a folder.
     */
    public static Optional<String> directoryProblem(Path directory) {
        Path folder = directory.toAbsolutePath().normalize();
        if (Files.isDirectory(folder)) {
            return Optional.empty();
        }
        if (Files.exists(folder)) {
            return Optional.of(folder + " is a file, not a folder");
        }
        return Optional.of(folder + " does not exist" + nearestExisting(folder).map(near -> " (did you mean " + near + "?)")
                .orElse(""));
    }

    /**
     * The existing folder a missing one was most likely meant to be: under its nearest existing
     * ancestor, the subfolder whose name is closest to the first missing name.
     */
    private static Optional<Path> nearestExisting(Path missing) {
        Path missingName = missing;
        Path parent = missing.getParent();
        while (parent != null && !Files.isDirectory(parent)) {
            missingName = parent;
            parent = parent.getParent();
        }
        if (parent == null || missingName.getFileName() == null) {
            return Optional.empty();
        }
        List<String> siblings;
        try (Stream<Path> children = Files.list(parent)) {
            siblings = children.filter(Files::isDirectory).map(child -> child.getFileName().toString()).toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        Path found = parent;
        return ClosestName.to(missingName.getFileName().toString(), siblings).map(found::resolve);
    }

    private void collect(Path directory, TreeSet<Path> selected) throws IOException {
        List<PathGlob> include = matchers("includes", includes);
        List<PathGlob> exclude = matchers("excludes", excludes);
        Path root = directory.toAbsolutePath().normalize();
        // Symbolic links are followed; a link back to a folder above it is kept as a path, which
        // the linter reports as a loop.
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
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
                selected.add(file); // reading it again reports why it cannot be read, or that it is a loop
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The list's globs; a bad one is an error that starts with the list's parameter name. */
    private static List<PathGlob> matchers(String parameter, List<String> patterns) {
        try {
            return patterns.stream().filter(pattern -> !pattern.isBlank()).map(PathGlob::of).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + ": " + e.getMessage(), e);
        }
    }

    private static boolean matches(List<PathGlob> globs, Path relative) {
        return globs.stream().anyMatch(glob -> glob.matches(relative));
    }
}
