package io.github.copydesk.rule.check;

import io.github.copydesk.text.PhraseIndex;
import io.github.copydesk.text.Quotation;
import io.github.copydesk.text.QuotedText;
import io.github.copydesk.text.Sentences;
import io.github.copydesk.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ways copy says who is speaking: an attribution word or phrase ({@code said}, {@code he added},
 * {@code according to}), a speaker introduced with a colon ({@code The minister: "..."}, a
 * {@code Q:} or {@code NAME:} line of a transcript), or a dash and a name after the quote
 * ({@code "..." — Jane Doe}). Everything is read in a paragraph's masked text, so words inside
 * the quotes never attribute them.
 */
final class AttributionForms {
    /** A label before a dash is a name or a title, not a clause: "Politico –", "Jane Doe, mayor –". */
    private static final int MAX_LABEL_WORDS = 6;
    /** A lead-in before a colon longer than this is not read for a speaker. */
    private static final int MAX_LABEL_CHARS = 200;
    /** A paragraph of its own that only says who spoke: "he said.", "the minister told reporters." */
    private static final int MAX_ATTRIBUTION_LINE_WORDS = 8;
    /** The speaker of a transcript line: "Q:", "A:", "ERDOGAN:", "Jane Doe:" at the start of a paragraph. */
    private static final Pattern SPEAKER_LINE = Pattern.compile("(?U)[\\s*_]*+\\p{Lu}[\\w.'’ -]{0,40}?[*_]*:[*_]*\\s");
    /** After the closing mark: "— Jane Doe", or a colon and the speaker, as standfirsts put it ("“...”: Residents defy ..."). */
    private static final Pattern DASH_AND_NAME = Pattern.compile("(?U)[\\s,.;]*+(?:[—–―]|--?)\\s*+[\\p{Lu}@]|\\s*+:\\s*+\\p{Lu}");
    /** Where a capitalised attribution word is still a verb: at the start of a sentence or clause. */
    private static final String CLAUSE_START = ".!?:;(—–";

    /** The subject of a lead-in stands in its first words: "The chief executive of the port". */
    private static final int MAX_SUBJECT_WORDS = 4;
    private static final int MAX_NAME_LINE_WORDS = 10;
    /** A name of two to four capitalised words, perhaps after a dash, perhaps with a title after a comma. */
    private static final Pattern NAME_LINE = Pattern.compile(
            "(?U)(?:[—–―-]\\s*)?\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}(?:\\s*,\\s*[^.!?\"“”]{1,80})?\\.?");
    /** A title that needs no verb before its colon: "The minister", "Q", "Jane Doe, mayor". */
    private static final int MAX_TITLE_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("(?U)\\w[\\w'’.-]*");
    /** Capitalised only because they open the sentence: no name. */
    private static final Set<String> LEAD_IN_OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "it", "its", "there", "here", "what", "you", "your", "we", "our", "their", "one", "some", "all", "every",
            "each", "no", "but", "and", "so", "yet", "then", "now", "still", "even", "only", "just", "such", "in",
            "on", "at", "for", "from", "with", "as", "after", "before", "when", "while", "if", "to", "of", "by",
            "more", "most", "also");
    private static final String CLOSING_MARKS = "\"”’'»";

    private final PhraseIndex phrases;
    private final Set<String> speakerNouns;

    AttributionForms(List<String> attributionPhrases, List<String> speakerNouns) {
        this.phrases = new PhraseIndex(attributionPhrases);
        this.speakerNouns = speakerNouns.stream().map(noun -> noun.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The subject of a lead-in is a speaker: one of its first words (before a verb could stand) is a
     * speaker noun or a pronoun: "The harbour master was in no mood to wait:", "She was blunt:".
     */
    boolean subjectIsASpeaker(String masked, int from, int to) {
        Matcher word = WORD.matcher(masked).region(from, to);
        for (int i = 0; i < MAX_SUBJECT_WORDS && word.find(); i++) {
            if (speakerNouns.contains(word.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short line that only names someone, as a pull quote's speaker is set under it: "Jane Doe",
     * "— Jane Doe, harbour master".
     */
    boolean isNameLine(String text) {
        String line = text.strip();
        return !line.isEmpty() && line.indexOf('\n') < 0 && Words.atMost(line, MAX_NAME_LINE_WORDS)
                && NAME_LINE.matcher(line).matches();
    }

    /**
     * Which sentences of {@code paragraph} hold an attribution word, each read at most once and only
     * when a quote asks: a quote's neighbourhood is a few sentences, so reading the paragraph anew
     * for every quote would cost the number of quotes times its length, and reading all of it would
     * read sentences that no quote stands by.
     */
    AttributedSentences attributedSentences(QuotedText paragraph) {
        return new AttributedSentences(paragraph);
    }

    final class AttributedSentences {
        private static final byte UNREAD = 0;
        private static final byte ATTRIBUTED = 1;
        private static final byte UNATTRIBUTED = 2;

        private final QuotedText paragraph;
        private final byte[] read;

        private AttributedSentences(QuotedText paragraph) {
            this.paragraph = paragraph;
            this.read = new byte[paragraph.sentences().size()];
        }

        /** Whether a sentence from index {@code first} to {@code last}, both included, holds one. */
        boolean anyIn(int first, int last) {
            for (int i = first; i <= last; i++) {
                if (read[i] == UNREAD) {
                    Sentences.Sentence sentence = paragraph.sentences().get(i);
                    read[i] = hasAttributionWord(paragraph.masked(), sentence.start(), sentence.end())
                            ? ATTRIBUTED : UNATTRIBUTED;
                }
                if (read[i] == ATTRIBUTED) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An attribution word in {@code [from, to)} of the masked text. */
    boolean hasAttributionWord(String masked, int from, int to) {
        for (PhraseIndex.Match match : phrases.find(masked, from, to)) {
            // "Said" with a capital mid-sentence is a name (Said Hassan); "United States" is no verb.
            if (!Character.isUpperCase(masked.charAt(match.start())) || startsClause(masked, match.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The quotation follows a colon after a lead-in in its own sentence that introduces a speaker
     * ("The minister: “...”", "Mr Doe told reporters: “...”"), or a short name and a dash, as press
     * reviews and subheadings give a speaker or an outlet ("Politico – “...”").
     */
    boolean hasSpeakerLabel(QuotedText paragraph, Quotation quotation) {
        String masked = paragraph.masked();
        int mark = quotation.open() - 1;
        while (mark >= 0 && Character.isWhitespace(masked.charAt(mark))) {
            mark--;
        }
        if (mark < 0 || ":—–-".indexOf(masked.charAt(mark)) < 0) {
            return false;
        }
        Sentences.Sentence sentence = paragraph.sentenceOf(quotation);
        if (mark - sentence.start() > MAX_LABEL_CHARS) {
            // A long clause introduces its subject's words: "The mayor, who ..., told the council:".
            return masked.charAt(mark) == ':' && sentence.start() < mark
                    && subjectIsASpeaker(masked, sentence.start(), mark);
        }
        int labelStart = Math.min(sentence.start(), mark);
        String label = masked.substring(labelStart, mark).strip();
        if (label.isEmpty()) {
            return false;
        }
        return masked.charAt(mark) == ':' ? introducesSpeaker(masked, labelStart, mark)
                : Character.isUpperCase(label.charAt(0)) && Words.atMost(label, MAX_LABEL_WORDS);
    }

    /**
     * The lead-in before a colon in {@code [from, to)} of the masked text introduces a speaker: it
     * is a short title ("The minister", "Q", "Jane Doe, mayor"), says someone speaks ("The minister
     * told reporters") or names someone ("Mr Shapps was blunt"). "The message from the capital was
     * unambiguous" does none of these.
     */
    boolean introducesSpeaker(String masked, int from, int to) {
        String lead = masked.substring(from, to).strip();
        if (lead.isEmpty()) {
            return false;
        }
        if (Words.atMost(lead, MAX_TITLE_WORDS) || hasAttributionWord(masked, from, to)
                || subjectIsASpeaker(masked, from, to)) {
            return true;
        }
        Matcher word = WORD.matcher(lead);
        boolean first = true;
        while (word.find()) {
            String found = word.group();
            if (Character.isUpperCase(found.charAt(0))
                    && (!first || !LEAD_IN_OPENERS.contains(found.toLowerCase(Locale.ROOT)))) {
                return true;
            }
            first = false;
        }
        return false;
    }

    /**
     * The quote ends with a comma, so its sentence goes on to say whose words they were, and what
     * follows names someone: {@code “I should not have tried this alone,” was Riley’s lesson}.
     */
    boolean goesOnToNameTheSpeaker(QuotedText paragraph, Quotation quotation) {
        String text = paragraph.text();
        if (!quotation.closed()) {
            return false;
        }
        int after = quotation.outerEnd();
        boolean comma = quotation.end() > quotation.contentStart() && text.charAt(quotation.end() - 1) == ',';
        if (!comma && after < text.length() && text.charAt(after) == ',') {
            comma = true;
            after++;
        }
        if (!comma) {
            return false;
        }
        int end = paragraph.sentences().isEmpty() ? text.length()
                : paragraph.sentences().get(paragraph.sentenceAt(Math.max(quotation.open(), after - 1))).end();
        Matcher word = WORD.matcher(paragraph.masked()).region(after, Math.max(after, end));
        while (word.find()) {
            if (Character.isUpperCase(word.group().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A fragment quoted inside a sentence that says whose words they are: it opens in lower case
     * right after a word of the sentence ("The ministry restated its resolve “to end the threat”").
     */
    boolean isPartialQuote(QuotedText paragraph, Quotation quotation) {
        String text = paragraph.text();
        int content = quotation.contentStart();
        while (content < quotation.end() && !Character.isLetterOrDigit(text.charAt(content))) {
            content++;
        }
        if (content >= quotation.end() || !Character.isLowerCase(text.charAt(content))) {
            return false;
        }
        int before = quotation.open() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (before < 0 || !Character.isLetter(text.charAt(before))) {
            return false;
        }
        Sentences.Sentence sentence = paragraph.sentenceOf(quotation);
        return sentence.start() < before && Character.isUpperCase(paragraph.masked().charAt(sentence.start()));
    }

    /** The paragraph is a transcript line that names its speaker first: "Q: ...", "MAYOR: ...". */
    boolean isSpeakerLine(String text) {
        Matcher matcher = SPEAKER_LINE.matcher(text);
        return matcher.lookingAt() && Words.atMost(matcher.group(), 4)
                && introducesSpeaker(text, 0, text.lastIndexOf(':', matcher.end() - 1));
    }

    /** A dash and a name right after the closing mark: "“...” — Jane Doe, mayor". */
    boolean hasDashAndName(String text, int from) {
        return from <= text.length() && DASH_AND_NAME.matcher(text).region(from, text.length()).lookingAt();
    }

    /**
     * A short paragraph that only names the speaker of the paragraph before, going on with its
     * sentence in lower case ("he said.", "the minister added.") or after a dash ("— Jane Doe").
     */
    boolean isAttributionLine(QuotedText paragraph) {
        String text = paragraph.text().strip();
        if (text.isEmpty() || !paragraph.quotations().isEmpty() || !Words.atMost(text, MAX_ATTRIBUTION_LINE_WORDS)) {
            return false;
        }
        return hasDashAndName(text, 0)
                || Character.isLowerCase(text.charAt(0)) && hasAttributionWord(text, 0, text.length());
    }

    /**
     * After a quote that ends in a question or exclamation mark, a capital does not end the
     * reporter's sentence: {@code “Who will pay?” Asked the minister.}
     */
    private static boolean startsClause(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i >= 1 && CLOSING_MARKS.indexOf(text.charAt(i)) >= 0 && "?!".indexOf(text.charAt(i - 1)) >= 0) {
            return true;
        }
        return i < 0 || CLAUSE_START.indexOf(text.charAt(i)) >= 0;
    }
}
