package io.github.copydesk.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in a text by their quotation marks: curly and straight double quotes
 * and, for British-style copy, single quotes. Whether a mark opens or closes is read from its
 * neighbours as much as from its shape, because copy mixes straight and curly marks and uses the
 * same characters for apostrophes ({@code country’s}, {@code ’90s}) and inch marks ({@code 6'2"}).
 * Marks inside a quotation of the other kind are part of its text (a single-quoted title inside a
 * double-quoted remark). Two apostrophes in a row stand for a double mark. Unbalanced text never
 * fails: a stray closing mark is ignored, and an opening mark with no closing one starts a
 * quotation that runs to the end of the text.
 */
public final class Quotations {
    private static final String DOUBLE_MARKS = "\"“”„‟";
    private static final String SINGLE_MARKS = "'‘’‚‛";
    /** Characters after which a mark starts a quotation as it would after a blank. */
    private static final String OPENING_CONTEXT = "([{—–-/:";
    /** Characters before which a mark ends a quotation as it would before a blank. */
    private static final String CLOSING_CONTEXT = ".,;:!?)]}—–-…/";

    private enum Role { OPEN, CLOSE, EITHER, NONE }

    private Quotations() {
    }

    /** The quotations of {@code text} in order; single quotes count only when {@code singleQuotes} is set. */
    public static List<Quotation> find(String text, boolean singleQuotes) {
        if (!singleQuotes && text.contains("''")) {
            return find(withDoubledApostrophesAsMarks(text), false);
        }
        List<Quotation> found = new ArrayList<>();
        int open = -1;
        boolean openIsSingle = false;
        AnyCharSearch marks = new AnyCharSearch(text, singleQuotes ? DOUBLE_MARKS + SINGLE_MARKS : DOUBLE_MARKS);
        for (int i = marks.from(0); i >= 0; i = marks.from(i + 1)) {
            char c = text.charAt(i);
            // The search finds only the marks asked for: single ones only when they count.
            boolean isDouble = DOUBLE_MARKS.indexOf(c) >= 0;
            boolean isSingle = !isDouble;
            if (open >= 0 && isSingle != openIsSingle) {
                continue; // a mark of the other kind inside a quotation is part of its text
            }
            Role role = isDouble ? doubleRole(text, i) : singleRole(text, i);
            if (open < 0 && (role == Role.OPEN || role == Role.EITHER)) {
                open = i;
                openIsSingle = isSingle;
            } else if (open >= 0 && (role == Role.CLOSE || role == Role.EITHER)) {
                found.add(new Quotation(open, i, true));
                open = -1;
            } else if (open >= 0 && role == Role.OPEN) {
                // The writer left the last quotation unclosed; this mark starts the next one.
                found.add(new Quotation(open, i, false));
                open = i;
            }
        }
        if (open >= 0 && !openIsSingle) {
            found.add(new Quotation(open, text.length(), false));
        }
        return found;
    }

    /**
     * Two apostrophes typed for a double mark ({@code ,'' Goyal said}) are read as one, at the same
     * offsets: the one next to the quoted words becomes the mark, the other a blank beside it.
     */
    private static String withDoubledApostrophesAsMarks(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            if (chars[i] == '\'' && chars[i + 1] == '\'') {
                boolean opens = spaceBefore(text, i) && !spaceAfter(text, i + 1);
                chars[opens ? i + 1 : i] = '"';
                chars[opens ? i : i + 1] = ' ';
                i++;
            }
        }
        return new String(chars);
    }

    /**
     * {@code text} with the content of every quotation replaced by letters {@code x}, so that
     * sentence ends and attribution words inside quoted speech are not taken for the reporter's.
     * A full stop, question or exclamation mark that closes the quoted words is kept: it ends the
     * sentence when the next one starts after the closing mark.
     */
    public static String mask(String text, List<Quotation> quotations) {
        char[] masked = text.toCharArray();
        for (Quotation quotation : quotations) {
            int keepFrom = quotation.end();
            while (keepFrom > quotation.contentStart() && ".!?…".indexOf(text.charAt(keepFrom - 1)) >= 0) {
                keepFrom--;
            }
            for (int i = quotation.contentStart(); i < keepFrom; i++) {
                masked[i] = 'x';
            }
        }
        return new String(masked);
    }

    private static Role doubleRole(String text, int i) {
        char c = text.charAt(i);
        boolean spaceBefore = spaceBefore(text, i);
        boolean spaceAfter = spaceAfter(text, i);
        if (c == '“' || c == '„' || c == '‟') {
            return !spaceBefore && spaceAfter ? Role.CLOSE : Role.OPEN;
        }
        if (c == '”') {
            return spaceBefore && !spaceAfter ? Role.OPEN : Role.CLOSE;
        }
        if (spaceBefore && spaceAfter) {
            return Role.NONE;
        }
        if (spaceBefore) {
            return Role.OPEN;
        }
        if (isInchMark(text, i)) {
            return Role.NONE;
        }
        return spaceAfter ? Role.CLOSE : Role.EITHER;
    }

    /** {@code 6'2"} or {@code a 12" pipe}: a straight double mark after a figure measures. */
    private static boolean isInchMark(String text, int i) {
        int before = i - 1;
        if (before >= 0 && text.charAt(before) == '\'') {
            before--;
        }
        return before >= 0 && Character.isDigit(text.charAt(before))
                && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)));
    }

    /**
     * A single mark between letters is an apostrophe (country’s), and so is one before a figure
     * (’90s); one after a letter closes only when no letter follows.
     */
    private static Role singleRole(String text, int i) {
        boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        if (letterBefore && letterAfter) {
            return Role.NONE;
        }
        if (letterAfter && Character.isDigit(text.charAt(i + 1))) {
            return Role.NONE;
        }
        boolean spaceBefore = spaceBefore(text, i);
        boolean spaceAfter = spaceAfter(text, i);
        if (spaceBefore && !spaceAfter) {
            return text.charAt(i) == '’' ? Role.NONE : Role.OPEN;
        }
        if (!spaceBefore && spaceAfter) {
            return text.charAt(i) == '‘' ? Role.NONE : Role.CLOSE;
        }
        return Role.NONE;
    }

    private static boolean spaceBefore(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || OPENING_CONTEXT.indexOf(before) >= 0
                || DOUBLE_MARKS.indexOf(before) >= 0 || SINGLE_MARKS.indexOf(before) >= 0 && i >= 2
                && Character.isWhitespace(text.charAt(i - 2));
    }

    private static boolean spaceAfter(String text, int i) {
        if (i + 1 >= text.length()) {
            return true;
        }
        char after = text.charAt(i + 1);
        return Character.isWhitespace(after) || CLOSING_CONTEXT.indexOf(after) >= 0
                || DOUBLE_MARKS.indexOf(after) >= 0 || SINGLE_MARKS.indexOf(after) >= 0;
    }
}
