package io.github.copydesk.text;

import io.github.copydesk.text.DateMention.Kind;
import io.github.copydesk.text.DateMention.RelativeWord;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates and time words of English copy, with their places: full dates
 * ({@code April 28, 2025}, {@code 28 April 2025}, {@code Apr. 28, 2025}, {@code 2025-04-28}, and
 * {@code 28/04/2025} when a numeric order is set), dates without a year ({@code April 26},
 * {@code April 28th}), month and year ({@code November 2024}), weekdays alone or with a date
 * ({@code on Monday}, {@code Monday, April 28}, {@code April 28 (Monday)}), the relative words of
 * {@link RelativeWord}, and years.
 *
 * <p>Month names count only with a capital and a day or year next to them, so {@code may} the verb,
 * {@code March} the noun without a number and {@code August} the adjective are not dates; nor is a
 * name followed by a number ({@code Theresa May 10 years ago}), a count ({@code June 2,000 troops})
 * or a time ({@code May 10:30}). Years inside larger numbers ({@code 2,025}), seasons and spans
 * ({@code 2024-25}, {@code 2020-2024}) are not years.
 */
public final class DateMentions {
    /** How {@code 04/05/2025} is read: not at all, day first, or month first. */
    public enum NumericOrder {
        NONE,
        DAY_MONTH,
        MONTH_DAY
    }

    private static final Pattern BLANKS = Pattern.compile("[ \\t]++");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String MONTH = monthPattern();
    /*
     * Each pattern opens with a look-ahead at its first character, so that a search with find()
     * (numericReadings) does not try every month and weekday name at every position.
     */
    private static final String CAPITAL = "(?=\\p{Lu})";
    private static final String CAPITAL_OR_DIGIT = "(?=[\\p{Lu}\\d])";
    /** Weekdays written out, or abbreviated before a date ({@code Wed., April 30}, {@code Sun 27 April}). */
    private static final String WEEKDAY_BEFORE_DATE = "(?<wd>" + weekdayPattern()
            + "|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?)";
    private static final String DAY_SUFFIX = "(?:st|nd|rd|th)?";
    private static final String YEAR_AFTER_DATE = "(?<yearPart>(?:,[ \\t]*+|[ \\t]++)(?<year>\\d{4})(?![\\d,.]\\d|[-–/]\\d|\\p{L}))?";
    /** {@code Monday, April 28}, {@code Monday the 28th of April}, {@code Monday (April 28)}. */
    private static final String WEEKDAY_PREFIX = "(?:" + WEEKDAY_BEFORE_DATE
            + "(?:,?[ \\t]++(?:the[ \\t]++)?|[ \\t]*+(?<paren>\\()))?";

    private static final Pattern MONTH_DAY_PATTERN = Pattern.compile(CAPITAL + "(?<![\\p{L}\\p{N}])" + WEEKDAY_PREFIX
            + "(?<month>" + MONTH + ")[ \\t]++(?<day>\\d{1,2})" + DAY_SUFFIX + "(?![\\p{L}\\p{N}]|[,.:]\\d)"
            + YEAR_AFTER_DATE);
    private static final Pattern DAY_MONTH_PATTERN = Pattern.compile(CAPITAL_OR_DIGIT + "(?<![\\p{L}\\p{N},.$£€/:-])" + WEEKDAY_PREFIX
            + "(?<day>\\d{1,2})" + DAY_SUFFIX + "(?:[ \\t]++of)?[ \\t]++(?<month>" + MONTH + ")(?!\\p{L})"
            + YEAR_AFTER_DATE);
    /** {@code 26-28 April}: the span's first day, then its month. */
    private static final Pattern DAY_SPAN_MONTH_PATTERN = Pattern.compile(CAPITAL_OR_DIGIT + "(?<![\\p{L}\\p{N},.$£€/:-])(?<day>\\d{1,2})"
            + DAY_SUFFIX + "[ \\t]*+(?:[-–]|to|and)[ \\t]*+\\d{1,2}" + DAY_SUFFIX + "(?:[ \\t]++of)?[ \\t]++(?<month>"
            + MONTH + ")(?!\\p{L})" + YEAR_AFTER_DATE);
    private static final Pattern ISO_PATTERN = Pattern.compile(
            "(?<![\\p{N}\\p{L}/_=.-])(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?![\\p{N}]|-\\d)");
    private static final Pattern NUMERIC_PATTERN = Pattern.compile(
            CAPITAL_OR_DIGIT + "(?<![\\p{N}\\p{L}/.,-])" + WEEKDAY_PREFIX + "(?<first>\\d{1,2})(?<sep>[/.])(?<second>\\d{1,2})\\k<sep>(?<year>\\d{4})(?![\\p{N}]|[/.]\\d)");
    private static final Pattern MONTH_YEAR_PATTERN = Pattern.compile(
            CAPITAL + "(?<![\\p{L}\\p{N}])(?<month>" + MONTH + "),?[ \\t]++(?<year>\\d{4})(?![\\d,.]\\d|[-–/]\\d|\\p{L})");
    private static final Pattern WEEKDAY_PATTERN = Pattern.compile(CAPITAL + "(?<![\\p{L}])(?<wd>" + weekdayPattern() + ")(?!\\p{L})");
    private static final Pattern RELATIVE_PATTERN = Pattern.compile("(?i)(?=[ytln])(?<![\\p{L}])(?<rel>yesterday|today|tomorrow"
            + "|last[ \\t]++week|(?:last|this|next)[ \\t]++year)(?!\\p{L})");
    private static final Pattern YEAR_PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N},.$£€/–-])(?<year>1[6-9]\\d\\d|2[01]\\d\\d)(?![\\p{N}%]|[,.]\\d|[-–/]\\d|\\p{L})");

    /** The written forms, in the order they win a tie between two mentions of the same text. */
    private enum Form {
        MONTH_DAY(MONTH_DAY_PATTERN),
        DAY_MONTH(DAY_MONTH_PATTERN),
        DAY_SPAN_MONTH(DAY_SPAN_MONTH_PATTERN),
        ISO(ISO_PATTERN),
        NUMERIC(NUMERIC_PATTERN),
        MONTH_YEAR(MONTH_YEAR_PATTERN),
        WEEKDAY(WEEKDAY_PATTERN),
        RELATIVE(RELATIVE_PATTERN),
        YEAR(YEAR_PATTERN);

        private final Pattern pattern;

        Form(Pattern pattern) {
            this.pattern = pattern;
        }

        int bit() {
            return 1 << ordinal();
        }
    }

    private static final Form[] FORMS = Form.values();
    /** The capital every month's name opens with, in {@link #monthPattern()}. */
    private static final String MONTH_INITIALS = "JFMASOND";
    private static final DateWordStarts WORD_STARTS = new DateWordStarts();

    /** What follows a date's day and shows it opens a span: {@code -28}, {@code to 28}, {@code and 28}, {@code -May 2}. */
    private static final Pattern SPAN_AFTER = Pattern.compile("[ \\t]*+(?:[-–]|to[ \\t]|and[ \\t]|through[ \\t])[ \\t]*+(?:\\d|"
            + MONTH + ")");
    /** A weekday after the date it names: {@code April 28 (Monday)}, {@code April 28, a Monday}. */
    private static final Pattern WEEKDAY_AFTER = Pattern.compile("[ \\t]*+(?:\\((?<wd>" + weekdayPattern() + ")\\)|,[ \\t]*+a[ \\t]++(?<wd2>"
            + weekdayPattern() + ")(?!\\p{L}))");
    /** After a day number, a word that makes it a count ({@code May 10 years}) rather than a date. */
    private static final Pattern COUNT_AFTER = Pattern.compile("(?i)[ \\t]++(?:years?|months?|weeks?|days?|hours?|minutes?"
            + "|people|persons|percent|per[ \\t]++cent|times|points?|goals?|votes?|seats?|km|kilometres?|kilometers?"
            + "|miles?|metres?|meters?)(?!\\p{L})");
    /** Words that open a sentence before a date ("Since May 5"), unlike a name ("Theresa May 10"). */
    private static final Set<String> OPENERS = Set.of("On", "In", "By", "Since", "Until", "Till", "From", "Before",
            "After", "As", "Through", "Between", "And", "Or", "For", "Of", "At", "To", "Last", "Next", "This",
            "Early", "Late", "Mid", "Dated", "Updated", "Published", "Posted", "Friday", "Saturday", "Sunday",
            "Monday", "Tuesday", "Wednesday", "Thursday");

    private final NumericOrder numericOrder;

    public DateMentions(NumericOrder numericOrder) {
        this.numericOrder = numericOrder;
    }

    /** Every mention in {@code text}, in order; where two forms overlap, the longer one that starts first. */
    public List<DateMention> find(String text) {
        Form[] forms = FORMS;
        Matcher[] matchers = new Matcher[forms.length];
        int[] resumeAt = new int[forms.length];
        List<List<DateMention>> byForm = null;
        boolean afterLetter = false;
        boolean afterDigit = false;
        char[] chars = text.toCharArray();
        for (int at = 0; at < chars.length; at++) {
            char c = chars[at];
            int candidates = afterLetter || afterDigit && isDigit(c) ? 0 : candidateForms(chars, at, c);
            afterLetter = c < 128 ? isAsciiLetter(c) : Character.isLetter(c);
            afterDigit = isDigit(c);
            for (int f = 0; candidates != 0 && f < forms.length; f++) {
                if ((candidates & 1 << f) == 0 || at < resumeAt[f]) {
                    continue;
                }
                if (matchers[f] == null) {
                    matchers[f] = forms[f].pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                Matcher m = matchers[f].region(at, text.length());
                if (m.lookingAt()) {
                    resumeAt[f] = m.end();
                    if (byForm == null) {
                        byForm = new ArrayList<>(forms.length);
                        for (int i = 0; i < forms.length; i++) {
                            byForm.add(new ArrayList<>());
                        }
                    }
                    read(forms[f], m, text, byForm.get(f));
                }
            }
            // No form starts inside a word: its other letters are passed over in a loop that asks nothing else.
            while (afterLetter && at + 1 < chars.length && isAsciiLetter(chars[at + 1])) {
                at++;
            }
        }
        if (byForm == null) {
            return List.of();
        }
        List<DateMention> found = new ArrayList<>();
        byForm.forEach(found::addAll);
        return withoutOverlaps(found);
    }

    /**
     * The forms that may start at {@code at}, the start of a word or a number, as bits of
     * {@link Form#ordinal()}. Every form starts with a number, a month, a weekday or a relative
     * word, so most words are ruled out by their first three letters and a number by its length,
     * and each pattern is then tried only where it can match; running each over the whole text
     * tried it at every character and was the slowest part of a check.
     */
    private int candidateForms(char[] text, int at, char c) {
        if (isDigit(c)) {
            int end = at;
            while (end < text.length && isDigit(text[end])) {
                end++;
            }
            return switch (end - at) {
                case 1, 2 -> dayForms(text, end);
                case 4 -> Form.ISO.bit() | Form.YEAR.bit();
                default -> 0;
            };
        }
        if (c >= 128 || at + 2 >= text.length) {
            return 0;
        }
        int word = WORD_STARTS.kinds(c, text[at + 1], text[at + 2]);
        boolean capital = c >= 'A' && c <= 'Z';
        int forms = 0;
        if (capital && (word & DateWordStarts.MONTH) != 0) {
            forms |= Form.MONTH_DAY.bit() | Form.MONTH_YEAR.bit();
        }
        if (capital && (word & DateWordStarts.WEEKDAY) != 0) {
            forms |= Form.MONTH_DAY.bit() | Form.DAY_MONTH.bit() | Form.WEEKDAY.bit()
                    | (numericOrder == NumericOrder.NONE ? 0 : Form.NUMERIC.bit());
        }
        if ((word & DateWordStarts.RELATIVE) != 0 && hasRelativeWordLength(text, at)) {
            forms |= Form.RELATIVE.bit();
        }
        return forms;
    }

    /**
     * The forms a day number ending at {@code end} may open, read from what follows it: a month
     * after blanks, a span's dash or word, or a numeric date's separator. Most numbers in copy are
     * counts ("25 people", "3.5 percent"), and the patterns cost more than this look.
     */
    private int dayForms(char[] text, int end) {
        int afterSuffix = end + 2 <= text.length && isDaySuffix(text[end], text[end + 1]) ? end + 2 : -1;
        int forms = 0;
        if (mayOpenMonth(text, end) || afterSuffix >= 0 && mayOpenMonth(text, afterSuffix)) {
            forms |= Form.DAY_MONTH.bit();
        }
        if (mayOpenSpan(text, end) || afterSuffix >= 0 && mayOpenSpan(text, afterSuffix)) {
            forms |= Form.DAY_SPAN_MONTH.bit();
        }
        if (numericOrder != NumericOrder.NONE && end < text.length && (text[end] == '/' || text[end] == '.')) {
            forms |= Form.NUMERIC.bit();
        }
        return forms;
    }

    /** {@code st}, {@code nd}, {@code rd} or {@code th}, as in "21st". */
    private static boolean isDaySuffix(char first, char second) {
        return first == 's' && second == 't' || first == 'n' && second == 'd' || first == 'r' && second == 'd'
                || first == 't' && second == 'h';
    }

    /** Blanks, perhaps {@code of} and blanks, then a capital that opens a month's name. */
    private static boolean mayOpenMonth(char[] text, int from) {
        int at = skipBlanks(text, from);
        if (at == from) {
            return false;
        }
        if (at + 2 < text.length && text[at] == 'o' && text[at + 1] == 'f' && isBlank(text[at + 2])) {
            at = skipBlanks(text, at + 2);
        }
        return at < text.length && MONTH_INITIALS.indexOf(text[at]) >= 0;
    }

    /** A dash, {@code to} or {@code and}, perhaps after blanks. */
    private static boolean mayOpenSpan(char[] text, int from) {
        int at = skipBlanks(text, from);
        return at < text.length && (text[at] == '-' || text[at] == '–' || text[at] == 't' || text[at] == 'a');
    }

    private static int skipBlanks(char[] text, int from) {
        int at = from;
        while (at < text.length && isBlank(text[at])) {
            at++;
        }
        return at;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * Whether the word at {@code at} is as long as "last", "today", "tomorrow" or "yesterday": "this"
     * and "last" are among the commonest words, but most words that share their first letters
     * ("think", "laser", "tomato") are not.
     */
    private static boolean hasRelativeWordLength(char[] text, int at) {
        int end = at;
        while (end < text.length && isAsciiLetter(text[end])) {
            end++;
        }
        int length = end - at;
        return length == 4 || length == 5 || length == 8 || length == 9;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private void read(Form form, Matcher m, String text, List<DateMention> found) {
        switch (form) {
            case MONTH_DAY -> readDay(m, text, false, true, found);
            case DAY_MONTH -> readDay(m, text, false, false, found);
            case DAY_SPAN_MONTH -> readDay(m, text, true, false, found);
            case ISO -> readIso(m, found);
            case NUMERIC -> readNumeric(m, found);
            case MONTH_YEAR -> found.add(new DateMention(Kind.MONTH_YEAR, m.start(), m.end(),
                    Integer.parseInt(m.group("year")), monthNumber(m.group("month")), 0, null, null, false));
            case WEEKDAY -> found.add(new DateMention(Kind.WEEKDAY, m.start(), m.end(), 0, 0, 0,
                    weekday(m.group("wd")), null, false));
            case RELATIVE -> readRelative(m, text, found);
            case YEAR -> found.add(new DateMention(Kind.YEAR, m.start(), m.end(), Integer.parseInt(m.group("year")),
                    0, 0, null, null, false));
        }
    }

    /**
     * Both readings of a numeric date such as {@code 04.05.2025}, day first and month first, for
     * places where nothing but a date can stand (a dateline); an impossible reading is left out.
     */
    public static List<DateMention> numericReadings(String text) {
        List<DateMention> readings = new ArrayList<>();
        Matcher m = NUMERIC_PATTERN.matcher(text);
        if (m.find()) {
            int first = Integer.parseInt(m.group("first"));
            int second = Integer.parseInt(m.group("second"));
            int year = Integer.parseInt(m.group("year"));
            numericDate(m, first, second, year).ifPresent(readings::add);
            numericDate(m, second, first, year).ifPresent(readings::add);
        }
        return readings;
    }

    /** {@code monthFirst}: the MONTH_DAY form, where a month after a surname is no date. */
    private static void readDay(Matcher m, String text, boolean span, boolean monthFirst, List<DateMention> found) {
        int month = monthNumber(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        if (day < 1 || day > 31) {
            return;
        }
        String weekdayText = span ? null : m.group("wd");
        int start = m.start();
        int end = m.end();
        int year = year(m);
        int dayEnd = m.group("year") == null ? end : m.start("yearPart");
        if (m.group("year") != null && year == 0) {
            end = dayEnd;
        }
        if (year == 0 && COUNT_AFTER.matcher(text).region(m.end("day"), text.length()).lookingAt()) {
            return;
        }
        if (weekdayText == null && monthFirst && followsName(text, start)) {
            return;
        }
        boolean range = span || m.group("year") == null
                && SPAN_AFTER.matcher(text).region(dayEnd, text.length()).lookingAt();
        DayOfWeek weekday = weekdayText == null ? null : weekday(weekdayText);
        if (!span && m.group("paren") != null) {
            // "Monday (April 28)" names the date only when the parenthesis closes after it.
            if (end < text.length() && text.charAt(end) == ')') {
                end++;
            } else {
                weekday = null;
                start = m.end("paren");
            }
        }
        if (weekday == null && !range) {
            Matcher after = WEEKDAY_AFTER.matcher(text).region(end, text.length());
            if (after.lookingAt()) {
                weekday = weekday(after.group("wd") != null ? after.group("wd") : after.group("wd2"));
                end = after.end();
            }
        }
        found.add(new DateMention(Kind.DATE, start, end, year, month, day, weekday, null, range));
    }

    private static void readIso(Matcher m, List<DateMention> found) {
        int month = Integer.parseInt(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
            found.add(new DateMention(Kind.DATE, m.start(), m.end(), Integer.parseInt(m.group("year")), month, day,
                    null, null, false));
        }
    }

    private void readNumeric(Matcher m, List<DateMention> found) {
        int first = Integer.parseInt(m.group("first"));
        int second = Integer.parseInt(m.group("second"));
        int year = Integer.parseInt(m.group("year"));
        Optional<DateMention> date = numericOrder == NumericOrder.DAY_MONTH
                ? numericDate(m, first, second, year) : numericDate(m, second, first, year);
        date.ifPresent(found::add);
    }

    private static Optional<DateMention> numericDate(Matcher m, int day, int month, int year) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        DayOfWeek weekday = m.group("wd") == null ? null : weekday(m.group("wd"));
        return Optional.of(new DateMention(Kind.DATE, m.start(), m.end(), year, month, day, weekday, null, false));
    }

    /** "The last week of May" and "in the next year" are spans, not the week or year before or after the article's. */
    private static void readRelative(Matcher m, String text, List<DateMention> found) {
        String words = BLANKS.matcher(m.group("rel").toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (words.contains(" ") && (precededByThe(text, m.start()) || text.startsWith(" of", m.end()))) {
            return;
        }
        RelativeWord relative = null;
        for (RelativeWord word : RelativeWord.values()) {
            if (word.words().equals(words)) {
                relative = word;
            }
        }
        found.add(new DateMention(Kind.RELATIVE, m.start(), m.end(), 0, 0, 0, null, relative, false));
    }

    private static List<DateMention> withoutOverlaps(List<DateMention> found) {
        found.sort(Comparator.comparingInt(DateMention::start).thenComparing(Comparator.comparingInt(DateMention::end).reversed()));
        List<DateMention> kept = new ArrayList<>();
        int end = -1;
        for (DateMention mention : found) {
            if (mention.start() >= end) {
                kept.add(mention);
                end = mention.end();
            }
        }
        return List.copyOf(kept);
    }

    /**
     * A month name right after a capitalised word that neither opens the sentence nor is a weekday is a surname
     * ({@code Theresa May 10}, {@code Brian May 3}); a weekday or an opening word is fine.
     */
    private static boolean followsName(String text, int monthStart) {
        int wordEnd = monthStart;
        while (wordEnd > 0 && (text.charAt(wordEnd - 1) == ' ' || text.charAt(wordEnd - 1) == '\t')) {
            wordEnd--;
        }
        if (wordEnd == monthStart || wordEnd == 0) {
            return false;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, wordEnd);
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || word.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        return !OPENERS.contains(word) && !opensSentence(text, wordStart);
    }

    private static boolean opensSentence(String text, int wordStart) {
        int i = wordStart;
        while (i > 0 && " \t\"“‘(".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i == 0 || ".!?:;\n—–-".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static boolean precededByThe(String text, int start) {
        int i = start;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i >= 3 && text.regionMatches(true, i - 3, "the", 0, 3)
                && (i == 3 || !Character.isLetter(text.charAt(i - 4)));
    }

    private static int year(Matcher m) {
        String year = m.group("year");
        if (year == null) {
            return 0;
        }
        int value = Integer.parseInt(year);
        // "April 28, 1500 people marched": a year before 1600 next to a date is a count.
        return value >= 1600 ? value : 0;
    }

    private static int monthNumber(String name) {
        String key = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].toLowerCase(Locale.ROOT).startsWith(key.substring(0, 3))) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static DayOfWeek weekday(String name) {
        String key = name.replace(".", "").toLowerCase(Locale.ROOT).substring(0, 2);
        for (int i = 0; i < WEEKDAYS.length; i++) {
            if (WEEKDAYS[i].toLowerCase(Locale.ROOT).startsWith(key)) {
                return DayOfWeek.of(i + 1);
            }
        }
        throw new IllegalArgumentException("not a weekday: " + name);
    }

    /**
     * Month names capitalised or in capitals (datelines), and their abbreviations with or without
     * a full stop; {@code May} has none, {@code Sept.} is AP's.
     */
    private static String monthPattern() {
        List<String> forms = new ArrayList<>();
        for (String month : MONTHS) {
            forms.add(month);
            forms.add(month.toUpperCase(Locale.ROOT));
        }
        for (String month : MONTHS) {
            if (month.length() > 4) {
                String abbreviation = month.substring(0, 3);
                forms.add(abbreviation + "\\.?");
                forms.add(abbreviation.toUpperCase(Locale.ROOT) + "\\.?");
            }
        }
        forms.add("Sept\\.?");
        forms.add("June?");
        forms.add("July?");
        return "(?:" + String.join("|", forms) + ")";
    }

    private static String weekdayPattern() {
        List<String> forms = new ArrayList<>();
        for (String weekday : WEEKDAYS) {
            forms.add(weekday);
            forms.add(weekday.toUpperCase(Locale.ROOT));
        }
        return "(?:" + String.join("|", forms) + ")";
    }

    /** The English name of a weekday, as copy writes it. */
    public static String name(DayOfWeek weekday) {
        return WEEKDAYS[weekday.getValue() - 1];
    }
}
