package io.github.copydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph of copy into sentences. A sentence ends at a full stop, question or
 * exclamation mark (with any closing quotation marks or brackets after it) when the next one
 * starts with a capital, a figure or an opening mark; titles and abbreviations ({@code Mr.},
 * {@code Gen.}, {@code U.S.}) and initials ({@code J. K. Rowling}) do not end one. Line breaks
 * inside a paragraph are wrapping, not ends.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cpt", "maj", "adm", "brig", "cmdr",
            "gov", "sen", "rep", "pres", "rev", "hon", "st", "mt", "ft", "jr", "sr", "no", "nos", "vs", "etc", "e.g",
            "i.e", "inc", "ltd", "co", "corp", "plc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "approx", "dept", "est", "fig", "vol", "op", "art", "para", "ave", "blvd", "rd",
            "u.s", "u.k", "u.n", "e.u", "a.m", "p.m");
    private static final String TERMINALS = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";
    private static final String OPENERS = "\"'“‘«([„";

    /** One sentence: {@code [start, end)} of the text, without the blanks around it. */
    public record Sentence(int start, int end) {
    }

    private Sentences() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = skipBlanks(text, 0);
        AnyCharSearch terminals = new AnyCharSearch(text, TERMINALS);
        int i = terminals.from(start);
        while (i >= 0) {
            int end = i + 1;
            while (end < text.length() && (TERMINALS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            int next = skipBlanks(text, end);
            if (next > end && next < text.length() && startsSentence(text.charAt(next))
                    && !(text.charAt(i) == '.' && isAbbreviation(text, i))) {
                sentences.add(new Sentence(start, end));
                start = next;
            }
            i = terminals.from(Math.max(end, i + 1));
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(start, end));
        }
        return sentences;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0
                || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /** The word before the full stop at {@code dot} is an abbreviation or a single initial. */
    private static boolean isAbbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
