package io.github.copydesk.rule.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence tells of a date as something that happened: a verb in the past tense near
 * the date, no word of the future or of a schedule anywhere in the sentence, and no preposition
 * that makes the date a deadline or a start ({@code by}, {@code until}, {@code from}).
 */
final class PastEvent {
    /** How far from the date, in words, a past-tense verb still tells of it. */
    private static final int WINDOW = 8;
    private static final Set<String> IRREGULAR_PAST = Set.of("was", "were", "had", "did", "took", "retook", "began",
            "came", "went", "made", "won", "lost", "held", "met", "left", "fell", "rose", "saw", "gave", "fought",
            "struck", "broke", "brought", "built", "rebuilt", "bought", "caught", "chose", "drove", "fled", "flew",
            "froze", "got", "grew", "heard", "hid", "kept", "knew", "led", "paid", "ran", "sank", "sent", "shot",
            "shook", "sang", "sat", "sold", "spoke", "spent", "stood", "stole", "swore", "swept", "taught", "tore",
            "threw", "woke", "wore", "withdrew", "overtook", "overthrew", "sought", "thought", "became", "arose",
            "blew", "drew", "fed", "felt", "found", "seized", "stuck", "swung", "undertook", "oversaw", "overran");
    /** Verbs that report; the date near them is what was reported, which may well lie ahead. */
    private static final Set<String> REPORTING = Set.of("said", "told", "added", "announced", "confirmed", "stated",
            "noted", "reported", "declared", "explained", "wrote", "warned", "urged", "insisted", "claimed", "revealed",
            "disclosed", "decided", "agreed", "approved", "unveiled", "published", "released", "informed", "stressed",
            "emphasised", "emphasized", "underlined", "indicated", "suggested", "proposed", "asked", "called", "invited",
            "promised", "pledged", "vowed", "hoped", "wanted", "needed", "aimed", "intended");
    /** -ed words that are seldom verbs. */
    private static final Set<String> NOT_VERBS = Set.of("hundred", "based", "united", "armed", "indeed", "limited",
            "related", "detailed", "advanced", "sacred", "naked", "wicked", "beloved", "aged", "skilled", "talented",
            "renowned", "crowded", "noted", "so-called", "red", "bed", "shed", "need", "speed", "seed", "feed", "breed",
            "proceed", "exceed", "succeed", "embed", "interested", "concerned", "involved", "qualified");
    private static final Set<String> DEADLINE_PREPOSITIONS = Set.of("by", "until", "till", "before", "from", "after",
            "through", "to", "for", "between", "ahead");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this",
            "that", "these", "those", "my", "your");
    /**
     * How far either side of a date a sentence is read. Beyond it the words are too far to tell of
     * the date, and a paragraph of thousands of dates with no full stop stays linear.
     */
    private static final int MAX_SENTENCE_CHARS = 400;
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:][\"”’)]?\\s+(?=[\\p{Lu}\"“‘(])|\\n");

    private final List<String> schedulingWords;

    PastEvent(List<String> schedulingWords) {
        this.schedulingWords = schedulingWords.stream().map(w -> w.toLowerCase(Locale.ROOT).strip()).toList();
    }

    /** True when the date between {@code dateStart} and {@code dateEnd} of {@code text} is told as past. */
    boolean isTold(String text, int dateStart, int dateEnd) {
        Sentence sentence = Sentence.around(text, dateStart, dateEnd);
        List<String> before = sentence.before();
        if (!before.isEmpty() && DEADLINE_PREPOSITIONS.contains(before.get(before.size() - 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return !isAhead(sentence)
                && (hasPastVerb(before.subList(Math.max(0, before.size() - WINDOW), before.size()))
                        || hasPastVerb(sentence.after().subList(0, Math.min(sentence.after().size(), WINDOW))));
    }

    /** True when the sentence around the date has a word of the future or of a schedule. */
    boolean isAhead(String text, int dateStart, int dateEnd) {
        return isAhead(Sentence.around(text, dateStart, dateEnd));
    }

    private boolean isAhead(Sentence sentence) {
        String words = (" " + String.join(" ", sentence.before()) + " " + String.join(" ", sentence.after()) + " ")
                .toLowerCase(Locale.ROOT);
        return schedulingWords.stream().anyMatch(word -> words.contains(" " + word + " "));
    }

    private static boolean hasPastVerb(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.equals(word.toLowerCase(Locale.ROOT)) || REPORTING.contains(word)) {
                continue;
            }
            boolean afterDeterminer = i > 0 && DETERMINERS.contains(words.get(i - 1).toLowerCase(Locale.ROOT));
            if (IRREGULAR_PAST.contains(word)
                    || word.length() >= 5 && word.endsWith("ed") && !NOT_VERBS.contains(word) && !afterDeterminer) {
                return true;
            }
        }
        return false;
    }

    /** The words of a date's sentence before and after it. */
    private record Sentence(List<String> before, List<String> after) {
        static Sentence around(String text, int dateStart, int dateEnd) {
            return new Sentence(words(text.substring(sentenceStart(text, dateStart), dateStart)),
                    words(text.substring(dateEnd, sentenceEnd(text, dateEnd))));
        }
    }

    private static int sentenceStart(String text, int from) {
        int limit = Math.max(0, from - MAX_SENTENCE_CHARS);
        Matcher end = SENTENCE_END.matcher(text).region(limit, from);
        int start = limit;
        while (end.find()) {
            start = end.end();
        }
        return start;
    }

    private static int sentenceEnd(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_SENTENCE_CHARS);
        Matcher end = SENTENCE_END.matcher(text).region(from, limit);
        return end.find() ? end.start() : limit;
    }

    private static List<String> words(String text) {
        Matcher m = WORD.matcher(text);
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
