package io.github.copydesk.maven;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The Maven process's own standard output, beneath whatever stream Maven has put in
 * {@code System.out}: Maven 4 starts each line a plugin prints there with {@code [stdout] }, and a
 * console with colours may add escape codes, but what is written here reaches the reader as it is
 * written. It carries what a program reads line by line: GitHub workflow commands, which the
 * runner recognises only at the start of a line, and the dry-run patch. What Maven has buffered is
 * flushed first, so the lines stay in order.
 */
final class ProcessStandardOutput {
    private ProcessStandardOutput() {
    }

    /** Never to be closed: closing it would close the process's standard output for the rest of the build. */
    static PrintStream open() {
        System.out.flush();
        System.err.flush();
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }
}
