package io.github.copydesk.rule.check;

import io.github.copydesk.rule.OptionException;
import io.github.copydesk.text.Words;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A short paragraph that asks the reader to follow the outlet somewhere: "Get Harbour Gazette
 * headlines in your inbox every morning", "The Valley Courier is now on WhatsApp. Tap here to join."
 *
 * <p>The same verbs open advice and reported speech ("The ministry urged residents to download its
 * app.", "Download the flood app to receive alerts."), so a paragraph is one only when all of this
 * holds: it is short; it reports nobody (no reporting word, no opening quotation mark, no quoted
 * social post); an action verb opens one of its sentences or clauses, where an imperative stands;
 * it names a channel (a newsletter, an app, an {@code @handle} ...); and it has a cue of the
 * outlet's own promotion (our, us, news, headlines, here, newsletter ...) or names two platforms.
 */
final class CallsToAction {
    /** Longer than this, a paragraph is copy, not a blurb. */
    static final int MAX_WORDS = 35;
    /** 35 words of copy fit in this many characters; a longer run is no blurb, and is not searched. */
    private static final int MAX_CHARS = 400;
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    /** A handle to follow: "@valleycourier", not the "@" of an e-mail address. */
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])@[A-Za-z0-9_]{2,30}\\b");
    /** Where an imperative stands: the start, or after a sentence's end or a clause's comma, colon or dash. */
    private static final Pattern CLAUSE_START = Pattern.compile(
            "(?:^|[.!?…:;,–—|(]\\s*+|\\s-\\s+)\\s*+(?:(?i:please|kindly)\\s++)?");

    /**
     * Before a reporting word, "to" or an object makes it the reader's action, not a report: "Your
     * support helps us tell the story", "Join our forums to tell us what you think".
     */
    private static final Pattern INFINITIVE_OR_OBJECT = Pattern.compile("(?i)(?<![\\p{L}])(?:to|us|you)\\s+$");
    /** What an empty list matches: nothing. */
    private static final Pattern NOTHING = Pattern.compile("(?!)");

    private final Pattern verbs;
    private final Pattern channels;
    /** The channels named with a capital: platforms ("Facebook", "WhatsApp"), not kinds ("app", "alerts"). */
    private final Pattern platforms;
    private final Pattern cues;
    private final Pattern phrases;
    /** The channels and phrases in lower case, with their first blank-separated word only. */
    private final List<String> channelWords;
    private final List<String> phraseWords;
    private final Pattern reporting;

    private CallsToAction(Pattern verbs, Pattern channels, Pattern platforms, Pattern phrases, Pattern cues,
            Pattern reporting, List<String> channelWords, List<String> phraseWords) {
        this.channelWords = channelWords;
        this.phraseWords = phraseWords;
        this.verbs = verbs;
        this.phrases = phrases;
        this.channels = channels;
        this.platforms = platforms;
        this.cues = cues;
        this.reporting = reporting;
    }

    static CallsToAction of(List<String> verbs, List<String> channels, List<String> phrases, List<String> cues,
            List<String> reporting) {
        List<String> platforms = channels.stream().filter(c -> Character.isUpperCase(c.strip().codePointAt(0))).toList();
        return new CallsToAction(words("callToActionVerbs", verbs, false),
                words("callToActionChannels", channels, true),
                words("callToActionChannels", platforms, false),
                words("callToActionPhrases", phrases, false),
                words("callToActionCues", cues, true),
                words("reportingWords", reporting, false),
                firstWords(channels), firstWords(phrases));
    }

    /** Whether {@code paragraph} (without leading link markers) is a call to action of the outlet. */
    boolean isCallToAction(String paragraph) {
        String text = paragraph.strip();
        if (text.isEmpty() || text.length() > MAX_CHARS || !Words.atMost(text, MAX_WORDS)
                || PromoLinkCheck.QUOTATION_MARKS.indexOf(text.charAt(0)) >= 0) {
            return false;
        }
        // The rare evidence first: most paragraphs name no channel and hold no sign-up phrase, which
        // plain substring tests tell faster than the patterns.
        String lower = text.toLowerCase(Locale.ROOT);
        boolean phrase = containsAny(lower, phraseWords) && phrases.matcher(text).find();
        if (!phrase && !(containsAny(lower, channelWords) && findsWord(channels, text)
                || text.indexOf('@') >= 0 && HANDLE.matcher(text).find())) {
            return false;
        }
        if (!phrase && !(opensAClauseWithAVerb(text) && (findsWord(cues, text) || channelsNamed(text) > 1))) {
            return false;
        }
        return !reports(text);
    }

    /** How many different platforms the text names: "on Facebook, Instagram and YouTube" is a promotion's list. */
    private int channelsNamed(String text) {
        Set<String> named = new HashSet<>();
        Matcher channel = platforms.matcher(text);
        while (channel.find() && named.size() < 2) {
            String found = channel.group();
            if (found.length() > 3 || !found.equals(found.toUpperCase(Locale.ROOT))) {
                named.add(found.toLowerCase(Locale.ROOT));
            }
        }
        return named.size();
    }

    private static List<String> firstWords(List<String> values) {
        return values.stream().map(value -> value.strip().split("\\s+")[0].replace('’', '\'').toLowerCase(Locale.ROOT))
                .distinct().toList();
    }

    /** Whether {@code lower} holds one of the words; an apostrophe may be curly in the text. */
    private static boolean containsAny(String lower, List<String> words) {
        for (String word : words) {
            if (lower.contains(word) || word.indexOf('\'') >= 0 && lower.contains(word.replace('\'', '’'))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has a reporting word: someone said it, the outlet does not ask it. */
    boolean reports(String text) {
        Matcher word = reporting.matcher(text);
        while (word.find()) {
            if (!INFINITIVE_OR_OBJECT.matcher(text).region(0, word.start()).find()) {
                return true;
            }
        }
        return false;
    }

    private boolean opensAClauseWithAVerb(String text) {
        Matcher clause = CLAUSE_START.matcher(text);
        Matcher verb = verbs.matcher(text);
        while (clause.find()) {
            if (verb.region(clause.end(), text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cue or channel in running text; a short one in capitals ("US", "APP") is a name or an
     * abbreviation, not the word: "Follow the US newsletter" has no "us".
     */
    private static boolean findsWord(Pattern words, String text) {
        Matcher word = words.matcher(text);
        while (word.find()) {
            String found = word.group();
            if (found.length() > 3 || !found.equals(found.toUpperCase(Locale.ROOT)) || found.length() == 1) {
                return true;
            }
        }
        return false;
    }

    /** A phrase as a pattern, "..." in it standing for up to six words: "Would you like to be part of the ... team". */
    private static String withGaps(String phrase) {
        return Arrays.stream(phrase.split("\\s*(?:\\.\\.\\.|…)\\s*", -1)).map(PromoLinkCheck::literal)
                .collect(Collectors.joining("\\s+(?:\\S+\\s+){0,6}?"));
    }

    /** One pattern for a list of words or phrases, each a whole word; plural "s" allowed when asked for. */
    private static Pattern words(String option, List<String> values, boolean plurals) {
        if (values.isEmpty()) {
            return NOTHING;
        }
        for (String value : values) {
            if (value.isBlank()) {
                throw new OptionException(option, "option '" + option + "' must not contain an empty value");
            }
        }
        String alternatives = values.stream()
                .map(String::strip)
                .sorted((a, b) -> b.length() - a.length())
                .map(CallsToAction::withGaps)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + alternatives + ")" + (plurals ? "s?" : "") + WORD_END);
    }
}
