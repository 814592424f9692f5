package io.github.copydesk.rule.check;

import io.github.copydesk.text.PhraseIndex;
import io.github.copydesk.text.Quotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells quoted speech from titles and names in quotation marks, which need no speaker: a book,
 * song or operation in title case, a phrase the sentence names ({@code so-called}, {@code dubbed},
 * {@code the slogan}), or a lower-case phrase used as a noun after an article
 * ({@code the "coalition of the willing"}).
 */
final class QuoteShapes {
    /** Words a title keeps in lower case: "The House on the Long Road". */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of",
            "in", "on", "at", "to", "for", "by", "with", "from", "into", "over", "as", "vs", "de", "la", "le", "el",
            "al", "du", "des", "van", "von",
            // "and" in the languages whose titles English copy quotes most often
            "ve", "und", "et", "y", "e", "i", "och", "og", "en");
    /** The word before a quoted name or title says what it is. */
    private static final PhraseIndex NAMING_WORDS = new PhraseIndex(List.of("so-called", "so called", "dubbed",
            "called", "named", "nicknamed", "titled", "entitled", "known as", "termed", "branded", "labelled", "labeled",
            "slogan", "motto", "hashtag", "headline", "phrase", "word", "words", "term", "campaign", "song", "album",
            "book", "novel", "film", "movie", "series", "show", "documentary", "programme", "program", "play", "poem",
            "exhibition", "operation", "codenamed", "code-named", "banner", "placard", "sign", "caption", "the title",
            "sang", "sing", "sings", "singing", "means", "meaning", "translates as", "translated as", "stands for",
            "search for", "type", "enter", "select", "click", "tap"));
    /** An article, a possessive or "of" before a phrase that ends without punctuation: the phrase is a noun. */
    private static final PhraseIndex DETERMINERS = new PhraseIndex(List.of("the", "a", "an", "this", "that", "these",
            "those", "its", "their", "his", "her", "our", "your", "my", "of"));
    /** How far a template tag's braces may stand from a quoted argument of it. */
    private static final int TAG_REACH = 300;
    /** More words than this in quotation marks inside a sentence is a phrase someone said, not a term. */
    private static final int MAX_TERM_WORDS = 6;
    /** A works-cited entry: "Doe, Jane.", "Doe, J.", "Van der Berg, A.". */
    private static final Pattern CITATION_START = Pattern.compile("(?U)\\s*\\p{Lu}[\\p{L}'’-]+(?: [\\p{L}'’-]+){0,2}, \\p{Lu}");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[6-9]|20)\\d\\d(?!\\d)");
    /** How far back the naming word may stand: "the so-called" before the mark, not a clause away. */
    private static final int LOOK_BACK = 40;

    /**
     * The quote's words, punctuation dropped. A word runs from a letter or figure to a letter,
     * figure or mark, and may hold apostrophes, full stops, hyphens and ampersands: "U.S",
     * "Kim Jong-un", "country’s", "AT&T".
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!isLetterOrNumber(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            int lastWordChar = i + Character.charCount(c);
            i = lastWordChar;
            while (i < text.length()) {
                int next = text.codePointAt(i);
                boolean wordChar = isLetterOrNumber(next) || isMark(next);
                if (!wordChar && "’'.&-".indexOf(next) < 0) {
                    break;
                }
                i += Character.charCount(next);
                if (wordChar) {
                    lastWordChar = i;
                }
            }
            words.add(text.substring(start, lastWordChar));
            i = lastWordChar;
        }
        return words;
    }

    private static boolean isLetterOrNumber(int c) {
        if (c < 128) {
            // ASCII holds no letter numbers, other numbers or marks: its letters and digits need no Unicode table.
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isMark(int c) {
        if (c < 128) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Every word capitalised but a title's small words: "Made in the Mountains", "WE WANT PEACE NOW". */
    boolean isTitle(List<String> words) {
        if (words.isEmpty() || !startsCapitalised(words.get(0))) {
            return false;
        }
        for (String word : words) {
            if (!startsCapitalised(word) && !TITLE_SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The words before the mark name what is quoted, or make it a noun phrase. */
    boolean isNamed(String text, Quotation quotation) {
        int from = Math.max(0, quotation.open() - LOOK_BACK);
        if (endsWith(NAMING_WORDS, text, from, quotation.open(), " \t\n,:")) {
            return true;
        }
        return endsWith(DETERMINERS, text, from, quotation.open(), " \t\n")
                && isBarePhrase(text.substring(quotation.contentStart(), quotation.end()));
    }

    /**
     * The value of a markup attribute: {@code [caption width="300" caption="Residents at the pier"]}
     * left in the copy by a shortcode the site did not expand.
     */
    boolean isAttributeValue(String text, Quotation quotation) {
        int before = quotation.open() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before > 0 && text.charAt(before) == '=' && (Character.isLetterOrDigit(text.charAt(before - 1))
                || text.charAt(before - 1) == '-' || text.charAt(before - 1) == '_');
    }

    /**
     * An argument of a template tag a site generator did not expand:
     * {@code {% image "assets/pier.jpg" "Residents at the end of the pier" %}}, {@code {{ "..." }}}.
     */
    boolean isInTemplateTag(String text, Quotation quotation) {
        return quotation.closed() && (isInside(text, quotation, "{%", "%}") || isInside(text, quotation, "{{", "}}"));
    }

    /** Opened by {@code open} shortly before the quotation, not closed before it, and closed shortly after it. */
    private static boolean isInside(String text, Quotation quotation, String open, String close) {
        int from = Math.max(0, quotation.open() - TAG_REACH);
        int opened = text.lastIndexOf(open, quotation.open());
        if (opened < from || text.substring(opened, quotation.open()).contains(close)) {
            return false;
        }
        int closed = text.indexOf(close, quotation.outerEnd());
        return closed >= 0 && closed - quotation.outerEnd() <= TAG_REACH;
    }

    /**
     * A term or a title of a few words inside a sentence: it follows a word, ends without
     * punctuation, and the sentence goes on after it in small letters ({@code press "Save and
     * exit" twice}, {@code the "Find my bike" feature}). Speech a sentence carries on from is
     * cut at a comma or a full stop.
     */
    boolean isTerm(String text, Quotation quotation, int words) {
        if (words > MAX_TERM_WORDS || !quotation.closed()
                || !isBarePhrase(text.substring(quotation.contentStart(), quotation.end()))) {
            return false;
        }
        int before = quotation.open() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        int after = quotation.outerEnd();
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return before >= 0 && Character.isLetter(text.charAt(before)) && after > quotation.outerEnd()
                && after < text.length() && Character.isLowerCase(text.charAt(after));
    }

    /**
     * A title in a citation: {@code Doe, Jane. "How Rivers Change Course." Valley Journal, 2019.}
     * The entry opens with a surname and a comma, gives a year, and the title follows a full stop
     * or a bracket.
     */
    boolean isCitation(String text, Quotation quotation) {
        if (!CITATION_START.matcher(text).lookingAt() || !YEAR.matcher(text).find()) {
            return false;
        }
        int before = quotation.open() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before >= 0 && ".)".indexOf(text.charAt(before)) >= 0;
    }

    /** A phrase of {@code index} stands last in {@code [from, to)}, with only {@code gap} characters after it. */
    private static boolean endsWith(PhraseIndex index, String text, int from, int to, String gap) {
        List<PhraseIndex.Match> found = index.find(text, from, to);
        if (found.isEmpty()) {
            return false;
        }
        for (int i = found.get(found.size() - 1).end(); i < to; i++) {
            if (gap.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Ends without punctuation: a phrase, not a sentence someone spoke. */
    private static boolean isBarePhrase(String quoted) {
        String content = quoted.strip();
        return !content.isEmpty() && Character.isLetterOrDigit(content.charAt(content.length() - 1));
    }

    private static boolean startsCapitalised(String word) {
        char first = word.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }
}
