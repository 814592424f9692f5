package io.github.copydesk.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * The unified diff ({@code diff -u}, three lines of context) between a file's text as stored and
 * as fixed, in the form {@code git diff} gives and {@code git apply} takes: lines end at
 * {@code \n} alone, so a {@code \r} before it (CRLF) or on its own (old Mac line ends) is part of
 * the line and reaches the patch unchanged, and so does a byte-order mark at the start of the
 * first line. A last line without a line end is followed by {@code \ No newline at end of file}.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";

    private UnifiedDiff() {
    }

    /** The diff from {@code before} to {@code after} of the file at {@code path}, or "" when they are equal. */
    static String of(String path, String before, String after) {
        List<String> oldLines = lines(before);
        Patch<String> patch = DiffUtils.diff(oldLines, lines(after));
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, oldLines, patch, CONTEXT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < diff.size(); i++) {
            String line = diff.get(i);
            // The two file lines and each hunk's "@@" line carry no line end of their own; a line of
            // the file opens with ' ', '-' or '+' and keeps the one it has in the file.
            if (i < 2 || line.startsWith("@@")) {
                out.append(line).append('\n');
            } else {
                out.append(line);
                if (!line.endsWith("\n")) {
                    out.append('\n').append(NO_NEWLINE);
                }
            }
        }
        return out.toString();
    }

    /** Lines with their {@code \n}; a text that ends in one has no empty line after it, an empty text no line. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, next));
            start = next;
        }
        return lines;
    }
}
