package io.github.copydesk.article;

import java.nio.file.Path;

/** How messages and reports show a file: relative to the base directory, with {@code /} separators. */
public final class DisplayPath {
    private DisplayPath() {
    }

    public static String of(Path baseDirectory, Path file) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        Path shown;
        try {
            shown = base.relativize(absolute);
        } catch (IllegalArgumentException e) {
            shown = absolute; // another file system root: no relative form exists
        }
        return shown.toString().replace('\\', '/');
    }
}
