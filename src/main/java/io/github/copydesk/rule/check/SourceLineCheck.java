package io.github.copydesk.rule.check;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.article.Metadata;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.Fix;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Severity;
import io.github.copydesk.rule.Violation;
import io.github.copydesk.text.NameKey;
import io.github.copydesk.text.Words;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code source-line} check: an article credits its source in one of the forms real copy uses
 * (a {@code SOURCE:} line, a dateline agency tag, a {@code Reporting by} line, a trailing agency,
 * outlet or desk credit, front-matter {@code source}, a byline), a {@code SOURCE:} line comes last,
 * credited agencies are in {@code allowedAgencies} when that list is set, and a {@code SOURCE:}
 * line agrees with the front matter.
 *
 * <p>Credits are looked for only where copy puts them: the head and the first paragraphs (datelines,
 * bylines) and the last blocks (credit lines). An agency named in the middle of the story
 * ("Reuters reported on Monday") is reporting, not a credit for the article.
 */
public final class SourceLineCheck implements Check {
    static final String ACCEPT_BYLINE = "acceptByline";
    static final String ALLOWED_AGENCIES = "allowedAgencies";
    static final String AGENCIES = "agencies";
    static final String OUTLETS = "outlets";
    static final String CREDIT_PHRASES = "creditPhrases";
    static final String SOURCE_LINE_FORM = "sourceLineForm";
    static final String HOUSE_CREDITS = "houseCredits";
    static final String NOT_TAGS = "notTags";
    static final String LEFTOVER_CUES = "leftoverCues";
    static final String AGENCY_COPY_CUES = "agencyCopyCues";
    static final String NO_CREDIT = "noCredit";
    static final String NO_CREDIT_UNSHOWN = "noCreditUnshown";
    static final String ISSUING_BODIES = "issuingBodies";
    static final String CREDIT_SENTENCES = "creditSentences";
    static final String OFF = "off";
    /** An abbreviation such as AA or AFP. */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,6}");
    private static final String SOURCE_PLACEHOLDER = "${source}";
    private static final String CAPITALISED_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
    /**
     * A line of its own near the top that is an outlet and the place it publishes from, as
     * aggregators credit the copy they carry: "Vanguard (Lagos)", "The Harbour Post (Riverton)".
     */
    private static final Pattern OUTLET_WITH_PLACE = Pattern.compile("\\s*(?:The\\s+)?" + CAPITALISED_WORD + "(?:\\s+"
            + CAPITALISED_WORD + "){0,3}\\s*\\((?<place>\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*)?)\\)\\s*");
    /** A sign-off names its body in a few words either side of the word that makes it one. */
    private static final int MAX_SIGN_OFF_WORDS = 6;

    static final List<String> DEFAULT_AGENCIES = List.of(
            "AA", "Anadolu", "Anadolu Agency", "Anadolu Ajansi", "Reuters", "Thomson Reuters", "AP",
            "Associated Press", "AFP", "Agence France-Presse", "Agence France Presse", "Xinhua",
            "Xinhua News Agency", "DPA", "Deutsche Presse-Agentur", "EFE", "ANSA", "Kyodo", "Kyodo News", "Jiji",
            "Jiji Press", "Yonhap", "PTI", "Press Trust of India", "IANS", "ANI", "UNI", "Bernama", "Antara",
            "TASS", "ITAR-TASS", "RIA Novosti", "RIA", "Interfax", "Sputnik", "Ukrinform", "UNIAN", "IHA",
            "İHA", "ILKHA", "İLKHA", "DHA", "Demiroren News Agency", "Bloomberg", "UPI", "WAFA", "KUNA",
            "SPA", "WAM", "QNA", "IRNA", "ISNA", "Tasnim", "Mehr", "APA", "Trend", "AZERTAC", "MENA",
            "SANA", "Petra", "NNA", "BSS", "APP", "KCNA", "Lusa", "Europa Press", "Belga", "ANP", "PAP",
            "CTK", "MTI", "BTA", "Agerpres", "ANA-MPA", "Prensa Latina", "Canadian Press", "AAP",
            "Australian Associated Press", "KNA", "APS", "TAP", "MAP", "PNA", "CNA", "GNA", "Ghana News Agency", "NAN",
            "News Agency of Nigeria", "KBC", "PR Newswire", "PRNewswire", "Business Wire", "GlobeNewswire", "CNW");
    static final List<String> DEFAULT_OUTLETS = List.of(
            "TRT World", "TRTWorld", "TRT Haber", "TRT Afrika", "TRT", "Daily Sabah", "Sabah", "Hurriyet Daily News",
            "Yeni Safak", "Al Jazeera", "Al Jazeera English", "Al Arabiya", "BBC", "BBC News",
            "BBC World Service", "CNN", "Sky News", "Euronews", "France 24", "Deutsche Welle", "DW",
            "Voice of America", "VOA", "RFE/RL", "Radio Free Europe", "NPR", "Guardian", "New York Times",
            "Washington Post", "Financial Times", "Independent", "Middle East Eye", "Arab News", "Gulf News",
            "Khaleej Times", "Dawn", "Hindu", "Times of India", "Hindustan Times", "NDTV",
            "South China Morning Post", "Global Times", "China Daily", "CGTN", "Kyiv Independent",
            "Times of Israel", "Haaretz", "Jerusalem Post", "Press TV", "Politico", "CBS News", "NBC News",
            "ABC News", "Fox News", "Agencies", "News agencies", "Agency", "Wire services", "Wire reports", "Wires",
            "Agency reports", "News Desk", "Web Desk", "Online Desk", "Foreign Desk", "News Service",
            "Staff", "Staff Reporter", "Staff Writer", "Our Correspondent", "Our Correspondents",
            "Correspondent", "Newsroom");
    static final List<String> DEFAULT_CREDIT_PHRASES = List.of(
            "Reporting by", "Additional reporting by", "Writing by", "Editing by", "Compiled by", "Reported by",
            "Written by", "Edited by", "Contributed by", "With inputs from", "With input from", "Inputs from",
            "With reporting from", "With agency inputs", "contributed to this report", "contributed reporting",
            "Courtesy of", "Anadolu Agency website", "This report by", "This article by", "This story by",
            "This report was first published", "This article was first published", "This story was first published",
            "This article first appeared", "This story first appeared", "was first published in", "Published in the",
            "Originally published", "Republished with permission", "This article is republished");
    static final List<String> DEFAULT_HOUSE_CREDITS = List.of(
            "News Service", "News Services", "News Network", "News Bureau", "Bureau", "Desk", "Correspondent",
            "Correspondents", "Special Correspondent", "Staff Reporter", "Staff Writer", "Staff Correspondent",
            "Reporter", "Report", "Reports", "Staff", "Newsroom", "Team", "wires", "with agencies", "and agencies", "with wires",
            "and wires");
    static final List<String> DEFAULT_NOT_TAGS = List.of(
            "UPDATE", "UPDATED", "UPDATES", "LEAD", "LIVE", "VIDEO", "PHOTO", "PHOTOS", "WATCH", "EXCLUSIVE",
            "CORRECTED", "CORRECTION", "REFILE", "REPEAT", "URGENT", "BREAKING", "ANALYSIS", "OPINION", "EDITORIAL",
            "FILE", "AUDIO", "PODCAST", "GRAPHIC");
    static final List<String> DEFAULT_LEFTOVER_CUES = List.of(
            "Read more", "Read also", "Also read", "Read next", "Related", "See also", "More stories",
            "Recommended", "You may also like", "You might also like", "Don't miss", "Sign up", "Subscribe",
            "newsletter", "newsletters", "inbox", "Follow us", "Download", "app", "WhatsApp", "Telegram",
            "Click here", "Tap here", "Share this", "Share on", "Share via", "alerts", "notifications",
            "Advertisement", "Copyright", "All rights reserved", "©", "Previous article", "Next article");
    static final List<String> DEFAULT_CREDIT_SENTENCES = List.of("appeared first on", "created this story",
            "can be reached at");
    static final List<String> DEFAULT_ISSUING_BODIES = List.of("Ministry", "Department", "Office", "Press Office",
            "Agency", "Authority", "Commission", "Council", "Secretariat", "Directorate", "Government",
            "Administration", "Embassy", "Police", "University", "Institute", "Foundation", "Association",
            "Federation", "Committee", "Board", "Bureau");
    static final List<String> DEFAULT_AGENCY_COPY_CUES = List.of(
            "told", "speaking to", "talking to", "in an interview with", "said in an interview with",
            "in remarks to", "in comments to");

    public static final CheckType TYPE = new CheckType("source-line",
            Set.of(ACCEPT_BYLINE, ALLOWED_AGENCIES, AGENCIES, OUTLETS, CREDIT_PHRASES, SOURCE_LINE_FORM, HOUSE_CREDITS,
                    NOT_TAGS, LEFTOVER_CUES, AGENCY_COPY_CUES, NO_CREDIT, NO_CREDIT_UNSHOWN, ISSUING_BODIES,
                    CREDIT_SENTENCES),
            Set.of(BlockKind.values()), SourceLineCheck::new);

    /**
     * Datelines and bylines sit in the head or the first paragraphs of the story; a headline, a byline,
     * a timestamp or a caption line may come first, so only paragraphs of body copy count.
     */
    private static final int OPENING_PARAGRAPHS = 3;
    /**
     * Credit lines close the story, sometimes followed by a short note, a slug or a page's leftovers
     * (teaser lines, share prompts), so only paragraphs of body copy count.
     */
    private static final int CLOSING_BLOCKS = 3;
    /** However many short lines a page has at either end, credits are looked for this far in at most. */
    private static final int MAX_REGION_BLOCKS = 30;
    /** A teaser's headline, a line of this many words at most that does not end like a sentence. */
    private static final int MAX_TEASER_HEADLINE_WORDS = 15;
    /** A paragraph of the story has at least this many words and ends like a sentence. */
    private static final int MIN_BODY_WORDS = 8;
    /** A shorter line after a source line is no story paragraph: "Ferries run daily." is not enough to tell. */
    private static final int MIN_FOLLOWING_BODY_WORDS = 5;
    private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern SENTENCE_CLOSE = Pattern.compile("[.!?][\\s\"”’')\\]]*$");
    private static final Pattern LINK = Pattern.compile("(?iu)https?://|www\\.|(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_]{2,}|\\.com\\b");
    /** A one-word headline ("Dawn") or an image's alt text is no credit, whatever it spells. */
    private static final Set<BlockKind> UNREAD = Set.of(BlockKind.HEADLINE, BlockKind.IMAGE);
    private static final String NOT_LAST = "The source line must be the last line of the article";
    private static final String NO_SOURCE = "No source credited: end the article with a source line such as 'SOURCE: AA'";
    private static final String NO_SOURCE_SHOWN = "No source credited in the text: if this is not the desk's own copy,"
            + " end it with a source line such as 'SOURCE: AA'";

    private final boolean acceptByline;
    private final Set<String> allowedAgencies;
    private final String allowedDisplay;
    private final Set<String> outlets;
    private final CreditForms forms;
    /** The form the last SOURCE line takes, {@code SOURCE:${source}}; empty when any form will do. */
    private final String sourceLineForm;
    private final Set<String> notTags;
    private final Pattern leftoverCue;
    /** A closing line's words, wherever they stand in it, that credit the article's origin. */
    private final Pattern creditSentence;
    /** An agency named as the one a speaker talked to: "told Anadolu Agency", the agency's own reporting. */
    private final Pattern agencyCopy;
    /** A closing line that is only an organisation's name, one of these words in it: a press release's sign-off. */
    private final Pattern signOff;
    /** The level of a missing credit where the article shows it needs one; empty when off. */
    private final Optional<Severity> noCredit;
    /** The level of a missing credit where nothing in the article shows it needs one; empty when off. */
    private final Optional<Severity> noCreditUnshown;

    public SourceLineCheck(CheckOptions options) {
        this.acceptByline = options.bool(ACCEPT_BYLINE, true);
        List<String> allowed = names(options, ALLOWED_AGENCIES, List.of());
        this.allowedAgencies = allowed.stream().map(NameKey::of).collect(Collectors.toUnmodifiableSet());
        this.allowedDisplay = String.join(", ", allowed);
        List<String> agencies = names(options, AGENCIES, DEFAULT_AGENCIES);
        List<String> outletNames = names(options, OUTLETS, DEFAULT_OUTLETS);
        this.outlets = outletNames.stream().map(NameKey::of).collect(Collectors.toUnmodifiableSet());
        List<String> known = Stream.concat(agencies.stream(), outletNames.stream()).toList();
        this.forms = new CreditForms(known, names(options, CREDIT_PHRASES, DEFAULT_CREDIT_PHRASES),
                names(options, HOUSE_CREDITS, DEFAULT_HOUSE_CREDITS));
        this.sourceLineForm = sourceLineForm(options);
        this.notTags = names(options, NOT_TAGS, DEFAULT_NOT_TAGS).stream().map(t -> t.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.leftoverCue = Pattern.compile(anyOf(names(options, LEFTOVER_CUES, DEFAULT_LEFTOVER_CUES), true));
        this.creditSentence = Pattern.compile(anyOf(names(options, CREDIT_SENTENCES, DEFAULT_CREDIT_SENTENCES), true));
        this.agencyCopy = Pattern.compile("(?<![\\p{L}\\p{N}])" + anyOf(names(options, AGENCY_COPY_CUES,
                DEFAULT_AGENCY_COPY_CUES), true) + "\\s+(?:(?iu:the)\\s+)?" + anyOf(agencies, false));
        this.signOff = Pattern.compile("(?:(?iu:the)\\s+)?(?:" + CAPITALISED_WORD + "\\s+(?:(?:of|for|and|on|&)\\s+"
                + "(?:the\\s+)?)?){0," + MAX_SIGN_OFF_WORDS + "}?" + anyOf(names(options, ISSUING_BODIES,
                DEFAULT_ISSUING_BODIES), false) + "(?:\\s+(?:(?:of|for|and|on|&)\\s+(?:the\\s+)?)?"
                + CAPITALISED_WORD + "){0," + MAX_SIGN_OFF_WORDS + "}[.\\s]*");
        this.noCredit = level(options, NO_CREDIT, Severity.ERROR);
        this.noCreditUnshown = level(options, NO_CREDIT_UNSHOWN, Severity.INFO);
    }

    /** A choice of {@code words} as whole words, longest first; in any case when {@code anyCase}. */
    private static String anyOf(List<String> words, boolean anyCase) {
        String choice = words.stream().map(String::strip).sorted(Comparator.comparingInt(String::length).reversed())
                .map(word -> Pattern.quote(word).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q"))
                .collect(Collectors.joining("|"));
        return "(?<![\\p{L}\\p{N}])" + (anyCase ? "(?iu:" : "(?:") + choice + ")(?![\\p{L}\\p{N}])";
    }

    private static Optional<Severity> level(CheckOptions options, String name, Severity defaultLevel) {
        List<String> values = options.strings(name, List.of(defaultLevel.name().toLowerCase(Locale.ROOT)));
        if (values.size() != 1) {
            throw new OptionException(name, "option '" + name + "' takes one value");
        }
        String value = values.get(0).strip();
        if (value.equalsIgnoreCase(OFF)) {
            return Optional.empty();
        }
        return Optional.of(Severity.parse(value).orElseThrow(() -> new OptionException(name, "option '" + name
                + "' must be one of " + Severity.ids() + " or " + OFF + ", not '" + value + "'")));
    }

    private static String sourceLineForm(CheckOptions options) {
        List<String> form = options.strings(SOURCE_LINE_FORM, List.of());
        if (form.size() > 1 || form.size() == 1 && !form.get(0).isBlank()
                && (!form.get(0).contains(SOURCE_PLACEHOLDER) || form.get(0).contains("\n"))) {
            throw new OptionException(SOURCE_LINE_FORM, "option '" + SOURCE_LINE_FORM
                    + "' must be one line with ${source} where the source goes, such as 'SOURCE:${source}'");
        }
        return form.isEmpty() ? "" : form.get(0).strip();
    }

    @Override
    public void check(Article article, Set<BlockKind> scope, Consumer<Violation> report) {
        List<Block> blocks = article.blocks(scope);
        if (blocks.isEmpty()) {
            return;
        }
        List<Block> sourceLines = blocks.stream().filter(b -> b.kind() == BlockKind.SOURCE_LINE).toList();
        reportMisplaced(blocks, sourceLines, report);
        reportForm(blocks.get(blocks.size() - 1), report);
        reportDisagreement(article.metadata(), sourceLines, report);
        Credits credits = findCredits(blocks);
        credits.found |= isSignOff(blocks.get(blocks.size() - 1));
        if (sourceLines.isEmpty() && !credits.found && !hasMetadataCredit(article.metadata())) {
            reportNoCredit(article, blocks, report);
        }
        reportDisallowed(credits.names, report);
    }

    /**
     * A missing credit is the rule's finding (level {@code noCredit}) where the article shows it needs
     * one: it is in the desk's wire layout (a head block closed by its date line), or it has a speaker
     * talking to a named agency ("told Anadolu Agency"), which is the agency's own reporting. A dated
     * dateline without a tag is no such evidence, since regional papers date their staff copy that
     * way ("CHANDIGARH, Oct 2 -"). Elsewhere stored copy
     * with no credit in sight may be the outlet's own staff copy, whose byline the page kept out of
     * the text: the finding then takes level {@code noCreditUnshown}.
     */
    private void reportNoCredit(Article article, List<Block> blocks, Consumer<Violation> report) {
        boolean shown = needsCredit(blocks);
        Optional<Severity> level = shown ? noCredit : noCreditUnshown;
        if (level.isEmpty()) {
            return;
        }
        Block last = blocks.get(blocks.size() - 1);
        report.accept(new Violation(last.sourceStart(), last.sourceEnd(), shown ? NO_SOURCE : NO_SOURCE_SHOWN,
                Map.of(), level.get()));
    }

    private boolean needsCredit(List<Block> blocks) {
        if (blocks.stream().anyMatch(block -> block.kind() == BlockKind.DATELINE)) {
            return true;
        }
        return blocks.stream().anyMatch(block -> (block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.QUOTE)
                && agencyCopy.matcher(block.text()).find());
    }

    /**
     * A source line with story copy after it. Only a paragraph of the story counts: a page's
     * leftovers after the credit (link markers, teaser lines, sign-up blurbs, bare links, share
     * prompts) leave it the last line of the article, and the promo rule reports them.
     */
    private void reportMisplaced(List<Block> blocks, List<Block> sourceLines, Consumer<Violation> report) {
        for (Block line : sourceLines) {
            int index = blocks.indexOf(line);
            for (int i = index + 1; i < blocks.size(); i++) {
                if (isStoryAfterCredit(blocks, i, index)) {
                    report.accept(new Violation(line.sourceStart(), line.sourceEnd(), NOT_LAST));
                    break;
                }
            }
        }
    }

    /**
     * Whether block {@code i}, after the source line at {@code sourceIndex}, is a paragraph of the
     * story. A teaser's standfirst reads like one, so a paragraph right after a headline-like line,
     * or right before a block with no word in it (a link marker), is taken for part of a teaser.
     */
    private boolean isStoryAfterCredit(List<Block> blocks, int i, int sourceIndex) {
        Block block = blocks.get(i);
        if (block.kind() == BlockKind.SOURCE_LINE) {
            return true;
        }
        boolean afterHeadline = i - 1 > sourceIndex && !SENTENCE_CLOSE.matcher(blocks.get(i - 1).text()).find();
        boolean beforeMarker = i + 1 < blocks.size() && !WORD_CHARACTER.matcher(blocks.get(i + 1).text()).find();
        return !afterHeadline && !beforeMarker && readsAsStory(block);
    }

    /** A paragraph or quote that reads as the story: a sentence of a few words, no link, no leftover's cue, no credit. */
    private boolean readsAsStory(Block block) {
        String text = block.text();
        return (block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.QUOTE
                || block.kind() == BlockKind.LIST_ITEM)
                && !Words.atMost(text, MIN_FOLLOWING_BODY_WORDS - 1) && SENTENCE_CLOSE.matcher(text).find()
                && !isLeftover(text) && !forms.hasCreditPhrase(text)
                && forms.creditLine(text).isEmpty();
    }

    /**
     * A last SOURCE line in another form than {@code sourceLineForm} ({@code SOURCE: AA} where the
     * desk writes {@code SOURCE:AA}), with the line in that form as its fix.
     */
    private void reportForm(Block last, Consumer<Violation> report) {
        if (sourceLineForm.isEmpty() || last.kind() != BlockKind.SOURCE_LINE || last.text().indexOf('\n') >= 0) {
            return;
        }
        Optional<String> credited = CreditForms.sourceValue(last.text());
        if (credited.isEmpty()) {
            return;
        }
        String wanted = sourceLineForm.replace(SOURCE_PLACEHOLDER, credited.get());
        if (!last.text().equals(wanted)) {
            report.accept(new Violation(last.sourceStart(), last.sourceEnd(), "The source line should read '"
                    + wanted + "'", Map.of(Violation.SUGGESTION, wanted))
                    .fixedBy(Optional.of(new Fix(last.sourceStart(), last.sourceEnd(), wanted))));
        }
    }

    /** Only a line naming a known agency or outlet can contradict the metadata: "Source: TurkStat" under a table credits a figure. */
    private void reportDisagreement(Metadata metadata, List<Block> sourceLines, Consumer<Violation> report) {
        Optional<String> declared = metadata.sourceIfKnown();
        if (declared.isEmpty()) {
            return;
        }
        for (Block line : sourceLines) {
            Optional<String> credited = CreditForms.sourceValue(line.text());
            if (credited.isPresent() && forms.namesKnownSource(credited.get())
                    && !sameSource(credited.get(), declared.get())) {
                report.accept(new Violation(line.sourceStart(), line.sourceEnd(), "The source line credits '"
                        + credited.get() + "' but the article's metadata gives source '" + declared.get()
                        + "': make them agree"));
            }
        }
    }

    private void reportDisallowed(Set<Credited> names, Consumer<Violation> report) {
        if (allowedAgencies.isEmpty()) {
            return;
        }
        for (Credited credited : names) {
            String key = NameKey.of(credited.text);
            if (!outlets.contains(key) && !allowedAgencies.contains(key)) {
                report.accept(new Violation(credited.sourceStart, credited.sourceEnd, "The credited agency '"
                        + credited.text + "' is not allowed here: credit one of " + allowedDisplay
                        + ", or add it to allowedAgencies"));
            }
        }
    }

    /** A byline from the metadata may be any text (front matter is free), so one that reads as prose does not count. */
    /** The last paragraph is the issuing body's name alone, as a press office signs its releases. */
    private boolean isSignOff(Block last) {
        return last.kind() == BlockKind.PARAGRAPH && last.text().indexOf('\n') < 0
                && signOff.matcher(last.text().strip()).matches();
    }

    private boolean hasMetadataCredit(Metadata metadata) {
        return metadata.sourceIfKnown().isPresent()
                || acceptByline && metadata.bylineIfKnown().filter(b -> !forms.isProse(b)).isPresent();
    }

    /** Reads each block of the opening and the closing once, even when a short article makes them overlap. */
    private Credits findCredits(List<Block> blocks) {
        Credits credits = new Credits();
        int openingEnd = openingEnd(blocks);
        int closingStart = closingStart(blocks);
        boolean headlineRead = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean opening = i < openingEnd;
            boolean closing = i >= closingStart;
            if (block.kind() == BlockKind.SOURCE_LINE) {
                credits.addAll(block, 0, forms.sourceLabel(block.text()));
            } else if (block.kind() == BlockKind.HEADLINE && !headlineRead) {
                headlineRead = true;
                readHeadline(block, credits);
            } else if ((opening || closing) && !UNREAD.contains(block.kind())) {
                readBlock(block, opening, closing, credits);
            }
        }
        return credits;
    }

    /**
     * A headline is read for a byline glued to it and for a dateline tag only: a file stored without
     * blank lines can open with the story's first paragraph where the headline should stand, but a
     * one-word headline ("Dawn") that spells an outlet is no credit.
     */
    private void readHeadline(Block block, Credits credits) {
        String line = block.text();
        credits.found |= acceptByline && forms.hasGluedByline(line);
        forms.datelineTag(line).filter(name -> !notTags.contains(CreditForms.firstWord(name.text())))
                .or(() -> forms.otherDatelineTag(line, notTags))
                .ifPresent(name -> credits.addAll(block, 0, List.of(name)));
    }

    /**
     * Index just past the head and the first {@link #OPENING_PARAGRAPHS} paragraphs of body copy, or
     * past {@link #MAX_REGION_BLOCKS} blocks.
     */
    private static int openingEnd(List<Block> blocks) {
        int paragraphs = 0;
        int limit = Math.min(blocks.size(), MAX_REGION_BLOCKS);
        for (int i = 0; i < limit; i++) {
            if (isBodyParagraph(blocks.get(i)) && ++paragraphs == OPENING_PARAGRAPHS) {
                return i + 1;
            }
        }
        return limit;
    }

    /**
     * Index of the {@link #CLOSING_BLOCKS}th block from the end, counting only the last block and
     * paragraphs of body copy (not a sign-up blurb, nor a teaser's standfirst under its headline), and
     * going back {@link #MAX_REGION_BLOCKS} blocks at most.
     */
    private int closingStart(List<Block> blocks) {
        int counted = 0;
        int limit = Math.max(0, blocks.size() - MAX_REGION_BLOCKS);
        for (int i = blocks.size() - 1; i >= limit; i--) {
            boolean teaser = i > 0 && !SENTENCE_CLOSE.matcher(blocks.get(i - 1).text()).find()
                    && Words.atMost(blocks.get(i - 1).text(), MAX_TEASER_HEADLINE_WORDS);
            boolean story = isBodyParagraph(blocks.get(i)) && !teaser && !isLeftover(blocks.get(i).text());
            if ((i == blocks.size() - 1 || story) && ++counted == CLOSING_BLOCKS) {
                return i;
            }
        }
        return limit;
    }

    /** Text with a link, an @handle or a leftover's cue: a sign-up blurb, a share prompt, a teaser. */
    private boolean isLeftover(String text) {
        return LINK.matcher(text).find() || leftoverCue.matcher(text).find();
    }

    /** A paragraph of the story rather than a short line a page adds around it (a byline, a teaser, a prompt). */
    private static boolean isBodyParagraph(Block block) {
        return block.kind() == BlockKind.PARAGRAPH && !Words.atMost(block.text(), MIN_BODY_WORDS - 1)
                && SENTENCE_CLOSE.matcher(block.text()).find();
    }

    private void readBlock(Block block, boolean opening, boolean closing, Credits credits) {
        String text = block.text();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            Place place = new Place(opening, closing, newline < 0);
            readLine(block, lineStart, text.substring(lineStart, lineEnd), place, credits);
            lineStart = lineEnd + 1;
        }
    }

    /**
     * Looks for every credit form allowed at this place: dateline tags only at the top, credit
     * phrases only at the end and paragraph-closing credits only on a closing block's last line;
     * whole credit lines and bylines in both regions, since outlets put them under the headline as
     * well as at the end.
     */
    private void readLine(Block block, int offset, String line, Place place, Credits credits) {
        if (line.isBlank()) {
            return;
        }
        forms.creditLine(line).ifPresent(names -> credits.addAll(block, offset, names));
        List<CreditForms.Name> labelled = forms.sourceLabel(line);
        if (!labelled.isEmpty()) {
            credits.addAll(block, offset, labelled);
        }
        forms.datedCreditLine(line).ifPresent(names -> credits.addAll(block, offset, names));
        credits.found |= forms.isHouseCredit(line);
        if (acceptByline && (forms.isByline(line) || forms.isTimedByline(line) || forms.isReporterLine(line))) {
            credits.found = true;
        }
        if (place.opening()) {
            Optional<CreditForms.Name> tag = forms.datelineTag(line).filter(name -> !notTags.contains(CreditForms.firstWord(name.text())))
                    .or(() -> forms.otherDatelineTag(line, notTags)).or(() -> forms.initialsDateline(line, notTags));
            tag.ifPresent(name -> credits.addAll(block, offset, List.of(name)));
            forms.cityCredit(line).ifPresent(names -> credits.addAll(block, offset, names));
            Matcher outlet = OUTLET_WITH_PLACE.matcher(line);
            credits.found |= outlet.matches() && !notTags.contains(CreditForms.firstWord(outlet.group("place"))
                    .toUpperCase(Locale.ROOT));
        }
        if (place.closing()) {
            credits.found |= forms.hasCreditPhrase(line) || creditSentence.matcher(line).find();
        }
        if (place.closing() && place.lastLine()) {
            forms.trailingCredit(line).or(() -> forms.gluedCredit(line))
                    .ifPresent(names -> credits.addAll(block, offset, names));
        }
    }

    private static List<String> names(CheckOptions options, String option, List<String> defaults) {
        List<String> names = options.strings(option, defaults);
        if (names.stream().anyMatch(String::isBlank)) {
            throw new OptionException(option, "option '" + option + "' must not contain empty names");
        }
        return names;
    }

    /**
     * Two ways of naming one source: equal but for case and punctuation ({@code A.A.} and {@code AA}),
     * one inside the other ({@code TRT World} in {@code TRT World and Agencies}), or an abbreviation
     * of the other ({@code AA} for {@code Anadolu Agency}, {@code AFP} for {@code Agence France-Presse}).
     */
    private static boolean sameSource(String a, String b) {
        // Punctuation and spacing dropped, so SOURCE: A.A. agrees with AA.
        String bareA = NameKey.bare(a);
        String bareB = NameKey.bare(b);
        return bareA.equals(bareB) || containsWords(a, b) || containsWords(b, a)
                || abbreviates(a, b) || abbreviates(b, a);
    }

    /** {@code AA} for {@code Anadolu Agency} or plain {@code Anadolu}: a one-word capital form that the name's initials open. */
    private static boolean abbreviates(String abbreviation, String name) {
        String letters = abbreviation.strip().replace(".", "");
        String initials = initials(name);
        return CAPITALS.matcher(letters).matches() && !initials.isEmpty() && NameKey.bare(letters).startsWith(initials);
    }

    private static boolean containsWords(String whole, String part) {
        String words = NameKey.spacedWords(whole);
        String wanted = NameKey.spacedWords(part);
        return !wanted.isBlank() && words.contains(wanted);
    }

    /** The capitals that open the words of a name, in the form {@link #bare} gives. */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : NameKey.words(name)) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.equalsIgnoreCase("the")) {
                initials.append(word.charAt(0));
            }
        }
        return NameKey.bare(initials.toString());
    }

    /** Where a line stands: in the opening blocks, the closing blocks, and last in its block. */
    private record Place(boolean opening, boolean closing, boolean lastLine) {
    }

    /** A name credited by the article, located in its source. */
    private record Credited(String text, int sourceStart, int sourceEnd) {
    }

    /** What one run found; local to a call, so the check itself stays stateless. */
    private static final class Credits {
        private boolean found;
        // A set: one credit can match two forms ("— Reuters" is a credit line and a trailing credit).
        private final Set<Credited> names = new LinkedHashSet<>();

        void addAll(Block block, int lineOffset, List<CreditForms.Name> found) {
            this.found = true;
            for (CreditForms.Name name : found) {
                int start = block.sourceOffset(lineOffset + name.start());
                int end = block.sourceOffset(lineOffset + name.end() - 1) + 1;
                names.add(new Credited(name.text(), start, end));
            }
        }
    }

    @Override
    public boolean readsMetadata() {
        return true;
    }
}
