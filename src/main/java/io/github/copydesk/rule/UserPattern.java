package io.github.copydesk.rule;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.github.copydesk.article.Block;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * A word, phrase or regular expression from a rule file, compiled for RE2/J, whose matching time
 * is linear in the text: no pattern a user writes, on no input, can hang a build, as
 * backtracking engines do on {@code (a+)+$}. RE2 syntax has no look-around and no back-references.
 *
 * <p>Linear is not small when the pattern is large: {@code (.*a){1000}} costs a thousand steps a
 * character. So matching one text also stops at {@link #TIME_LIMIT}, with a {@link TooSlow} that
 * the engine reports as the rule failing on that article.
 */
public final class UserPattern {
    /** Far beyond what any sensible pattern needs on the largest article the size limit lets in. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(3);

    private final String source;
    private final String regex;
    private final boolean wholeWords;
    private final List<String> words;
    private final boolean ignoreCase;
    /**
     * Compiled when first used: a regular expression when it is read, to report it there if it is
     * invalid; a word or phrase only if it is matched on its own, as its list is matched by
     * {@link WordList}, and a list of many thousand words would spend its load compiling them.
     */
    private volatile Pattern pattern;

    private UserPattern(String source, String regex, boolean wholeWords, List<String> words, boolean ignoreCase) {
        this.source = source;
        this.regex = regex;
        this.wholeWords = wholeWords;
        this.words = words;
        this.ignoreCase = ignoreCase;
    }

    private Pattern pattern() {
        Pattern compiled = pattern;
        if (compiled == null) {
            compiled = Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
            pattern = compiled;
        }
        return compiled;
    }

    /**
     * A regular expression; {@code option} and {@code item} say where it was written, so that an
     * invalid one is reported there with RE2's own words.
     */
    public static UserPattern regex(String regex, boolean ignoreCase, String option, int item) {
        if (regex.isEmpty()) {
            throw new OptionException(option, item, "option '" + option + "' has an empty pattern");
        }
        int unfoldable = Re2CaseFolding.unfoldablePlace(regex, ignoreCase);
        if (unfoldable >= 0) {
            throw new OptionException(option, item, "option '" + option + "' has a pattern '" + regex
                    + "' with a letter RE2 cannot match ignoring case at character " + (unfoldable + 1)
                    + " (U+1C80 to U+1C88, old Cyrillic letter forms): set ignoreCase: false and write the letter's"
                    + " cases out in a class");
        }
        UserPattern pattern = new UserPattern(regex, regex, false, List.of(), ignoreCase);
        try {
            pattern.pattern();
            return pattern;
        } catch (PatternSyntaxException e) {
            throw new OptionException(option, item, "option '" + option + "' has an invalid regular expression '"
                    + regex + "': " + e.getMessage());
        }
    }

    /**
     * A word or phrase, matched as whole words (not inside a longer word), with any run of blanks
     * or a line break between its words.
     */
    public static UserPattern token(String token, boolean ignoreCase, String option, int item) {
        String trimmed = token.strip();
        if (trimmed.isEmpty()) {
            throw new OptionException(option, item, "option '" + option + "' has an empty word");
        }
        List<String> words = List.of(trimmed.split("\\s+"));
        String regex = words.stream().map(word -> Re2CaseFolding.literal(word, ignoreCase)).collect(Collectors.joining("\\s+"));
        return new UserPattern(trimmed, regex, true, words, ignoreCase);
    }

    /** The regular expressions of list option {@code option}. */
    public static List<UserPattern> regexes(List<String> regexes, boolean ignoreCase, String option) {
        List<UserPattern> patterns = new ArrayList<>();
        for (int i = 0; i < regexes.size(); i++) {
            patterns.add(regex(regexes.get(i), ignoreCase, option, i));
        }
        return List.copyOf(patterns);
    }

    /** The words or phrases of list option {@code option}. */
    public static List<UserPattern> tokens(List<String> tokens, boolean ignoreCase, String option) {
        List<UserPattern> patterns = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            patterns.add(token(tokens.get(i), ignoreCase, option, i));
        }
        return List.copyOf(patterns);
    }

    /** The word, phrase or expression as the rule file wrote it. */
    public String source() {
        return source;
    }

    /** The words of a word or phrase, as split at blanks; none for a regular expression. */
    List<String> words() {
        return words;
    }

    /** Whether letters match whatever their case. */
    boolean ignoresCase() {
        return ignoreCase;
    }

    /** Whether a regular expression has a capturing group, whose text {@link Match#key()} then is. */
    public boolean hasGroup() {
        return pattern().groupCount() > 0;
    }

    /** Every non-empty match in {@code text}, left to right, none overlapping. */
    public List<Match> matches(String text) {
        return matches(text, System::nanoTime, TIME_LIMIT.toNanos());
    }

    /** As {@link #matches(String)}, timed by {@code clock} (nanoseconds) against {@code limit}. */
    List<Match> matches(String text, LongSupplier clock, long limit) {
        List<Match> matches = new ArrayList<>();
        Matcher matcher = pattern().matcher(new TimeBoundText(text, clock, clock.getAsLong() + limit, this));
        int from = 0;
        while (from <= text.length() && matcher.find(from)) {
            int start = matcher.start();
            int end = matcher.end();
            if (end == start) {
                from = start + 1;
                continue;
            }
            if (wholeWords && !(boundary(text, start) && boundary(text, end))) {
                from = start + 1;
                continue;
            }
            String group = hasGroup() ? matcher.group(1) : null;
            matches.add(new Match(start, end, text.substring(start, end), group == null ? text.substring(start, end) : group));
            from = end;
        }
        return matches;
    }

    /** Every match in {@code blocks}, block by block. */
    public List<Hit> hits(List<Block> blocks) {
        List<Hit> hits = new ArrayList<>();
        for (Block block : blocks) {
            matches(block.text()).forEach(match -> hits.add(new Hit(block, match)));
        }
        return hits;
    }

    /** No word goes on across {@code index}: one side or the other is not a letter or digit. */
    static boolean boundary(String text, int index) {
        if (index == 0 || index == text.length()) {
            return true;
        }
        return !isWordChar(text.codePointBefore(index)) || !isWordChar(text.codePointAt(index));
    }

    static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }

    /**
     * One match: where it is in the text, the text matched, and its key, the text of the first
     * capturing group when the pattern has one, else the whole match.
     */
    public record Match(int start, int end, String text, String key) {
    }

    /** A match in a block's text. */
    public record Hit(Block block, Match match) {
        public int sourceStart() {
            return block.sourceOffset(match.start());
        }

        public Violation violation(String detail, Map<String, String> values) {
            return Violation.in(block, match.start(), match.end(), detail, values);
        }

        public Violation violation(String detail) {
            return violation(detail, Map.of());
        }
    }

    /** Matching one text took longer than {@link #TIME_LIMIT}; its message names the pattern. */
    public static final class TooSlow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooSlow(String message) {
            super(message, null, false, false);
        }

        /** The engine shows a failing rule by this: the message alone says it all. */
        @Override
        public String toString() {
            return getMessage();
        }
    }

    /** The text as RE2/J reads it, one character at a time, with a look at the clock now and then. */
    private static final class TimeBoundText implements CharSequence {
        private static final int READS_BETWEEN_CHECKS = 256;

        private final String text;
        private final LongSupplier clock;
        private final long deadline;
        private final UserPattern pattern;
        private int reads;

        TimeBoundText(String text, LongSupplier clock, long deadline, UserPattern pattern) {
            this.text = text;
            this.clock = clock;
            this.deadline = deadline;
            this.pattern = pattern;
        }

        @Override
        public char charAt(int index) {
            if (++reads == READS_BETWEEN_CHECKS) {
                reads = 0;
                if (clock.getAsLong() - deadline > 0) {
                    throw new TooSlow("pattern '" + pattern.source() + "' gave up after " + TIME_LIMIT.toSeconds()
                            + " s on a text of " + text.length() + " characters");
                }
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
