package io.github.copydesk.rule.check;

import io.github.copydesk.text.PhraseIndex;
import io.github.copydesk.text.Quotation;
import io.github.copydesk.text.QuotedText;
import io.github.copydesk.text.Sentences;
import io.github.copydesk.text.Words;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways copy says who is speaking: an attribution word or phrase ({@code said}, {@code he added},
 * {@code according to}), a speaker introduced with a colon ({@code The minister: "..."}, a
 * {@code Q:} or {@code NAME:} line of a transcript), or a dash and a name after the quote
 * ({@code "..." — Jane Doe}). Everything is read in a paragraph's masked text, so words inside
 * the quotes never attribute them.
 */
final class AttributionForms {
    /** A speaker label is a name or a title, not a clause: "The minister:", "Q:", "Jane Doe, mayor:". */
    private static final int MAX_LABEL_WORDS = 6;
    /** Six words of a label fit in this many characters; a longer stretch is not read for one. */
    private static final int MAX_LABEL_CHARS = 200;
    /** A paragraph of its own that only says who spoke: "he said.", "the minister told reporters." */
    private static final int MAX_ATTRIBUTION_LINE_WORDS = 8;
    /** The speaker of a transcript line: "Q:", "A:", "ERDOGAN:", "Jane Doe:" at the start of a paragraph. */
    private static final Pattern SPEAKER_LINE = Pattern.compile("(?U)[\\s*_]*+\\p{Lu}[\\w.'’ -]{0,40}?[*_]*:[*_]*\\s");
    /** After the closing mark: "— Jane Doe", or a colon and the speaker, as standfirsts put it ("“...”: Residents defy ..."). */
    private static final Pattern DASH_AND_NAME = Pattern.compile("(?U)[\\s,.;]*+(?:[—–―]|--?)\\s*+[\\p{Lu}@]|\\s*+:\\s*+\\p{Lu}");
    /** Where a capitalised attribution word is still a verb: at the start of a sentence or clause. */
    private static final String CLAUSE_START = ".!?:;(—–";

    private final PhraseIndex phrases;

    AttributionForms(List<String> attributionPhrases) {
        this.phrases = new PhraseIndex(attributionPhrases);
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
     * The quotation follows a short speaker label and a colon in its own sentence ("The minister:
     * “...”"), or a name and a dash, as press reviews and subheadings give a speaker or an outlet
     * ("Politico – “...”").
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
            return false;
        }
        String label = masked.substring(Math.min(sentence.start(), mark), mark).strip();
        boolean named = masked.charAt(mark) == ':' || !label.isEmpty() && Character.isUpperCase(label.charAt(0));
        return !label.isEmpty() && named && Words.atMost(label, MAX_LABEL_WORDS);
    }

    /** The paragraph is a transcript line that names its speaker first: "Q: ...", "MAYOR: ...". */
    boolean isSpeakerLine(String text) {
        Matcher matcher = SPEAKER_LINE.matcher(text);
        return matcher.lookingAt() && Words.atMost(matcher.group(), 4);
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

    private static boolean startsClause(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || CLAUSE_START.indexOf(text.charAt(i)) >= 0;
    }
}
