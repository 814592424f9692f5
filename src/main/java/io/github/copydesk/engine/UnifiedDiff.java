package io.github.copydesk.engine;

import io.github.copydesk.rule.Fix;
import java.util.ArrayList;
import java.util.List;

/**
 * The unified diff ({@code diff -u}, three lines of context) that fixes make to a text, built from
 * the fixes themselves rather than by comparing the two texts, so it costs the size of the
 * changes, not of the file.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private final List<String> lines;
    private final int[] lineStarts;
    private final String text;

    private UnifiedDiff(String text) {
        this.text = text;
        this.lines = splitLines(text);
        this.lineStarts = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            lineStarts[i + 1] = lineStarts[i] + lines.get(i).length();
        }
    }

    /** The diff of {@code fixes} (not overlapping) applied to {@code text}, or "" when they change nothing. */
    static String of(String path, String text, List<Fix> fixes) {
        return new UnifiedDiff(text).diff(path, StoredText.nonOverlapping(fixes));
    }

    private String diff(String path, List<Fix> fixes) {
        List<Change> changes = changes(fixes);
        if (changes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- a/" + path + "\n+++ b/" + path + "\n");
        int shift = 0;
        int i = 0;
        while (i < changes.size()) {
            int j = i;
            while (j + 1 < changes.size() && changes.get(j + 1).first - changes.get(j).last - 1 <= 2 * CONTEXT) {
                j++;
            }
            int from = Math.max(0, changes.get(i).first - CONTEXT);
            int to = Math.min(lines.size() - 1, changes.get(j).last + CONTEXT);
            StringBuilder body = new StringBuilder();
            int oldCount = 0;
            int newCount = 0;
            int line = from;
            for (int k = i; k <= j; k++) {
                Change change = changes.get(k);
                for (; line < change.first; line++, oldCount++, newCount++) {
                    append(body, ' ', lines.get(line));
                }
                for (; line <= change.last; line++, oldCount++) {
                    append(body, '-', lines.get(line));
                }
                for (String added : change.replacement) {
                    append(body, '+', added);
                    newCount++;
                }
            }
            for (; line <= to; line++, oldCount++, newCount++) {
                append(body, ' ', lines.get(line));
            }
            int newStart = from + 1 + shift;
            out.append("@@ -").append(range(from + 1, oldCount)).append(" +")
                    .append(range(newCount == 0 ? newStart - 1 : newStart, newCount)).append(" @@\n").append(body);
            shift += newCount - oldCount;
            i = j + 1;
        }
        return out.toString();
    }

    /** Each run of lines that fixes touch, with the lines that replace it. */
    private List<Change> changes(List<Fix> fixes) {
        List<Change> changes = new ArrayList<>();
        int i = 0;
        while (i < fixes.size()) {
            int first = lineOf(fixes.get(i).start());
            int last = lastLine(fixes.get(i));
            int j = i;
            while (j + 1 < fixes.size() && lineOf(fixes.get(j + 1).start()) <= last) {
                j++;
                last = Math.max(last, lastLine(fixes.get(j)));
            }
            int chunkEnd = lineStarts[last + 1];
            StringBuilder replaced = new StringBuilder();
            int position = lineStarts[first];
            for (int k = i; k <= j; k++) {
                Fix fix = fixes.get(k);
                replaced.append(text, position, fix.start()).append(fix.replacement());
                position = fix.end();
            }
            replaced.append(text, position, chunkEnd);
            if (!replaced.toString().equals(text.substring(lineStarts[first], chunkEnd))) {
                changes.add(new Change(first, last, splitLines(replaced.toString())));
            }
            i = j + 1;
        }
        return changes;
    }

    /** The last line a fix touches: an end just past a line end leaves the next line alone. */
    private int lastLine(Fix fix) {
        return fix.end() > fix.start() ? lineOf(fix.end() - 1) : lineOf(fix.start());
    }

    private int lineOf(int offset) {
        int low = 0;
        int high = lines.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static void append(StringBuilder body, char mark, String line) {
        body.append(mark).append(line);
        if (!line.endsWith("\n")) {
            body.append("\n\\ No newline at end of file\n");
        }
    }

    private static String range(int start, int count) {
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    /** Lines with their {@code \n}; a text that ends in one has no empty line after it, an empty text no line. */
    private static List<String> splitLines(String text) {
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

    private record Change(int first, int last, List<String> replacement) {
    }
}
