package io.github.copydesk.report;

import io.github.copydesk.rule.Finding;
import java.util.List;

/**
 * An article's lines, to show a finding where it stands: the lines it covers with its text
 * marked, and a few lines around them. A very long finding shows its first and last lines, and
 * a very long line only the part around the finding (and of a very long finding in one line, its
 * start and end), so the page stays readable and small whatever the article holds.
 */
final class ArticleContext {
    /** Lines shown before and after a finding. */
    static final int SURROUNDING_LINES = 2;
    /** A finding over more lines shows only its first and last ones. */
    static final int LONGEST_SPAN = 20;
    static final int SPAN_HEAD = 12;
    static final int SPAN_TAIL = 5;
    /** Characters (code points) of a line shown on either side of the marked text. */
    static final int LINE_MARGIN = 240;

    private static final String ELLIPSIS = "<span class=\"gap\">…</span>";

    private final List<String> lines;

    ArticleContext(String text) {
        this.lines = List.of(text.split("\n", -1));
    }

    /** Whether the finding lies inside this text; one that does not is shown without context. */
    boolean covers(Finding finding) {
        return finding.line() >= 1 && finding.endLine() >= finding.line() && finding.endLine() <= lines.size();
    }

    /** The finding's lines as HTML: one {@code .line} element per line, its text escaped, the finding in {@code <mark>}. */
    String render(Finding finding) {
        StringBuilder html = new StringBuilder();
        int first = Math.max(1, finding.line() - SURROUNDING_LINES);
        int last = Math.min(lines.size(), finding.endLine() + SURROUNDING_LINES);
        boolean elide = finding.endLine() - finding.line() + 1 > LONGEST_SPAN;
        int gapStart = finding.line() + SPAN_HEAD;
        int gapEnd = finding.endLine() - SPAN_TAIL;
        for (int number = first; number <= last; number++) {
            if (elide && number == gapStart) {
                html.append("<span class=\"line gap\"><span class=\"ln\">⋮</span>")
                        .append(gapEnd - gapStart + 1).append(" more lines</span>");
                number = gapEnd;
                continue;
            }
            renderLine(html, finding, number);
        }
        return html.toString();
    }

    private void renderLine(StringBuilder html, Finding finding, int number) {
        String line = lines.get(number - 1);
        int length = line.codePointCount(0, line.length());
        boolean hit = number >= finding.line() && number <= finding.endLine();
        html.append("<span class=\"line").append(hit ? " hit" : "").append("\"><span class=\"ln\">")
                .append(number).append("</span>");
        if (!hit) {
            int shown = Math.min(length, 2 * LINE_MARGIN);
            html.append(MarkupText.escape(slice(line, 0, shown))).append(shown < length ? ELLIPSIS : "");
            html.append("</span>");
            return;
        }
        int markStart = clamp(number == finding.line() ? finding.column() - 1 : 0, length);
        int markEnd = Math.max(markStart, clamp(number == finding.endLine() ? finding.endColumn() - 1 : length, length));
        int shownFrom = Math.max(0, markStart - LINE_MARGIN);
        int shownTo = Math.min(length, markEnd + LINE_MARGIN);
        html.append(shownFrom > 0 ? ELLIPSIS : "")
                .append(MarkupText.escape(slice(line, shownFrom, markStart)))
                .append(marked(line, markStart, markEnd))
                .append(MarkupText.escape(slice(line, markEnd, shownTo)))
                .append(shownTo < length ? ELLIPSIS : "")
                .append("</span>");
    }

    /** The marked part of a line; a very long one keeps its start and end, which is what an editor looks for. */
    private static String marked(String line, int from, int to) {
        if (to <= from) {
            return "";
        }
        if (to - from <= 2 * LINE_MARGIN) {
            return "<mark>" + MarkupText.escape(slice(line, from, to)) + "</mark>";
        }
        return "<mark>" + MarkupText.escape(slice(line, from, from + LINE_MARGIN)) + "</mark>" + ELLIPSIS
                + "<mark>" + MarkupText.escape(slice(line, to - LINE_MARGIN, to)) + "</mark>";
    }

    private static String slice(String line, int fromCodePoint, int toCodePoint) {
        if (toCodePoint <= fromCodePoint) {
            return "";
        }
        int start = line.offsetByCodePoints(0, fromCodePoint);
        return line.substring(start, line.offsetByCodePoints(start, toCodePoint - fromCodePoint));
    }

    private static int clamp(int value, int length) {
        return Math.max(0, Math.min(value, length));
    }
}
