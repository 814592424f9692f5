package io.github.copydesk.rule.check;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Violation;
import io.github.copydesk.rule.check.AttributionForms.AttributedSentences;
import io.github.copydesk.text.Quotation;
import io.github.copydesk.text.QuotedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code quote-attribution} check: every direct quote of at least {@code minWords} words says
 * who is speaking, in its own sentence or the sentence before or after it in the same paragraph
 * (see {@link AttributionForms} for the forms that count).
 *
 * <p>Where the issue left room, the check reads copy as a copy editor would:
 * <ul>
 *   <li>a quote that runs over several paragraphs (no closing mark at a paragraph's end, an opening
 *       mark on the next) is one quote, and an attribution in any of its paragraphs serves it all;</li>
 *   <li>a paragraph that ends with a colon introduces the quote that opens the next one
 *       ({@code Putin said:} on a line of its own), and a paragraph that only names the speaker
 *       ({@code he said.}) attributes the quote that ends the paragraph before;</li>
 *   <li>a quote repeated from an attributed quote elsewhere in the article (a pull quote, a
 *       standfirst echoing the body) is attributed there;</li>
 *   <li>titles and names in quotation marks are not speech: a quote whose every word is capitalised
 *       ({@code "The House on the Long Road"}), one named by the word before it ({@code so-called},
 *       {@code dubbed}, {@code titled}, {@code slogan} ...), and a lower-case phrase used as a noun
 *       after an article ({@code the "coalition of the willing"}).</li>
 * </ul>
 */
public final class QuoteAttributionCheck implements Check {
    static final String MIN_WORDS = "minWords";
    static final String SINGLE_QUOTES = "singleQuotes";
    static final String ATTRIBUTIONS = "attributions";

    static final int DEFAULT_MIN_WORDS = 4;
    static final boolean DEFAULT_SINGLE_QUOTES = false;
    static final List<String> DEFAULT_ATTRIBUTIONS = List.of(
            "said", "says", "say", "saying", "spoke", "speaking", "told", "tells", "telling", "added", "adds", "adding", "noted", "noting",
            "stated", "stating", "wrote", "writes", "writing", "asked", "asks", "asking", "explained", "explains",
            "declared", "declares", "insisted", "insists", "argued", "argues", "warned", "warns", "warning", "claimed",
            "confirmed", "confirms", "replied", "replies", "continued", "announced", "announces", "tweeted",
            "posted", "according to", "quoted as saying", "in a statement", "in a speech",
            "in an interview", "in remarks", "in a post", "in a video", "in a letter", "in a message", "recalled", "recalls", "stressed",
            "stresses", "emphasised", "emphasized", "underlined", "pointed out", "acknowledged", "admitted",
            "conceded", "responded", "answered", "remarked", "commented", "observed", "quoted", "cited",
            "urged", "vowed", "pledged", "promised", "predicted", "described", "called", "reported", "shouted", "chanted",
            "chanting", "read", "reads", "reading", "joked", "quipped", "complained", "lamented", "demanded",
            "accused", "suggested", "pleaded", "cautioned", "assured", "boasted");

    public static final CheckType TYPE = new CheckType("quote-attribution",
            Set.of(MIN_WORDS, SINGLE_QUOTES, ATTRIBUTIONS),
            Set.of(BlockKind.STANDFIRST, BlockKind.CAPTION, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM),
            QuoteAttributionCheck::new);

    private static final String UNATTRIBUTED = "Quote without attribution";
    /**
     * Characters searched for quotes repeated from attributed ones. A real article needs a few
     * thousand; a file of millions of unattributed quotes is reported without the search, which
     * would cost their number times the text of the attributed ones.
     */
    private static final long MAX_REPEAT_SEARCH = 50_000_000L;

    /** Eight words of an attribution line ("the minister told reporters on Monday.") fit in this many characters. */
    private static final int MAX_ATTRIBUTION_LINE_CHARS = 160;

    private final int minWords;
    private final boolean singleQuotes;
    private final AttributionForms forms;
    private final QuoteShapes shapes = new QuoteShapes();

    public QuoteAttributionCheck(CheckOptions options) {
        this.minWords = options.integer(MIN_WORDS, DEFAULT_MIN_WORDS);
        if (minWords < 1) {
            throw new OptionException(MIN_WORDS, "option '" + MIN_WORDS + "' must be at least 1");
        }
        this.singleQuotes = options.bool(SINGLE_QUOTES, DEFAULT_SINGLE_QUOTES);
        List<String> attributions = options.strings(ATTRIBUTIONS, DEFAULT_ATTRIBUTIONS);
        if (attributions.isEmpty() || attributions.stream().anyMatch(String::isBlank)) {
            throw new OptionException(ATTRIBUTIONS, "option '" + ATTRIBUTIONS + "' must list words, none empty");
        }
        this.forms = new AttributionForms(attributions);
    }

    @Override
    public void check(Article article, Set<BlockKind> scope, Consumer<Violation> report) {
        List<Block> blocks = article.blocks();
        QuotedText[] paragraphs = new QuotedText[blocks.size()];
        AttributedSentences[] attributedSentences = new AttributedSentences[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (scope.contains(blocks.get(i).kind())) {
                paragraphs[i] = new QuotedText(blocks.get(i).text(), singleQuotes);
            }
        }
        List<Quote> quotes = quotes(blocks, paragraphs);
        List<Quote> unattributed = new ArrayList<>();
        StringBuilder attributedWords = new StringBuilder();
        for (Quote quote : quotes) {
            if (!isSpeech(quote)) {
                continue;
            }
            if (isAttributed(quote, blocks, paragraphs, attributedSentences)) {
                attributedWords.append(quote.normalisedWords()).append('|');
            } else {
                unattributed.add(quote);
            }
        }
        String repeated = attributedWords.toString();
        boolean lookForRepeats = unattributed.size() * (long) repeated.length() <= MAX_REPEAT_SEARCH;
        for (Quote quote : unattributed) {
            if (!lookForRepeats || !repeated.contains(quote.normalisedWords())) {
                report.accept(new Violation(quote.sourceStart(), quote.sourceEnd(), UNATTRIBUTED));
            }
        }
    }

    /** The quotes of the article in order, a quote carried over paragraphs joined into one. */
    private static List<Quote> quotes(List<Block> blocks, QuotedText[] paragraphs) {
        List<Quote> quotes = new ArrayList<>();
        List<Part> open = null;
        for (int i = 0; i < blocks.size(); i++) {
            QuotedText paragraph = paragraphs[i];
            if (paragraph == null) {
                open = null;
                continue;
            }
            List<Quotation> quotations = paragraph.quotations();
            for (int q = 0; q < quotations.size(); q++) {
                Quotation quotation = quotations.get(q);
                Part part = new Part(i, blocks.get(i), paragraph, quotation);
                if (q == 0 && open != null && paragraph.startsWithQuotation()) {
                    open.add(part);
                } else {
                    open = new ArrayList<>();
                    open.add(part);
                    quotes.add(new Quote(open));
                }
                if (quotation.closed() || q < quotations.size() - 1) {
                    open = null;
                }
            }
            if (quotations.isEmpty()) {
                open = null;
            }
        }
        return quotes;
    }

    private boolean isSpeech(Quote quote) {
        if (quote.words().size() < minWords) {
            return false;
        }
        Part first = quote.parts().get(0);
        return !shapes.isTitle(quote.words()) && !shapes.isNamed(first.paragraph().text(), first.quotation());
    }

    private boolean isAttributed(Quote quote, List<Block> blocks, QuotedText[] paragraphs,
            AttributedSentences[] attributedSentences) {
        List<Part> parts = quote.parts();
        for (Part part : parts) {
            QuotedText paragraph = part.paragraph();
            if (attributedSentences[part.index()] == null) {
                attributedSentences[part.index()] = forms.attributedSentences(paragraph);
            }
            int[] neighbours = paragraph.neighbourSentences(part.quotation());
            if (attributedSentences[part.index()].anyIn(neighbours[0], neighbours[1])
                    || forms.hasSpeakerLabel(paragraph, part.quotation())
                    || forms.isSpeakerLine(paragraph.text())
                    || part.quotation().closed() && forms.hasDashAndName(paragraph.text(), part.quotation().outerEnd())) {
                return true;
            }
        }
        Part first = parts.get(0);
        if (first.index() > 0 && first.paragraph().isInFirstSentence(first.quotation())
                && endsWithColon(blocks.get(first.index() - 1).text())) {
            return true;
        }
        Part last = parts.get(parts.size() - 1);
        int next = last.index() + 1;
        return next < blocks.size() && last.paragraph().isInLastSentence(last.quotation())
                && isAttributionLine(blocks.get(next), paragraphs[next]);
    }

    private static boolean endsWithColon(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > 0 && text.charAt(end - 1) == ':';
    }

    /**
     * Only a short paragraph can be one; the bound keeps a long one from being read for every
     * quote before it. {@code read} is the paragraph as already read, or null when out of scope.
     */
    private boolean isAttributionLine(Block block, QuotedText read) {
        return block.text().length() <= MAX_ATTRIBUTION_LINE_CHARS
                && forms.isAttributionLine(read != null ? read : new QuotedText(block.text(), singleQuotes));
    }

    /** One part of a quote: a quotation in the paragraph at {@code index} of the article's blocks. */
    private record Part(int index, Block block, QuotedText paragraph, Quotation quotation) {
        String words() {
            return paragraph.text().substring(quotation.contentStart(), quotation.end());
        }
    }

    /** A direct quote, in one part or in several when it runs over paragraphs. */
    private static final class Quote {
        private final List<Part> parts;
        /** Read when first asked, once every part has been added. */
        private List<String> words;

        Quote(List<Part> parts) {
            this.parts = parts;
        }

        List<Part> parts() {
            return parts;
        }

        /** The opening mark, where a finding points. */
        int sourceStart() {
            Part first = parts.get(0);
            return first.block().sourceOffset(first.quotation().open());
        }

        /** Just past the closing mark, or the last word of a quote left open. */
        int sourceEnd() {
            Part last = parts.get(parts.size() - 1);
            return last.block().sourceOffset(last.quotation().outerEnd() - 1) + 1;
        }

        /** The quote's words, punctuation dropped. */
        List<String> words() {
            if (words == null) {
                StringBuilder text = new StringBuilder();
                for (Part part : parts) {
                    text.append(part.words()).append(' ');
                }
                words = QuoteShapes.words(text.toString());
            }
            return words;
        }

        /** The words alone, lower-case, for finding a quote repeated elsewhere whatever its punctuation. */
        String normalisedWords() {
            return String.join(" ", words()).toLowerCase(Locale.ROOT);
        }
    }
}
