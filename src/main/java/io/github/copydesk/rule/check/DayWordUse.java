package io.github.copydesk.rule.check;

import io.github.copydesk.text.PhraseIndex;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether "yesterday", "today" or "tomorrow" at a place in the copy names a day. Often it does
 * not: it is part of a name or a masthead ({@code USA TODAY}, {@code the Today programme},
 * {@code Valley Today}), a slogan or a call to action ({@code Send yours today!},
 * {@code Subscribe today}), a label before a colon ({@code Today: Mix of clouds}), or "today"
 * means "nowadays" ({@code Today, infections are rare}, {@code today's demands},
 * {@code Today's top stories}). Only a use that surely names a day is one the check may speak of.
 */
final class DayWordUse {
    /**
     * How far either side of the word a sentence is read. A sentence is rarely longer, and a
     * paragraph of thousands of day words with no full stop stays linear.
     */
    private static final int MAX_SENTENCE_CHARS = 400;
    /** How many words after "Today," a present-tense verb still makes it "nowadays". */
    private static final int PRESENT_TENSE_WINDOW = 4;
    private static final String SENTENCE_ENDS = ".!?…";
    /** Words after the day word in a heading such as "Today on Valley Health". */
    private static final int MAX_LABEL_WORDS = 4;
    private static final String DASHES = "-–—";
    /** A colon right after a capitalised day word, or after one more day word, makes it a label. */
    private static final Pattern LABEL_AFTER = Pattern.compile("(?:[ \\t]*+(?:&|and)[ \\t]++\\p{Lu}\\p{L}*+)?[ \\t]*+:");
    /** Stepped over when looking for what stands before a word: blanks, quotation marks, brackets. */
    private static final String OPENINGS = "\"“”‘’'([«»*_";

    private final PhraseIndex nameWords;
    private final PhraseIndex callsToAction;
    private final PhraseIndex presentTenseWords;

    DayWordUse(List<String> nameWords, List<String> callsToAction, List<String> presentTenseWords) {
        this.nameWords = new PhraseIndex(nameWords);
        this.callsToAction = new PhraseIndex(callsToAction);
        this.presentTenseWords = new PhraseIndex(presentTenseWords);
    }

    /** The day word at {@code [start, end)} of {@code text} names a day. */
    boolean namesADay(String text, int start, int end) {
        String word = text.substring(start, end);
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return false; // USA TODAY, a masthead or a heading in capitals
        }
        boolean capitalised = Character.isUpperCase(word.charAt(0));
        int sentenceStart = sentenceStart(text, start);
        boolean opensSentence = isBlankOrOpening(text, sentenceStart, start);
        if (capitalised && !opensSentence) {
            return false; // Valley Today, the Today programme, Tomorrow's World
        }
        boolean today = word.equalsIgnoreCase("today");
        if (today && isPossessive(text, end)) {
            return false; // today's demands, Today's top stories
        }
        if (capitalised && followedBy(nameWords, text, end)) {
            return false; // Today presenter Jane Doe
        }
        if (capitalised && LABEL_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return false; // Today: Mix of clouds. Today & Tonight: ...
        }
        int sentenceEnd = sentenceEnd(text, end);
        if (endsWithExclamation(text, sentenceEnd) || startsWith(callsToAction, text, sentenceStart, sentenceEnd)) {
            return false; // Send yours today! Subscribe today and save.
        }
        if (capitalised && opensSentence && isShortLabel(text, end, sentenceEnd)) {
            return false; // Today on Valley Health, Today in history
        }
        return !(today && (opensSentence && meansNowadays(text, end, sentenceEnd)
                || followsAPresentTenseVerb(text, sentenceStart, start)));
    }

    /**
     * "Neon signs still exist today", "The old mill is a museum today": a present-tense verb of
     * state in the words just before "today" makes it "nowadays".
     */
    private boolean followsAPresentTenseVerb(String text, int sentenceStart, int start) {
        int from = start;
        for (int words = 0; words < PRESENT_TENSE_WINDOW + 2 && from > sentenceStart; words++) {
            while (from > sentenceStart && Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            while (from > sentenceStart && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
        }
        for (PhraseIndex.Match match : presentTenseWords.find(text, from, start)) {
            // A comma between the verb and the day word ends the verb's clause: "He is ill, today he rests".
            if (text.substring(match.end(), start).indexOf(',') < 0) {
                return true;
            }
        }
        return false;
    }

    /** "Today on Valley Health": a heading's few words with no sentence end, not a sentence. */
    private static boolean isShortLabel(String text, int end, int sentenceEnd) {
        String rest = text.substring(end, sentenceEnd).strip();
        return !rest.isEmpty() && rest.split("\\s+").length <= MAX_LABEL_WORDS
                && SENTENCE_ENDS.indexOf(rest.charAt(rest.length() - 1)) < 0
                && Character.isLowerCase(rest.charAt(0)) && rest.matches("(?U)\\p{Ll}+\\s+\\p{Lu}.*");
    }

    /** "Today, infections are rare": a present-tense verb soon after a sentence-opening "Today,". */
    private boolean meansNowadays(String text, int end, int sentenceEnd) {
        int i = end;
        while (i < sentenceEnd && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= sentenceEnd || text.charAt(i) != ',') {
            return false;
        }
        int windowEnd = i + 1;
        for (int words = 0; words < PRESENT_TENSE_WINDOW && windowEnd < sentenceEnd; words++) {
            while (windowEnd < sentenceEnd && Character.isWhitespace(text.charAt(windowEnd))) {
                windowEnd++;
            }
            while (windowEnd < sentenceEnd && !Character.isWhitespace(text.charAt(windowEnd))) {
                windowEnd++;
            }
        }
        return !presentTenseWords.find(text, i + 1, windowEnd).isEmpty();
    }

    private static boolean isPossessive(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S');
    }

    /** The next word is one of {@code index}'s phrases: "Today programme". */
    private static boolean followedBy(PhraseIndex index, String text, int end) {
        int from = end;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        if (from == end || from >= text.length()) {
            return false;
        }
        int to = Math.min(text.length(), from + MAX_SENTENCE_CHARS);
        List<PhraseIndex.Match> found = index.find(text, from, to);
        return !found.isEmpty() && found.get(0).start() == from;
    }

    private static boolean startsWith(PhraseIndex index, String text, int sentenceStart, int sentenceEnd) {
        int from = sentenceStart;
        while (from < sentenceEnd && OPENINGS.indexOf(text.charAt(from)) >= 0 || from < sentenceEnd
                && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        List<PhraseIndex.Match> found = index.find(text, from, sentenceEnd);
        return !found.isEmpty() && found.get(0).start() == from;
    }

    private static boolean endsWithExclamation(String text, int sentenceEnd) {
        int i = sentenceEnd - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || OPENINGS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '!';
    }

    /**
     * Where the sentence holding {@code at} starts: just after the last sentence end before it, a
     * line break, or the dash after a dateline ({@code RIVERTON (Valley Wire) - Today the ...}).
     */
    private static int sentenceStart(String text, int at) {
        int limit = Math.max(0, at - MAX_SENTENCE_CHARS);
        for (int i = at - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || SENTENCE_ENDS.indexOf(c) >= 0 || c == ':' || c == ';' || isOpeningDash(text, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    private static boolean isOpeningDash(String text, int i) {
        return DASHES.indexOf(text.charAt(i)) >= 0 && i > 0 && i + 1 < text.length()
                && Character.isWhitespace(text.charAt(i + 1))
                && (Character.isWhitespace(text.charAt(i - 1)) || DASHES.indexOf(text.charAt(i - 1)) >= 0);
    }

    /** Just past the sentence end after {@code at}, or the line break or text end. */
    private static int sentenceEnd(String text, int at) {
        int limit = Math.min(text.length(), at + MAX_SENTENCE_CHARS);
        for (int i = at; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (SENTENCE_ENDS.indexOf(c) >= 0 && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                    || OPENINGS.indexOf(text.charAt(i + 1)) >= 0)) {
                return i + 1;
            }
        }
        return limit;
    }

    /** Only blanks, quotation marks and brackets between {@code from} and {@code to}. */
    private static boolean isBlankOrOpening(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && OPENINGS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
