package io.github.copydesk.report;

import io.github.copydesk.engine.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a report so that readers only ever see the old content or the whole new one
 * ({@link AtomicFiles}). A build killed half-way leaves at most a stray temporary file, never a
 * half report.
 */
final class AtomicFile {
    /** Produces a file's text. */
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code content} to {@code target} in UTF-8, creating the target's folder if needed. */
    static void write(Path target, Content content) throws IOException {
        AtomicFiles.replace(target, out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(text);
            text.flush();
        });
    }
}
