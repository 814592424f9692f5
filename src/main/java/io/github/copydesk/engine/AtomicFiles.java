package io.github.copydesk.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Replaces a file so that a reader, or a run killed half-way, sees the old bytes or the new ones,
 * never a mix: the new bytes go to a hidden temporary file in the same folder, are forced to disk,
 * and the temporary file is moved over the old one in one step. A run killed between the two
 * steps leaves at most a stray {@code .<name>.<uuid>.tmp} file.
 */
public final class AtomicFiles {
    /** Produces a file's bytes. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void replace(Path target, byte[] bytes) throws IOException {
        replace(target, out -> out.write(bytes));
    }

    /**
     * Writes what {@code content} produces to {@code link}, or to the file it links to, creating its
     * folder if needed. A new
     * file gets the usual permissions; a replaced one keeps its own. When {@code content} fails,
     * the target is left as it was.
     */
    public static void replace(Path link, Content content) throws IOException {
        // Through a symbolic link the file it names is replaced, and the link kept.
        Path target = Files.isSymbolicLink(link) && Files.exists(link) ? link.toRealPath() : link;
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Not Files.createTempFile: its owner-only permissions would carry over to the target.
        Path temporary = folder.resolve(temporaryName(target));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(target, temporary);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A new temporary file's name for {@code target}; {@link StrayTemporaries} knows it by this form. */
    static String temporaryName(Path target) {
        return "." + target.getFileName() + "." + UUID.randomUUID() + ".tmp";
    }

    private static void keepPermissions(Path original, Path temporary) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (from != null && to != null && Files.exists(original)) {
            to.setPermissions(from.readAttributes().permissions());
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot; a plain replace still never exposes a half-written file.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
