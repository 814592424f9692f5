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
import io.github.copydesk.text.PhraseIndex;
import io.github.copydesk.text.Quotation;
import io.github.copydesk.text.QuotedText;
import io.github.copydesk.text.Quotations;
import io.github.copydesk.text.Sentences;
import io.github.copydesk.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    static final String LEFTOVER_CUES = "leftoverCues";
    static final String SPEAKER_NOUNS = "speakerNouns";
    static final String CITATION_HEADINGS = "citationHeadings";
    static final String LANGUAGE_WORDS = "languageWords";
    /** The commonest words of the language the attributions are written in. */
    static final List<String> DEFAULT_LANGUAGE_WORDS = List.of("the", "and", "of", "to", "that", "for", "with",
            "it", "he", "she", "they", "said", "has", "have", "this", "from", "are", "were", "not", "but", "by",
            "was", "is", "his", "her", "which", "would", "will");

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
            "accused", "suggested", "pleaded", "cautioned", "assured", "boasted", "retorted", "hit back", "countered",
            "snapped", "reiterated", "repeated", "recounted", "testified", "asserted", "affirmed", "exclaimed",
            "interjected", "mused", "wondered", "sighed", "states", "write", "concluded", "concludes", "revealed",
            "reveals", "revealing", "comments", "alleged", "alleges", "claims", "written", "summed up", "sums up",
            "put it", "puts it", "hit out at", "hits out at");
    /** The subject of a lead-in before a colon that holds one of these is a speaker: "The harbour master was blunt:". */
    static final List<String> DEFAULT_SPEAKER_NOUNS = List.of("minister", "mayor", "president", "premier",
            "chancellor", "governor", "senator", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
            "chief", "director", "chairman", "chairwoman", "chair", "leader", "head", "manager", "founder", "owner",
            "professor", "doctor", "expert", "experts", "officer", "commissioner", "secretary", "judge", "lawyer",
            "coach", "captain", "author", "researcher", "researchers", "scientist", "scientists", "economist",
            "analyst", "analysts", "resident", "residents", "witness", "witnesses", "farmer", "teacher", "student",
            "mother", "father", "ambassador", "councillor", "councilor", "activist", "campaigner", "he", "she",
            "they", "i", "we");
    /** A heading like one of these opens a list of works cited: the titles quoted in it are not speech. */
    static final List<String> DEFAULT_CITATION_HEADINGS = List.of("Works cited", "References", "Bibliography",
            "Sources", "Notes", "Further reading", "Citations", "Literature");
    static final List<String> DEFAULT_LEFTOVER_CUES = List.of("related", "read more", "read also", "also read", "read",
            "more", "see also", "advertisement", "watch", "listen", "recommended", "trending", "sponsored",
            "you may also like");

    public static final CheckType TYPE = new CheckType("quote-attribution",
            Set.of(MIN_WORDS, SINGLE_QUOTES, ATTRIBUTIONS, LEFTOVER_CUES, SPEAKER_NOUNS, CITATION_HEADINGS,
                    LANGUAGE_WORDS),
            Set.of(BlockKind.STANDFIRST, BlockKind.CAPTION, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM),
            QuoteAttributionCheck::new);

    private static final String UNATTRIBUTED = "Quote without attribution";
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    /** How much copy is read to tell its language. */
    private static final int LANGUAGE_SAMPLE_CHARS = 20_000;
    /** Fewer letters than this are too little copy to tell its language by. */
    private static final int MIN_LANGUAGE_LETTERS = 150;
    /** In copy of the attributions' language, far more than this share of words are its commonest ones. */
    private static final int MIN_COMMON_WORD_PERCENT = 4;
    /**
     * Characters searched for quotes repeated from attributed ones. A real article needs a few
     * thousand; a file of millions of unattributed quotes is reported without the search, which
     * would cost their number times the text of the attributed ones.
     */
    private static final long MAX_REPEAT_SEARCH = 50_000_000L;

    /** Paragraphs without quotation marks a quote left open may run past, and short lines skipped to the paragraph before. */
    private static final int MAX_INTERRUPTIONS = 3;
    /** A link's text left between two paragraphs of quotes: "RELATED Power returns to the valley". */
    private static final int MAX_INTERLUDE_WORDS = 12;
    /**
     * A paragraph of reported speech before a quote is a sentence or a few; the bound keeps a long
     * one from being split into sentences for every quote after it.
     */
    private static final int MAX_REPORTING_PARAGRAPH_CHARS = 2_000;
    private static final String SENTENCE_ENDS = ".!?:;\"”’)…";

    /** Eight words of an attribution line ("the minister told reporters on Monday.") fit in this many characters. */
    private static final int MAX_ATTRIBUTION_LINE_CHARS = 160;

    private final int minWords;
    private final boolean singleQuotes;
    private final AttributionForms forms;
    private final PhraseIndex leftoverCues;
    private final QuoteShapes shapes = new QuoteShapes();
    /** Lower case. */
    private final Set<String> languageWords;
    /** Lower case. */
    private final Set<String> citationHeadings;

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
        this.forms = new AttributionForms(attributions, options.strings(SPEAKER_NOUNS, DEFAULT_SPEAKER_NOUNS));
        this.languageWords = options.strings(LANGUAGE_WORDS, DEFAULT_LANGUAGE_WORDS).stream()
                .map(word -> word.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.citationHeadings = options.strings(CITATION_HEADINGS, DEFAULT_CITATION_HEADINGS).stream()
                .map(heading -> heading.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.leftoverCues = new PhraseIndex(options.strings(LEFTOVER_CUES, DEFAULT_LEFTOVER_CUES));
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
        if (isInAnotherLanguage(blocks, scope)) {
            return;
        }
        List<Quote> quotes = quotes(blocks, paragraphs);
        boolean[] worksCited = worksCited(blocks);
        List<Quote> unattributed = new ArrayList<>();
        StringBuilder attributedWords = new StringBuilder();
        boolean[] holdsAttributedSpeech = new boolean[blocks.size()];
        for (Quote quote : quotes) {
            if (!isSpeech(quote) || isCutOffByTheEnd(quote, blocks) || worksCited[quote.parts().get(0).index()]) {
                continue;
            }
            if (isAttributed(quote, blocks, paragraphs, attributedSentences)
                    || continuesFromTheParagraphBefore(quote, blocks, paragraphs, holdsAttributedSpeech)) {
                for (Part part : quote.parts()) {
                    holdsAttributedSpeech[part.index()] = true;
                }
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

    /**
     * The quotes of the article in order, a quote carried over paragraphs joined into one. A quote
     * left open stays open over a few paragraphs without quotation marks: stored pages put links,
     * prompts and teasers between the paragraphs of one quote.
     */
    private static List<Quote> quotes(List<Block> blocks, QuotedText[] paragraphs) {
        List<Quote> quotes = new ArrayList<>();
        List<Part> open = null;
        int interruptions = 0;
        for (int i = 0; i < blocks.size(); i++) {
            QuotedText paragraph = paragraphs[i];
            if (paragraph == null) {
                open = null;
                continue;
            }
            List<Quotation> quotations = paragraph.quotations();
            if (quotations.isEmpty()) {
                if (++interruptions > MAX_INTERRUPTIONS) {
                    open = null;
                }
                continue;
            }
            interruptions = 0;
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
        }
        return quotes;
    }

    /**
     * A quote whose opening mark has no closing one before the end of the article was cut off where
     * the file was cut: what would attribute it may have followed.
     */
    private static boolean isCutOffByTheEnd(Quote quote, List<Block> blocks) {
        Part last = quote.parts().get(quote.parts().size() - 1);
        return !last.quotation().closed() && last.index() == blocks.size() - 1;
    }

    /**
     * A paragraph that opens with a quote goes on with the speaker of the paragraph before it: of
     * its attributed quote, as wire copy gives a speaker's next words ({@code "We will rebuild," the
     * mayor said.} and then {@code "It will take years."}), or of its last sentence when that one
     * reports speech ({@code He said the government stands by farmers.}). A link a page left
     * between them ({@code RELATED ...}) does not stand between the two; a subheading does.
     */
    private boolean continuesFromTheParagraphBefore(Quote quote, List<Block> blocks, QuotedText[] paragraphs,
            boolean[] holdsAttributedSpeech) {
        Part first = quote.parts().get(0);
        if (!first.paragraph().startsWithQuotation() || first.paragraph().quotations().get(0) != first.quotation()) {
            return false;
        }
        int before = first.index() - 1;
        int skipped = 0;
        while (before >= 0 && skipped < MAX_INTERRUPTIONS && isInterlude(blocks.get(before))) {
            before--;
            skipped++;
        }
        if (before < 0) {
            return false;
        }
        if (holdsAttributedSpeech[before]) {
            return true;
        }
        QuotedText paragraph = paragraphs[before] != null ? paragraphs[before]
                : new QuotedText(blocks.get(before).text(), singleQuotes);
        List<Sentences.Sentence> sentences = paragraph.sentences();
        if (sentences.isEmpty() || paragraph.text().length() > MAX_REPORTING_PARAGRAPH_CHARS) {
            return false;
        }
        Sentences.Sentence last = sentences.get(sentences.size() - 1);
        return forms.hasAttributionWord(paragraph.masked(), last.start(), last.end());
    }

    /**
     * A short line a page left between paragraphs, that does not end as a sentence does and quotes
     * nobody: one opening with a leftover's cue ("RELATED ...", "Read more: ...") or one that is a
     * link and nothing else (a topic tag). A subheading is no leftover: the quote after it starts
     * afresh.
     */
    private boolean isInterlude(Block block) {
        String line = block.text().strip();
        if (line.isEmpty() || !Words.atMost(line, MAX_INTERLUDE_WORDS)
                || SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) >= 0 || !Quotations.find(line, false).isEmpty()) {
            return false;
        }
        if (block.links().size() == 1 && block.links().get(0).text().strip().equals(line)) {
            return true;
        }
        List<PhraseIndex.Match> cues = leftoverCues.find(line, 0, line.length());
        return !cues.isEmpty() && cues.get(0).start() == 0;
    }

    private boolean isSpeech(Quote quote) {
        if (quote.words().size() < minWords) {
            return false;
        }
        Part first = quote.parts().get(0);
        String text = first.paragraph().text();
        return !shapes.isTitle(quote.words()) && !shapes.isNamed(text, first.quotation())
                && !shapes.isAttributeValue(text, first.quotation()) && !shapes.isInTemplateTag(text, first.quotation())
                && !(quote.parts().size() == 1 && shapes.isTerm(text, first.quotation(), quote.words().size()))
                && !shapes.isCitation(text, first.quotation());
    }

    /**
     * The attribution words are one language's: copy in another ("řekl", "disse", "表示") gives no
     * evidence either way, and is not judged. Copy is in another language when, over a good length
     * of it, hardly any word is one of {@code languageWords}, the commonest words of the
     * attributions' language. Only the first {@link #LANGUAGE_SAMPLE_CHARS} characters are read.
     */
    private boolean isInAnotherLanguage(List<Block> blocks, Set<BlockKind> scope) {
        StringBuilder sample = new StringBuilder();
        for (Block block : blocks) {
            if (sample.length() >= LANGUAGE_SAMPLE_CHARS) {
                break;
            }
            if (scope.contains(block.kind())) {
                sample.append(block.text(), 0, Math.min(block.text().length(), LANGUAGE_SAMPLE_CHARS)).append(' ');
            }
        }
        int words = 0;
        int letters = 0;
        int common = 0;
        Matcher word = LETTERS.matcher(sample);
        while (word.find()) {
            words++;
            letters += word.end() - word.start();
            if (languageWords.contains(word.group().toLowerCase(Locale.ROOT))) {
                common++;
            }
        }
        return letters >= MIN_LANGUAGE_LETTERS && common * 100 < words * MIN_COMMON_WORD_PERCENT;
    }

    /**
     * Which blocks stand in a list of works cited, under a heading such as "References": the titles
     * quoted there are the works', not speech. The list runs from the heading to the next heading.
     */
    private boolean[] worksCited(List<Block> blocks) {
        boolean[] cited = new boolean[blocks.size()];
        boolean inList = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == BlockKind.HEADING || block.kind() == BlockKind.HEADLINE) {
                String heading = block.text().strip();
                if (heading.endsWith(":")) {
                    heading = heading.substring(0, heading.length() - 1).strip();
                }
                inList = citationHeadings.contains(heading.toLowerCase(Locale.ROOT));
            }
            cited[i] = inList;
        }
        return cited;
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
                    || part.quotation().closed() && forms.hasDashAndName(paragraph.text(), part.quotation().outerEnd())
                    || forms.goesOnToNameTheSpeaker(paragraph, part.quotation())) {
                return true;
            }
        }
        Part first = parts.get(0);
        if (forms.isPartialQuote(first.paragraph(), first.quotation())) {
            return true;
        }
        if (first.index() > 0 && first.paragraph().isInFirstSentence(first.quotation())
                && introducesTheNextParagraph(blocks.get(first.index() - 1), paragraphs[first.index() - 1])) {
            return true;
        }
        Part last = parts.get(parts.size() - 1);
        int next = last.index() + 1;
        return next < blocks.size() && last.paragraph().isInLastSentence(last.quotation())
                && (isAttributionLine(blocks.get(next), paragraphs[next])
                        || isPullQuote(last) && forms.isNameLine(blocks.get(next).text()));
    }

    /** A pull quote: its quotation is all its block holds, so the name line under it is its speaker's. */
    private static boolean isPullQuote(Part part) {
        String text = part.paragraph().text();
        return part.quotation().closed() && text.substring(0, part.quotation().open()).isBlank()
                && text.substring(part.quotation().outerEnd()).isBlank();
    }

    /**
     * The paragraph ends with a colon after a lead-in that names a speaker or says someone speaks
     * ({@code Putin told the troops:}); "The message from the capital was unambiguous:" introduces
     * no speaker. {@code read} is the paragraph as already read, or null when out of scope.
     */
    private boolean introducesTheNextParagraph(Block block, QuotedText read) {
        String text = block.text();
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || text.charAt(end - 1) != ':') {
            return false;
        }
        QuotedText paragraph = read != null ? read : new QuotedText(text, singleQuotes);
        List<Sentences.Sentence> sentences = paragraph.sentences();
        int start = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).start();
        return forms.introducesSpeaker(paragraph.masked(), start, end - 1);
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
