package io.github.copydesk.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The temporary files {@link AtomicFiles} leaves when a run is killed between writing and moving
 * ({@code .<name>.<uuid>.tmp} beside the file it was to replace). A later run removes those in the
 * folders of the files it checks, when they are older than the run: a newer one may belong to a
 * run still going.
 */
public final class StrayTemporaries {
    private static final Pattern NAME = Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    private StrayTemporaries() {
    }

    private static boolean removeIfOlder(Path entry, FileTime before) {
        try {
            if (Files.isRegularFile(entry) && Files.getLastModifiedTime(entry).compareTo(before) < 0) {
                Files.delete(entry);
                return true;
            }
        } catch (IOException | SecurityException e) {
            // Removed by another run meanwhile, or not ours to remove: left.
        }
        return false;
    }

    /** Whether {@code fileName} is one {@link AtomicFiles} gives its temporary files. */
    static boolean isTemporaryName(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    /**
     * Removes the stray temporary files last modified before {@code runStart} in the folders of
     * {@code files}; returns how many were removed. One that cannot be removed is left.
     */
    public static int removeBeside(Collection<Path> files, Instant runStart) {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path file : files) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                folders.add(parent);
            }
        }
        int removed = 0;
        FileTime before = FileTime.from(runStart);
        for (Path folder : folders) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                    entry -> isTemporaryName(entry.getFileName().toString()))) {
                for (Path entry : entries) {
                    removed += removeIfOlder(entry, before) ? 1 : 0;
                }
            } catch (IOException | SecurityException e) {
                // A folder that cannot be listed is left as it is.
            }
        }
        return removed;
    }
}
