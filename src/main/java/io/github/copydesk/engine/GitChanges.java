package io.github.copydesk.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The files git reports as changed since a ref, for {@code changedSince}: added, copied, modified
 * and renamed (under the new name); deleted files are left out. Compared is the merge base of the
 * ref and {@code HEAD} with the working tree, so a pull request's CI job sees what the pull
 * request touched (and not what the target branch did meanwhile), and an editor's uncommitted and
 * staged edits count too. Untracked files do not: git does not know them yet.
 */
public final class GitChanges {
    private GitChanges() {
    }

    /**
     * The changed files under {@code directory}, as absolute paths. A ref git does not know, a
     * folder that is no git work tree or git missing from the {@code PATH} is an
     * {@link IOException} with git's own words.
     */
    public static List<Path> since(String ref, Path directory) throws IOException, InterruptedException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new IOException("changedSince: '" + ref + "' is not a git ref");
        }
        Path top = Path.of(run(directory, "git", "rev-parse", "--show-toplevel").strip());
        String output = run(directory, "git", "-c", "core.quotepath=off", "diff", "--name-only", "-z",
                "--diff-filter=ACMR", "--merge-base", ref, "--");
        List<Path> changed = new ArrayList<>();
        for (String name : output.split("\0")) {
            if (!name.isEmpty()) {
                changed.add(top.resolve(name).toAbsolutePath().normalize());
            }
        }
        return changed;
    }

    private static String run(Path directory, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).start();
        } catch (IOException e) {
            throw new IOException("changedSince needs git on the PATH: " + e.getMessage(), e);
        }
        process.getOutputStream().close();
        CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        byte[] output = readAll(process.getInputStream());
        int status = process.waitFor();
        if (status != 0) {
            throw new IOException("git " + String.join(" ", List.of(command).subList(1, command.length))
                    + " failed: " + new String(errors.join(), StandardCharsets.UTF_8).strip());
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream stream) {
        try (stream; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            stream.transferTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
