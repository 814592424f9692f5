package io.github.copydesk.engine;

import io.github.copydesk.article.ArticleReader;
import io.github.copydesk.article.ArticleText;
import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Fix;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code copydesk:fix}: applies the repairs checks propose for the active findings of each file
 * (a baselined finding is fixed too; one an editor suppressed is not). A file with a
 * {@code copydesk-input} finding is never written, nor one whose encoding would not write its
 * untouched text back byte for byte. The encoding, byte-order mark and line ends of a file are
 * kept, and each file is replaced in one atomic step.
 */
public final class ArticleFixer {

    /** What happened to one file. */
    public enum Outcome { FIXED, UNCHANGED, SKIPPED }

    /**
     * One file's result: the fixes applied (or that would be, in a dry run), their diff from the
     * file as stored to the file as fixed (a patch {@code git apply} takes once encoded in the
     * request's charset), and for a skipped file the reason.
     */
    public record FileFix(String path, Outcome outcome, int fixes, String diff, String reason) {
    }

    /** Fixes the files of {@code request}; with {@code write} false, only works out the diffs. */
    public List<FileFix> fix(LintRequest request, boolean write) throws InterruptedException {
        FileLinter fileLinter = Linter.fileLinter(request);
        ArticleReader reader = new ArticleReader(request.charset(), request.maxFileSize());
        return FileTasks.map(request.files(), request.effectiveThreads(), file -> fix(file,
                DisplayPath.of(request.baseDirectory(), file), request, fileLinter, reader, write));
    }

    private static FileFix fix(Path file, String path, LintRequest request, FileLinter fileLinter,
            ArticleReader reader, boolean write) {
        byte[] bytes;
        try {
            if (Files.size(file) > request.maxFileSize()) {
                return skipped(path, "larger than maxFileSize");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return skipped(path, "cannot be read: " + e.getMessage());
        }
        ArticleText text = reader.decode(bytes);
        FileLinter.FileFindings findings = fileLinter.lint(file, path, text);
        if (findings.hasInputProblem()) {
            return skipped(path, "it has a copydesk-input finding");
        }
        List<Fix> fixes = findings.active().stream().map(Finding::fix).flatMap(Optional::stream).toList();
        if (fixes.isEmpty()) {
            return new FileFix(path, Outcome.UNCHANGED, 0, "", "");
        }
        Optional<StoredText> stored = StoredText.of(bytes, request.charset());
        if (stored.isEmpty()) {
            return skipped(path, request.charset().name() + " would not write its text back unchanged");
        }
        List<Fix> applied = StoredText.nonOverlapping(fixes);
        byte[] fixed = stored.get().apply(applied);
        String diff = UnifiedDiff.of(path, new String(bytes, request.charset()), new String(fixed, request.charset()));
        if (write) {
            try {
                AtomicFiles.replace(file, fixed);
            } catch (IOException e) {
                return skipped(path, "cannot be written: " + e);
            }
        }
        return new FileFix(path, Outcome.FIXED, applied.size(), diff, "");
    }

    /**
     * The diffs of {@code results}, one file after another, as one patch in {@code charset}, the
     * encoding the files were read in, so that its lines match their bytes.
     */
    public static byte[] patch(List<FileFix> results, Charset charset) {
        StringBuilder patch = new StringBuilder();
        results.forEach(result -> patch.append(result.diff()));
        return patch.toString().getBytes(charset);
    }

    private static FileFix skipped(String path, String reason) {
        return new FileFix(path, Outcome.SKIPPED, 0, "", reason);
    }
}
