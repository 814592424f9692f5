package io.github.copydesk.report;

import io.github.copydesk.rule.Finding;
import java.util.List;

/**
 * An article's lines, to show a finding where it stands: the lines it covers with its text
 * marked, and up to {@value #CONTEXT} characters of text on either side of it: of its own lines
 * first, then of whole neighbouring lines while they fit. A paragraph written on one line thus
 * shows the sentence around the finding, and hard-wrapped copy a line or two above and below. A
 * very long finding shows its first and last lines, and a long marked text its start and end, so
 * the page stays readable and small whatever the article holds.
 */
final class ArticleContext {
    /** Neighbouring lines shown at most before and after a finding. */
    static final int SURROUNDING_LINES = 2;
    /** A finding over more lines shows only its first and last ones. */
    static final int LONGEST_SPAN = 20;
    static final int SPAN_HEAD = 12;
    static final int SPAN_TAIL = 5;
    /** Characters (code points) of text shown on either side of the marked text. */
    static final int CONTEXT = 60;
    /** Characters (code points) kept at each end of a marked text longer than twice this. */
    static final int MARK_ENDS = 40;

    private static final String ELLIPSIS = "<i>…</i>";

    private final List<String> lines;

    ArticleContext(String text) {
        this.lines = List.of(text.split("\n", -1));
    }

    /** Whether the finding lies inside this text; one that does not is shown without context. */
    boolean covers(Finding finding) {
        return finding.line() >= 1 && finding.endLine() >= finding.line() && finding.endLine() <= lines.size();
    }

    /**
     * The finding's lines as HTML: one {@code span} per line, its number in {@code data-n}, its text
     * escaped, the finding's own lines of class {@code hit} and the finding in {@code <mark>}.
     */
    String render(Finding finding) {
        StringBuilder html = new StringBuilder();
        int first = firstShown(finding);
        int last = lastShown(finding);
        boolean elide = finding.endLine() - finding.line() + 1 > LONGEST_SPAN;
        int gapStart = finding.line() + SPAN_HEAD;
        int gapEnd = finding.endLine() - SPAN_TAIL;
        for (int number = first; number <= last; number++) {
            if (elide && number == gapStart) {
                html.append("<span class=\"gap\" data-n=\"⋮\">").append(gapEnd - gapStart + 1)
                        .append(" more lines</span>");
                number = gapEnd;
                continue;
            }
            renderLine(html, finding, number);
        }
        return html.toString();
    }

    /** The first line shown: the finding's own, or a neighbour above it that fits in what is left of the context. */
    private int firstShown(Finding finding) {
        int left = CONTEXT - markStart(finding);
        int first = finding.line();
        while (first > 1 && finding.line() - first < SURROUNDING_LINES) {
            int length = length(lines.get(first - 2));
            if (length > left) {
                break;
            }
            left -= length;
            first--;
        }
        // A blank line at the edge shows nothing of the article.
        while (first < finding.line() && lines.get(first - 1).isBlank()) {
            first++;
        }
        return first;
    }

    /** The last line shown: the finding's own, or a neighbour below it that fits in what is left of the context. */
    private int lastShown(Finding finding) {
        String endLine = lines.get(finding.endLine() - 1);
        int endLength = length(endLine);
        int left = CONTEXT - (endLength - clamp(finding.endColumn() - 1, endLength));
        int last = finding.endLine();
        while (last < lines.size() && last - finding.endLine() < SURROUNDING_LINES) {
            int length = length(lines.get(last));
            if (length > left) {
                break;
            }
            left -= length;
            last++;
        }
        while (last > finding.endLine() && lines.get(last - 1).isBlank()) {
            last--;
        }
        return last;
    }

    private int markStart(Finding finding) {
        return clamp(finding.column() - 1, length(lines.get(finding.line() - 1)));
    }

    private void renderLine(StringBuilder html, Finding finding, int number) {
        String text = lines.get(number - 1);
        boolean hit = number >= finding.line() && number <= finding.endLine();
        html.append(hit ? "<span class=\"hit\" data-n=\"" : "<span data-n=\"").append(number).append("\">");
        if (!hit) {
            html.append(MarkupText.escapeText(text)).append("</span>");
            return;
        }
        int[] line = text.codePoints().toArray();
        int markStart = clamp(number == finding.line() ? finding.column() - 1 : 0, line.length);
        int markEnd = Math.max(markStart,
                clamp(number == finding.endLine() ? finding.endColumn() - 1 : line.length, line.length));
        int shownFrom = markStart - CONTEXT > 0 ? wordStartAfter(line, markStart - CONTEXT, markStart) : 0;
        int shownTo = markEnd + CONTEXT < line.length ? wordEndBefore(line, markEnd + CONTEXT, markEnd) : line.length;
        html.append(shownFrom > 0 ? ELLIPSIS : "")
                .append(MarkupText.escapeText(slice(line, shownFrom, markStart)))
                .append(marked(line, markStart, markEnd))
                .append(MarkupText.escapeText(slice(line, markEnd, shownTo)))
                .append(shownTo < line.length ? ELLIPSIS : "")
                .append("</span>");
    }

    /** The marked part of a line; a very long one keeps its start and end, which is what an editor looks for. */
    private static String marked(int[] line, int from, int to) {
        if (to <= from) {
            return "";
        }
        if (to - from <= 2 * MARK_ENDS) {
            return "<mark>" + MarkupText.escapeText(slice(line, from, to)) + "</mark>";
        }
        int headEnd = wordEndBefore(line, from + MARK_ENDS, from + MARK_ENDS / 2);
        int tailStart = wordStartAfter(line, to - MARK_ENDS, to - MARK_ENDS / 2);
        return "<mark>" + MarkupText.escapeText(slice(line, from, headEnd)) + ELLIPSIS
                + MarkupText.escapeText(slice(line, tailStart, to)) + "</mark>";
    }

    /**
     * Where a part of a line cut at {@code cut} should end so as not to split a word: at the last
     * space at or before {@code cut} but after {@code floor}, else at {@code cut}.
     */
    private static int wordEndBefore(int[] line, int cut, int floor) {
        for (int i = cut; i > floor; i--) {
            if (Character.isWhitespace(line[i - 1]) || Character.isWhitespace(line[i])) {
                return i;
            }
        }
        return cut;
    }

    /**
     * Where a part of a line cut at {@code cut} should start so as not to split a word: after the
     * first space at or after {@code cut} and before {@code ceiling}, else at {@code cut}.
     */
    private static int wordStartAfter(int[] line, int cut, int ceiling) {
        for (int i = cut; i < ceiling; i++) {
            if (Character.isWhitespace(line[i - 1]) || Character.isWhitespace(line[i])) {
                return i;
            }
        }
        return cut;
    }

    private static String slice(int[] line, int from, int to) {
        return to <= from ? "" : new String(line, from, to - from);
    }

    private static int length(String line) {
        return line.codePointCount(0, line.length());
    }

    private static int clamp(int value, int length) {
        return Math.max(0, Math.min(value, length));
    }
}
