package io.github.copydesk.text;

import java.util.Arrays;
import java.util.List;

/**
 * A paragraph with its direct quotations found and its sentences split around them: the
 * sentences are read from the text with the quoted words masked, so a full stop inside a quote
 * does not end the reporter's sentence that carries it.
 */
public final class QuotedText {
    private final String text;
    private final List<Quotation> quotations;
    /** Read on first use: most paragraphs hold no quotation, and nothing asks for their sentences. */
    private String masked;
    private List<Sentences.Sentence> sentences;

    public QuotedText(String text, boolean singleQuotes) {
        this.text = text;
        this.quotations = Quotations.find(withoutShortcodes(text), singleQuotes);
    }

    /** The text with shortcodes blanked out: their attribute values are markup, not quotations. */
    private static String withoutShortcodes(String text) {
        List<Shortcodes.Shortcode> shortcodes = Shortcodes.find(text);
        if (shortcodes.isEmpty()) {
            return text;
        }
        char[] blanked = text.toCharArray();
        for (Shortcodes.Shortcode shortcode : shortcodes) {
            Arrays.fill(blanked, shortcode.start(), shortcode.end(), ' ');
        }
        return new String(blanked);
    }

    public String text() {
        return text;
    }

    public List<Quotation> quotations() {
        return quotations;
    }

    /** The text with every quotation's words replaced, so that only the reporter's words remain readable. */
    public String masked() {
        if (masked == null) {
            masked = Quotations.mask(text, quotations);
        }
        return masked;
    }

    public List<Sentences.Sentence> sentences() {
        if (sentences == null) {
            sentences = Sentences.split(masked());
        }
        return sentences;
    }

    /** Index of the sentence holding {@code offset}; an offset between sentences belongs to the one before. */
    public int sentenceAt(int offset) {
        List<Sentences.Sentence> sentences = sentences();
        int low = 0;
        int high = sentences.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return Math.max(0, low);
    }

    /** Indexes of the sentences from the one before the quotation's first sentence to the one after its last. */
    public int[] neighbourSentences(Quotation quotation) {
        if (sentences().isEmpty()) {
            return new int[] {0, -1};
        }
        int first = Math.max(0, sentenceAt(quotation.open()) - 1);
        int last = Math.min(sentences().size() - 1, sentenceAt(Math.max(quotation.open(), quotation.outerEnd() - 1)) + 1);
        return new int[] {first, last};
    }

    /** The sentence holding the quotation's opening mark. */
    public Sentences.Sentence sentenceOf(Quotation quotation) {
        return sentences().isEmpty() ? new Sentences.Sentence(0, text.length()) : sentences().get(sentenceAt(quotation.open()));
    }

    public boolean isInFirstSentence(Quotation quotation) {
        return sentenceAt(quotation.open()) == 0;
    }

    public boolean isInLastSentence(Quotation quotation) {
        return sentences().isEmpty() || sentenceAt(Math.max(quotation.open(), quotation.outerEnd() - 1)) == sentences().size() - 1;
    }

    /** The quotation opens the text, after blanks only: the sign of a quote going on from the paragraph before. */
    public boolean startsWithQuotation() {
        return !quotations.isEmpty() && text.substring(0, quotations.get(0).open()).isBlank();
    }
}
