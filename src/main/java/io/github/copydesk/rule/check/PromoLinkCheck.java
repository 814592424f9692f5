package io.github.copydesk.rule.check;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.ArticleFormat;
import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.article.Link;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.Fix;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Violation;
import io.github.copydesk.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
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
 * Finds what a CMS leaves behind when copy is pasted from a web page: promo teasers and their link
 * markers, "Read more" lines, sign-up blurbs, tracking links and link-only paragraphs.
 *
 * <p>Precision comes first: every pattern is anchored at the start of a paragraph and demands the
 * punctuation or shape of a leftover, because the same words occur in ordinary sentences ("Related
 * talks will resume ...", "The ministry urged residents to download its app."). Some shapes are
 * content, not leftovers, and are let through:
 * <ul>
 *   <li>a social post quoted as text (a "— Name (@handle) March 2, 2025" signature, a
 *       pic.twitter.com link or a post's URL) holds the poster's words, whatever they start with;</li>
 *   <li>list items are steps, examples or link lists: blurbs and link-only paragraphs are told in
 *       paragraphs only;</li>
 *   <li>a "Name - headline" line is a teaser only when its headline starts like one (a capital or a
 *       digit): "Al Jazeera – a pattern of attacks" is a subheading, and "Politico – "Europe signs
 *       ..."" a press review quoting the outlet's headline;</li>
 *   <li>a phrase line's dash or colon must lead to a headline, a link or a marker:
 *       "Recommended – but not mandatory" is a subheading;</li>
 *   <li>a marker ends a paragraph only as a token of its own: "«Gaza is not alone»" ends with a
 *       quotation mark, not a "»" marker.</li>
 * </ul>
 */
public final class PromoLinkCheck implements Check {

    public static final List<String> DEFAULT_BRANDS = List.of(
            "TRT Global", "TRT World", "TRT Haber", "TRT Afrika", "TRT Arabi", "TRT", "Anadolu",
            "Anadolu Agency", "AA", "Al Jazeera", "Reuters", "AP", "Associated Press", "AFP", "BBC",
            "BBC News", "CNN", "Daily Sabah", "Euronews", "Sky News", "The Guardian", "Bloomberg", "DW",
            "France 24", "Middle East Eye", "Politico", "Axios");
    public static final List<String> DEFAULT_MARKERS =
            List.of("🔗", "👉", "➡️", "➡", "▶️", "▶", "⬇️", "⬇", "»", "→");
    public static final List<String> DEFAULT_PHRASES = List.of(
            "Read more", "Read also", "Also read", "Read next", "Related", "Related news",
            "Related stories", "Related articles", "See also", "Recommended for you", "Recommended stories", "Recommended reading",
            "Further reading", "You may also like", "You might also like", "Don't miss", "Must read",
            "More on this story", "More stories", "Watch", "Read", "Previous article", "Next article",
            "Previous story", "Next story", "Previous post", "Next post", "Next", "Previous", "Related posts",
            "Most read", "Most popular", "Trending articles", "Trending now", "Recent stories", "Recent posts",
            "More from this section", "More from", "Read more here", "Share", "More on", "More about", "Top stories");
    /** Those of the phrases that point at a link whatever follows their colon, dash or bar, a lower-case headline too. */
    public static final List<String> DEFAULT_POINTER_PHRASES = List.of(
            "Read more", "Read also", "Also read", "Read next", "Related news", "Related stories",
            "Related articles", "See also", "Previous article", "Next article", "Previous story", "Next story",
            "Previous post", "Next post");
    /**
     * First-person and outlet forms only: "Download the ... app", "Join us on" or "Click the link"
     * also open official advice, how-to steps and quoted posts.
     */
    public static final List<String> DEFAULT_BLURBS = List.of(
            "Click here", "Tap here", "Subscribe to our", "Subscribe to ... newsletter",
            "Subscribe to ... channel", "Sign up for our", "Sign up for ... newsletter",
            "Sign up to ... newsletter", "Sign up here", "Download our", "Follow us on", "Like us on",
            "Join our ... channel", "Join our ... group", "Get the latest ... in your inbox",
            "Get ... straight to your inbox", "Share this", "Share on", "We ... use your email",
            "We ... use your sign-up", "You can unsubscribe", "Thank you for subscribing", "Thanks for subscribing",
            "Thank you for signing up", "Thanks for signing up", "Back to top", "Spread the love", "Leave a reply",
            "Leave a comment", "Facebook comments", "Share your thoughts", "Comment on this story", "Gift article",
            "GiftOutline", "See more ... posts", "See more ... stories");
    /** A paragraph that ends in one of these, after a sentence or a dash, is a teaser with its link text. */
    public static final List<String> DEFAULT_TRAILING_PHRASES = List.of(
            "Continue reading", "Read more", "Read full story", "Read the full story", "Full story", "Read on");
    public static final List<String> DEFAULT_CALL_TO_ACTION_VERBS = List.of(
            "Sign up", "Subscribe", "Download", "Follow", "Join", "Get", "Stay up to date", "Stay updated",
            "Stay informed", "Stay tuned", "Keep up with", "Keep up to date", "Never miss", "Register", "Install",
            "Tap here", "Click here", "Tap", "Click", "Scan", "Enable", "Turn on", "Add", "Share", "Stream", "Watch",
            "Listen");
    public static final List<String> DEFAULT_CALL_TO_ACTION_CHANNELS = List.of(
            "newsletter", "inbox", "alerts", "notifications", "app", "WhatsApp", "Telegram", "channel", "podcast",
            "Facebook", "Instagram", "YouTube", "TikTok", "Twitter", "LinkedIn", "Google News", "live blog",
            "follow us", "social media", "comments", "forum", "community", "Discord");
    /** Phrases that ask the reader to sign up wherever they stand in a short paragraph that reports nobody. */
    public static final List<String> DEFAULT_CALL_TO_ACTION_PHRASES = List.of(
            "delivered to your inbox", "straight to your inbox", "direct to your inbox", "sent to your inbox",
            "Download now", "Subscribe now", "Sign up now", "Join now", "Would you like to be part of the ... team",
            "Check it out here", "Your support helps us", "please consider ... donation", "support our journalism",
            "support independent journalism", "Don't miss the latest");
    public static final List<String> DEFAULT_CALL_TO_ACTION_CUES = List.of(
            "our", "us", "we", "news", "headlines", "stories", "story", "updates", "latest", "breaking", "here",
            "up to date", "newsletter", "inbox");
    public static final List<String> DEFAULT_REPORTING_WORDS = List.of(
            "said", "says", "say", "told", "tells", "tell", "according to", "urged", "urges", "asked", "asks",
            "warned", "warns", "advised", "advises", "added", "adds", "announced", "announces", "stated",
            "explained", "insisted", "posted", "wrote", "writes", "tweeted", "reported", "recommended",
            "recommends", "encouraged", "encourages", "called on", "calls on", "reminded", "reminds");
    public static final List<String> DEFAULT_RAIL_HEADERS = List.of(
            "Trending", "Trending now", "Trending news", "Trending stories", "Top headlines", "Top stories",
            "Top news", "Recommended", "Recommended for you", "Recommended stories", "Explore", "Explore more",
            "More stories", "More news", "Related", "Related articles", "Related stories", "Related news",
            "You may also like", "You might also like", "Most read", "Most popular", "Popular", "Popular now",
            "Latest", "Latest news", "Latest stories", "Read next", "Read more", "Also read", "Editor's picks",
            "Don't miss", "Must read", "In other news", "What to read next", "Related coverage", "Related content",
            "Related links", "See also", "More:", "More on this story", "More from this section");
    public static final List<String> DEFAULT_TRACKING_PARAMETERS = List.of("utm_", "fbclid", "gclid", "_a=", "tag=");
    public static final List<String> DEFAULT_CAPITAL_CUES = List.of("MORE", "PHOTOS", "PHOTO", "VIDEO", "WATCH",
            "LISTEN", "GALLERY", "READ", "RELATED");

    /** A link to one of these paths is a byline's link to its author's page. */
    public static final List<String> DEFAULT_AUTHOR_LINK_PATHS = List.of("/author/", "/authors/", "/people/",
            "/staff/", "/profile/", "/profiles/", "/contributor/", "/contributors/", "/writer/", "/writers/",
            "/journalist/", "/journalists/", "/reporter/", "/reporters/");
    /** A paragraph that is only one of these labels an ad slot: the page's furniture, not a promotion. */
    public static final List<String> DEFAULT_AD_LABELS = List.of("Advertisement", "Advertisements", "Advert", "Ad",
            "Sponsored", "Sponsored content", "Paid content", "Story continues below advertisement",
            "Article continues below advertisement", "Content continues below", "Scroll to continue with content",
            "Skip Advertisement", "inRead invented by Teads", "Recommended by Outbrain", "Promoted content by Outbrain",
            "Sponsored links", "Promoted links", "Powered by");

    public static final CheckType TYPE = new CheckType("promo-link",
            Set.of("brands", "markers", "phrases", "pointerPhrases", "trailingPhrases", "blurbs", "trackingParameters",
                    "callToActionVerbs", "callToActionChannels", "callToActionPhrases", "callToActionCues",
                    "reportingWords", "railHeaders", "capitalCues", "authorLinkPaths", "adLabels"),
            Set.of(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM), PromoLinkCheck::new);

    /** Longer than this, a "Brand - Headline" line is running text, not a teaser. */
    private static final Pattern URL_SCHEME = Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*:)(?://)?");
    private static final int MAX_TEASER_WORDS = 25;
    /** A quick bound before counting words: 25 words of a headline fit in this many characters. */
    private static final int MAX_TEASER_CHARS = 300;
    /** "Read more on the war: ..." is a leftover only while it is short. */
    private static final int MAX_PHRASE_LINE_WORDS = 15;
    /** What may follow a trailing phrase: blanks, a stop, an ellipsis, an arrow. */
    private static final String TRAILING_PUNCTUATION = " \t.…:!»›→>";
    /** The longest tail a trailing phrase with its punctuation takes: the search starts there. */
    private static final int MAX_TRAILING_PHRASE_CHARS = 60;
    /** Bullets a text file keeps from a page's list: a Markdown list item is a list item, not one of these. */
    private static final String BULLETS = "•◦▪▫■□●○‣⁃";
    /** A headline has a subject and a verb: fewer words are a label or a subheading. */
    private static final int MIN_HEADLINE_WORDS = 3;
    /** A headline in a script written without spaces (Chinese, Japanese, Thai) has at least this many letters. */
    private static final int MIN_UNSPACED_HEADLINE_CHARS = 5;
    /** A headline in sentence case holds a word in lower case; a line of results ("Harbourside 2 Lakeview 1") none. */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}{3,}");
    /** Wire stories set short subheadings in capitals ("WHAT HAPPENS NEXT"); a teaser's headline is longer. */
    private static final int MIN_CAPITALS_HEADLINE_WORDS = 6;
    private static final int MIN_CAPITALS_HEADLINE_LETTERS = 15;
    /** A tracking link standing alone is one URL: longer, the paragraph is something else. */
    private static final int MAX_TRACKING_LINK_CHARS = 2000;
    /** "Court ruling:Council ...": up to four words of a label, a colon with no blank, a capital. */
    private static final Pattern GLUED_LABEL = Pattern.compile(
            "(?U)\\p{Lu}[\\p{L}'’-]{0,30}(?: [\\p{L}'’-]{1,30}){0,3}:(?=\\p{Lu}\\p{Ll})");
    /** A label of up to four words and the colon, dash or bar after it: "Related Coverage:", "See also –". */
    private static final Pattern LABEL = Pattern.compile(
            "(?U)([\\p{L}'’]+(?: [\\p{L}'’]+){0,3})\\s*(?:[:：|]|\\s[-–—])\\s*");
    /** "By Jane Doe", "© 2025 Valley Courier", "Copyright 2025", "(c) Valley Courier". */
    private static final Pattern BYLINE_OR_COPYRIGHT = Pattern.compile("(?iu)(?:by\\s+\\p{Lu}|©|\\(c\\)\\s|copyright\\b)");
    /** A widget's counter: "12", "1.2K", "0 Comments", "34 shares". */
    private static final Pattern COUNTER = Pattern.compile("(?U)\\d[\\d,.]*\\s*[kKmM]?(?:\\s+\\p{L}+)?");
    /** What may stand between the links of a rail's line: blanks, bullets, commas, bars, dots. */
    private static final Pattern LINK_SEPARATORS = Pattern.compile("[\\s,;|·•◦▪/]+");
    /** A marker closes a promo block when it stands at most this many paragraphs after the teaser. */
    private static final int MARKER_REACH = 2;

    private static final String WORD_END = "(?![\\p{L}\\p{N}]|-\\p{L})";
    /** Spaces around a hyphen keep compounds ("Middle-East") from reading as separators. */
    private static final Pattern TEASER = Pattern.compile(
            "(?U)(\\S.*?)(?:\\s+-\\s+|\\s*[–—|]\\s*)(\\S.*)");
    private static final Pattern CAPITALISED_NAME = Pattern.compile(
            "(?U)[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’.&-]*"
                    + "(?:\\s+(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’.&-]*|of|the|and|de|al|el|&)){0,3}");
    /**
     * The look-ahead keeps {@code \b} from being tried at every position: without the Unicode flag,
     * Java decides a boundary next to a combining mark by walking back over all the marks before it,
     * so a long run of them (or of emoji variation selectors) cost quadratic time.
     */
    private static final Pattern URL = Pattern.compile("(?i)(?=[hw])\\b(?:https?://|www\\.)[^\\s<>\"'(){}\\[\\]]+");
    /** Starts only where a run of punctuation starts: trying every position of a long run was quadratic. */
    private static final Pattern URL_TRAILING_PUNCTUATION = Pattern.compile("(?<![.,;:!?])[.,;:!?]+$");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final Pattern PHRASE_DASH = Pattern.compile("(?U)(?:\\s+-|\\s*[–—|])(?=\\s*\\S)");
    /** "Read more on the war:", "More about this story:"; not "More at risk:" or "More in March:". */
    /** The topic of "More on plastics: ...", up to four words before a colon. */
    private static final Pattern TOPIC_WORDS = Pattern.compile("(?U)\\s+(?:[^\\s:]+\\s+){0,3}[^\\s:]+\\s*[:：]");
    private static final Pattern ABOUT = Pattern.compile("(?i)\\s+(?:about|on)\\s+\\S");
    private static final Pattern PHRASE_TOPIC = Pattern.compile(
            "(?iU)\\s+(?:on|about)\\s+(?:[^\\s:]+\\s+){0,3}[^\\s:]+\\s*[:：]");
    /** Straight, curly, low and angle quotation marks: a quoted headline or a quoted post. */
    static final String QUOTATION_MARKS = "\"'“”„‟‘’‚‛«»‹›「」『』";
    /** A social post quoted as text, by a pic.twitter.com link or the URL of a post on twitter.com or x.com. */
    private static final Pattern SOCIAL_POST_LINK = Pattern.compile("(?iU)\\bpic\\.twitter\\.com/\\w"
            + "|\\b(?:twitter|x)\\.com/\\w+/status(?:es)?/\\d");
    /**
     * A social post quoted as text, by the signature an embedded post leaves: "— Name (@handle)
     * March 2, 2025", a dash ("--" ends in one), at most 80 characters on one line, and the handle.
     * The name is read from its first to its last visible character, with possessive blanks around
     * it; the plain form, {@code \s*[^\n()—–]{1,80}?\s*}, could split a run of blanks between its
     * three parts in quadratically many ways, and did so at every dash.
     */
    private static final Pattern SOCIAL_POST_SIGNATURE = Pattern.compile("(?U)[—–-]"
            + "(?:\\s*+[^\\s()—–](?:[^\\n()—–]{0,78}?[^\\s()—–])?|\\n*+[^\\S\\n])"
            + "\\s*+\\(@[\\w.]{1,50}\\)\\s+\\p{L}{3,9}\\.?\\s+\\d{1,2},\\s+\\d{4}");
    /** Possessive blanks: two runs of blanks on either side of an optional quote split a long run quadratically. */
    private static final Pattern PROSE_END = Pattern.compile("[.]\\s*+(?:[\"”’')]\\s*+)?$");
    /** What "..." in a blurb stands for: up to six words. */
    private static final String BLURB_GAP = "\\s+(?:\\S+\\s+){0,6}?";

    private final Set<String> brands;
    /** First words of all phrases and blurbs: most paragraphs start otherwise and skip their patterns. */
    private final Set<String> leadWords;
    private final LinkMarkers markers;
    private final List<Phrase> phrases;
    private final Set<String> pointerPhrases;
    private final Pattern trailingPhrases;
    /** The last word of each trailing phrase, lower case: a paragraph's tail without any is not matched. */
    private final List<String> trailingWords;
    private final List<Blurb> blurbs;
    private final Pattern tracking;
    private final CallsToAction callsToAction;
    private final Rails rails;
    private final Set<String> capitalCues;
    /** Lower case. */
    private final List<String> authorLinkPaths;
    /** Keys, as {@link #phraseKey} makes them. */
    private final Set<String> adLabels;

    public PromoLinkCheck(CheckOptions options) {
        this.brands = readBrands(options.strings("brands", DEFAULT_BRANDS));
        this.markers = LinkMarkers.of(options.strings("markers", DEFAULT_MARKERS));
        List<String> pointers = options.strings("pointerPhrases", DEFAULT_POINTER_PHRASES);
        requireNonBlank("pointerPhrases", pointers);
        List<String> allPhrases = options.strings("phrases", DEFAULT_PHRASES);
        this.phrases = readPhrases(allPhrases);
        this.blurbs = readBlurbs(options.strings("blurbs", DEFAULT_BLURBS));
        this.tracking = readTracking(options.strings("trackingParameters", DEFAULT_TRACKING_PARAMETERS));
        List<String> trailing = options.strings("trailingPhrases", DEFAULT_TRAILING_PHRASES);
        requireNonBlank("trailingPhrases", trailing);
        // After a sentence's end or a dash; the phrase's first letter a capital ("... to read more." is prose).
        this.trailingPhrases = Pattern.compile("(?:[.!?…:\"”’)]|\\s[-–—|])\\s*+(?=\\p{Lu})(?iu:"
                + trailing.stream().map(PromoLinkCheck::literal).collect(Collectors.joining("|"))
                + ")[" + TRAILING_PUNCTUATION + "]*+$");
        this.trailingWords = trailing.stream().map(value -> {
            String[] words = value.strip().toLowerCase(Locale.ROOT).split("\\s+");
            return words[words.length - 1];
        }).distinct().toList();
        this.pointerPhrases = pointers.stream().map(PromoLinkCheck::phraseKey).collect(Collectors.toUnmodifiableSet());
        this.callsToAction = CallsToAction.of(
                options.strings("callToActionVerbs", DEFAULT_CALL_TO_ACTION_VERBS),
                options.strings("callToActionChannels", DEFAULT_CALL_TO_ACTION_CHANNELS),
                options.strings("callToActionPhrases", DEFAULT_CALL_TO_ACTION_PHRASES),
                options.strings("callToActionCues", DEFAULT_CALL_TO_ACTION_CUES),
                options.strings("reportingWords", DEFAULT_REPORTING_WORDS));
        List<String> railHeaders = options.strings("railHeaders", DEFAULT_RAIL_HEADERS);
        requireNonBlank("railHeaders", railHeaders);
        this.rails = Rails.of(railHeaders);
        List<String> capitals = options.strings("capitalCues", DEFAULT_CAPITAL_CUES);
        requireNonBlank("capitalCues", capitals);
        this.capitalCues = Set.copyOf(capitals);
        List<String> authorPaths = options.strings("authorLinkPaths", DEFAULT_AUTHOR_LINK_PATHS);
        requireNonBlank("authorLinkPaths", authorPaths);
        this.authorLinkPaths = authorPaths.stream().map(path -> path.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> labels = options.strings("adLabels", DEFAULT_AD_LABELS);
        requireNonBlank("adLabels", labels);
        this.adLabels = labels.stream().map(PromoLinkCheck::phraseKey).collect(Collectors.toUnmodifiableSet());
        this.leadWords = Stream.concat(allPhrases.stream(), options.strings("blurbs", DEFAULT_BLURBS).stream())
                .map(PromoLinkCheck::firstWord).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void check(Article article, Set<BlockKind> scope, Consumer<Violation> report) {
        List<Violation> found = new ArrayList<>();
        Set<Block> inRails = Collections.newSetFromMap(new IdentityHashMap<>());
        findLinkRails(article, scope, inRails, found::add);
        findRails(article, scope, inRails, found::add);
        List<Violation> rails = List.copyOf(found);
        Map<Block, Integer> positions = new IdentityHashMap<>();
        for (Block block : article.blocks()) {
            positions.put(block, positions.size());
        }
        List<Block> blocks = article.blocks(scope).stream().filter(block -> !inRails.contains(block)).toList();
        checkBlocks(article, scope, blocks, positions, found::add);
        // The lines of a paragraph a rail took part of are still read, each on its own.
        for (Block block : inRails) {
            checkLines(article, block).stream().filter(line -> !overlapsARail(rails, line)).forEach(found::add);
        }
        // Stable: the findings of one paragraph keep the order they were found in.
        found.sort(Comparator.comparingInt(Violation::sourceStart));
        found.forEach(report);
    }

    /** Whether {@code line} overlaps one of {@code rails}, which are in document order and do not overlap. */
    private static boolean overlapsARail(List<Violation> rails, Violation line) {
        int low = 0;
        int high = rails.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Violation rail = rails.get(middle);
            if (rail.sourceEnd() <= line.sourceStart()) {
                low = middle + 1;
            } else if (rail.sourceStart() >= line.sourceEnd()) {
                high = middle - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private void checkBlocks(Article article, Set<BlockKind> scope, List<Block> blocks, Map<Block, Integer> positions,
            Consumer<Violation> report) {
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            int closing = isTeaserLine(block) ? closingMarker(blocks, i) : -1;
            if (closing >= 0) {
                int end = blocks.get(closing).sourceEnd();
                Violation promoBlock = new Violation(block.sourceStart(), end, "Leftover promo block");
                // A heading or a quote between teaser and marker is the article's, not the promo's.
                boolean onlyPromo = article.blocks().stream().noneMatch(other -> !scope.contains(other.kind())
                        && other.sourceStart() > block.sourceStart() && other.sourceStart() < end);
                report.accept(onlyPromo ? removable(article, block.sourceStart(), end, promoBlock.detail()) : promoBlock);
                i = closing + 1;
                continue;
            }
            checkBlock(article, block, positions, report);
            i++;
        }
    }

    // --- rails --------------------------------------------------------------------------------

    /**
     * A rail in page markup: a header ("Related Coverage", "See also", "More:") set as a heading, a
     * bold label or a paragraph of its own, and under it list items or paragraphs that are nothing
     * but links. It is one leftover, from the header to its last link. A heading no rail header
     * ("Useful links", "Resources") heads the article's own list of links, and a header with no
     * link under it is a subheading.
     */
    private void findLinkRails(Article article, Set<BlockKind> scope, Set<Block> inRails, Consumer<Violation> report) {
        List<Block> all = article.blocks();
        int i = 0;
        while (i < all.size()) {
            Block header = all.get(i);
            Optional<String> name = header.kind() == BlockKind.HEADING || scope.contains(header.kind())
                    ? rails.header(markers.strip(header.text())) : Optional.empty();
            int last = i;
            while (name.isPresent() && last + 1 < all.size() && scope.contains(all.get(last + 1).kind())
                    && isOnlyLinks(all.get(last + 1))) {
                last++;
            }
            if (last == i) {
                i++;
                continue;
            }
            report.accept(removable(article, header.sourceStart(), Math.max(all.get(last).sourceEnd(),
                    lastLinkEnd(all.get(last))), "Leftover '" + name.get() + "' rail"));
            inRails.addAll(all.subList(i, last + 1));
            i = last + 1;
        }
    }

    private static int lastLinkEnd(Block block) {
        return block.links().stream().mapToInt(Link::sourceEnd).max().orElse(block.sourceEnd());
    }

    /**
     * A block whose text is its links' text and nothing else but separators, markers and bullets:
     * "Ferries resume after the storm", "Council votes · Harbour reopens".
     */
    private boolean isOnlyLinks(Block block) {
        return !block.links().isEmpty() && isOnlyLinkText(block.text(), block.links());
    }

    /**
     * Whether {@code text} holds nothing but the visible text of {@code links}, in their order, and
     * separators and markers between them. One pass: each link's text is looked for after the last.
     */
    private boolean isOnlyLinkText(String text, List<Link> links) {
        int at = 0;
        boolean anyText = false;
        for (Link link : links) {
            String linkText = link.text() == null ? "" : link.text().strip();
            if (linkText.isEmpty()) {
                continue;
            }
            int found = text.indexOf(linkText, at);
            if (found < 0 || !isSeparation(text.substring(at, found))) {
                return false;
            }
            anyText = true;
            at = found + linkText.length();
        }
        return anyText && isSeparation(text.substring(at));
    }

    private boolean isSeparation(String between) {
        return markers.isOnlyMarkersOrPunctuation(LINK_SEPARATORS.matcher(between).replaceAll(""));
    }

    /**
     * Rails are read over lines, since a page's rail is stored either as one line to a paragraph or
     * as the lines of one paragraph; a block out of scope (a heading, a source line) ends a run.
     * A block a rail touches is not read again.
     */
    private void findRails(Article article, Set<BlockKind> scope, Set<Block> inRails, Consumer<Violation> report) {
        List<Rails.Line> lines = new ArrayList<>();
        List<Block> owners = new ArrayList<>();
        for (Block block : article.blocks()) {
            if (!scope.contains(block.kind()) || inRails.contains(block)) {
                findRails(article, lines, owners, inRails, report);
                lines.clear();
                owners.clear();
                continue;
            }
            String text = block.text();
            int lineStart = 0;
            while (lineStart <= text.length()) {
                int newline = text.indexOf('\n', lineStart);
                int lineEnd = newline < 0 ? text.length() : newline;
                if (lineEnd > lineStart) {
                    lines.add(new Rails.Line(text.substring(lineStart, lineEnd), block.sourceOffset(lineStart),
                            block.sourceOffset(lineEnd - 1) + 1));
                    owners.add(block);
                }
                lineStart = lineEnd + 1;
            }
        }
        findRails(article, lines, owners, inRails, report);
    }

    private void findRails(Article article, List<Rails.Line> lines, List<Block> owners, Set<Block> inRails,
            Consumer<Violation> report) {
        int i = 0;
        while (i < lines.size()) {
            Optional<Rails.Found> rail = rails.railAt(lines, i);
            if (rail.isEmpty()) {
                i++;
                continue;
            }
            int last = rail.get().last();
            report.accept(removable(article, lines.get(i).start(), lines.get(last).end(),
                    "Leftover '" + rail.get().header() + "' rail"));
            inRails.addAll(owners.subList(i, last + 1));
            i = last + 1;
        }
    }

    /** Whole-paragraph leftovers win: a tracking link inside one goes with it and is not told twice. */
    private void checkBlock(Article article, Block block, Map<Block, Integer> positions, Consumer<Violation> report) {
        if (adLabels.contains(phraseKey(markers.strip(block.text())))) {
            return;
        }
        Optional<String> leftover = labelledLinks(block).map(name -> "Leftover '" + name + "' links");
        if (leftover.isEmpty()) {
            leftover = leftoverParagraph(block);
        }
        if (leftover.isEmpty() && isCapitalsHeadline(article, block, positions.get(block))) {
            leftover = Optional.of("Leftover headline in capitals");
        }
        if (leftover.isEmpty() && isLoneBulletedHeadline(article, block, positions.get(block))) {
            leftover = Optional.of("Leftover bulleted headline");
        }
        if (leftover.isPresent()) {
            report.accept(removable(article, block.sourceStart(), block.sourceEnd(), leftover.get()));
            return;
        }
        Optional<Violation> trackingOnly = onlyTrackingLink(article, block);
        if (trackingOnly.isPresent()) {
            report.accept(trackingOnly.get());
            return;
        }
        Optional<Link> onlyLink = onlyLink(article, block, positions.get(block));
        if (onlyLink.isPresent()) {
            Link link = onlyLink.get();
            report.accept(removable(article, Math.min(block.sourceStart(), link.sourceStart()),
                    Math.max(block.sourceEnd(), link.sourceEnd()), "Paragraph that is only a link"));
            return;
        }
        List<Violation> inLines = checkLines(article, block);
        inLines.forEach(report);
        reportTrackingLinks(block, link -> {
            if (inLines.stream().noneMatch(line -> covers(line, link.sourceStart(), link.sourceEnd()))) {
                report.accept(link);
            }
        });
    }

    /**
     * The lines of a text paragraph that stand as paragraphs of their own, each read as one: stored
     * pages often keep one element to a line with no blank line between. A line is its own only
     * where the line before ends (a sentence's end or no sentence at all) and the next starts as a
     * paragraph does, and no line of the paragraph goes on in small letters: hard-wrapped copy breaks
     * in mid-sentence, and its lines are not read alone.
     */
    private List<Violation> checkLines(Article article, Block block) {
        String text = block.text();
        if (article.format() != ArticleFormat.WIRE_TEXT || block.kind() != BlockKind.PARAGRAPH || text.indexOf('\n') < 0
                || !article.text().startsWith(text, block.sourceStart())) {
            return List.of();
        }
        List<String> lines = List.of(text.split("\n", -1));
        // A line that goes on in small letters is hard-wrapped copy: none of its lines stands alone.
        if (lines.stream().skip(1).anyMatch(line -> !line.isBlank() && Character.isLowerCase(line.strip().charAt(0)))) {
            return List.of();
        }
        List<Violation> found = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean ownStart = (i == 0 || endsAParagraph(lines.get(i - 1))) && startsAParagraph(line);
            boolean ownEnd = i == lines.size() - 1 || startsAParagraph(lines.get(i + 1));
            int lead = line.length() - line.stripLeading().length();
            String content = line.strip();
            if (ownStart && ownEnd && !content.isEmpty()) {
                Block lineBlock = Block.verbatim(BlockKind.PARAGRAPH, content, block.sourceStart() + start + lead);
                Optional<String> leftover = leftoverParagraph(lineBlock);
                if (leftover.isPresent()) {
                    found.add(removable(article, lineBlock.sourceStart(), lineBlock.sourceEnd(), leftover.get()));
                } else {
                    onlyTrackingLink(article, lineBlock).ifPresent(found::add);
                }
            }
            start += line.length() + 1;
        }
        return found;
    }

    /** A line after which a new paragraph may start: it ends a sentence or is no sentence at all. */
    private static boolean endsAParagraph(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return true;
        }
        char last = text.charAt(text.length() - 1);
        return ".!?…:\"”’)]»".indexOf(last) >= 0 || Character.isLetterOrDigit(last) && Words.atMost(text, MAX_TEASER_WORDS)
                && !Character.isLowerCase(text.charAt(0));
    }

    /** A line that starts as a paragraph does: a capital, a digit, a quotation mark, a bracket or a marker. */
    private boolean startsAParagraph(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        return !Character.isLowerCase(first) && (Character.isLetterOrDigit(first) || QUOTATION_MARKS.indexOf(first) >= 0
                || "([•".indexOf(first) >= 0 || markers.startsWithMarker(text));
    }

    /**
     * A leftover that fills its lines goes with the blank line it leaves; one sharing a line with
     * markup (a list marker, a quote mark) is left to an editor. A tracking link is never removed:
     * the sentence around it needs it.
     */
    private static Violation removable(Article article, int start, int end, String detail) {
        return new Violation(start, end, detail).fixedBy(Fix.removingLines(article.text(), start, end));
    }

    /**
     * "Related: [Harbour works begin](...)", "**See also:** [...]": a phrase or a rail's header, a
     * colon, dash or bar, and nothing after it but links, whatever case their text starts in.
     */
    private Optional<String> labelledLinks(Block block) {
        if (block.links().isEmpty()) {
            return Optional.empty();
        }
        String stripped = markers.stripLeading(block.text());
        Matcher label = LABEL.matcher(stripped);
        if (!label.lookingAt()) {
            return Optional.empty();
        }
        String name = label.group(1).strip();
        Optional<String> known = rails.header(name);
        if (known.isEmpty()) {
            known = phrases.stream().filter(phrase -> phrase.key().equals(phraseKey(name))).map(Phrase::name).findFirst();
        }
        return known.isPresent() && isOnlyLinkText(stripped.substring(label.end()), block.links())
                ? known : Optional.empty();
    }

    private Optional<String> leftoverParagraph(Block block) {
        String text = block.text();
        if (markers.isOnlyMarkers(text)) {
            return Optional.of("Leftover link marker");
        }
        String stripped = markers.stripLeading(text);
        boolean brandTeaser = isKnownBrandTeaser(text);
        if (isSocialPost(text)) {
            return Optional.empty();
        }
        // "More »": a rail's header with the marker of the link it was, its headlines gone.
        String unmarked = markers.strip(text);
        if (!unmarked.equals(text.strip()) && !unmarked.isEmpty()) {
            Optional<String> header = rails.bareHeader(unmarked);
            if (header.isPresent()) {
                return Optional.of("Leftover '" + header.get() + "' line");
            }
        }
        if (brandTeaser) {
            return Optional.of("Leftover promo teaser");
        }
        // The cheap test first: most paragraphs open with no phrase or blurb.
        if (leadWords.contains(firstWord(stripped))) {
            Optional<String> phrase = leadingPhrase(stripped);
            if (phrase.isPresent()) {
                return Optional.of("Leftover '" + phrase.get() + "' line");
            }
            if (block.kind() == BlockKind.PARAGRAPH && startsWithBlurb(stripped) && !callsToAction.reports(stripped)) {
                return Optional.of("Leftover sign-up blurb");
            }
        }
        if (block.kind() == BlockKind.PARAGRAPH && callsToAction.isCallToAction(stripped)) {
            return Optional.of("Leftover call to action");
        }
        if (isLabelledHeadline(text) || isCapitalCueHeadline(text)) {
            return Optional.of("Leftover labelled headline");
        }
        if (block.kind() == BlockKind.PARAGRAPH && endsWithATrailingPhrase(text)) {
            return Optional.of("Leftover teaser with its link text");
        }
        if (isBracketedHeadline(text)) {
            return Optional.of("Leftover bracketed headline");
        }
        return Optional.empty();
    }

    /** "WONDER DRUG? – Caffeine's benefits could outweigh the risks. Continue reading…" */
    private boolean endsWithATrailingPhrase(String text) {
        String line = text.strip();
        int from = Math.max(0, line.length() - MAX_TRAILING_PHRASE_CHARS);
        int end = line.length();
        while (end > from && TRAILING_PUNCTUATION.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        String tail = line.substring(from, end).toLowerCase(Locale.ROOT);
        return line.indexOf('\n') < 0 && trailingWords.stream().anyMatch(tail::endsWith)
                && trailingPhrases.matcher(line).region(from, line.length()).find();
    }

    /** "[ Chicago weather: When to expect the last freeze ]": a related headline the page set in brackets. */
    private boolean isBracketedHeadline(String text) {
        String line = text.strip();
        if (line.length() < 3 || line.charAt(0) != '[' || line.charAt(line.length() - 1) != ']'
                || line.indexOf(']') != line.length() - 1 || line.indexOf('\n') >= 0) {
            return false;
        }
        return rails.isHeadlineLike(line.substring(1, line.length() - 1));
    }

    /**
     * A bulleted headline standing alone between paragraphs of a text file: a related-story link the
     * page set in its own bullet. Two bulleted lines in a row are a list of points, the article's.
     */
    private boolean isLoneBulletedHeadline(Article article, Block block, int at) {
        String line = block.text().strip();
        if (block.kind() != BlockKind.PARAGRAPH || !startsWithBullet(line) || line.indexOf('\n') >= 0) {
            return false;
        }
        List<Block> all = article.blocks();
        return at > 0 && at + 1 < all.size() && rails.isHeadlineLike(line.substring(1))
                && !startsWithBullet(all.get(at - 1).text().strip()) && !startsWithBullet(all.get(at + 1).text().strip())
                && isMixedCaseParagraph(all.get(at - 1)) && isMixedCaseParagraph(all.get(at + 1));
    }

    private static boolean startsWithBullet(String line) {
        return !line.isEmpty() && BULLETS.indexOf(line.charAt(0)) >= 0;
    }

    // --- stray teasers ------------------------------------------------------------------------

    /**
     * "Court ruling:Council to appeal over harbour wall": a label glued to a headline by a colon
     * with no blank after it, a join that copy typed by hand does not have.
     */
    private static boolean isLabelledHeadline(String text) {
        String line = text.strip();
        if (line.length() > MAX_TEASER_CHARS || line.indexOf('\n') >= 0 || line.indexOf(':') < 0) {
            return false;
        }
        Matcher label = GLUED_LABEL.matcher(line);
        if (!label.lookingAt()) {
            return false;
        }
        String headline = line.substring(label.end());
        return !endsLikeASentence(headline) && Words.count(headline) >= MIN_HEADLINE_WORDS
                && Words.atMost(headline, MAX_TEASER_WORDS);
    }

    /**
     * "MORE: Council to appeal the ferry ruling", "PHOTOS: ...": a cue in capitals, a colon and a
     * headline, the link text of a page's teaser. In capitals only: "More: Harbourside 2 Lakeview
     * 1" lists results.
     */
    private boolean isCapitalCueHeadline(String text) {
        String line = text.strip();
        int colon = line.indexOf(':');
        if (colon < 2 || line.length() > MAX_TEASER_CHARS || line.indexOf('\n') >= 0
                || !capitalCues.contains(line.substring(0, colon))) {
            return false;
        }
        String headline = line.substring(colon + 1).strip();
        return !headline.isEmpty() && Character.isUpperCase(headline.codePointAt(0)) && !endsLikeASentence(headline)
                && LOWER_CASE_WORD.matcher(headline).find()
                && Words.count(headline) >= MIN_HEADLINE_WORDS && Words.atMost(headline, MAX_TEASER_WORDS);
    }

    /**
     * A headline in capitals standing between two paragraphs of ordinary copy: a teaser the page
     * set in capitals. Short capital lines ("WHAT HAPPENS NEXT") are a wire story's subheadings,
     * and a line in quotation marks a quoted one; copy set wholly in capitals has no mixed-case
     * paragraphs around it.
     */
    private boolean isCapitalsHeadline(Article article, Block block, int at) {
        String line = block.text().strip();
        if (block.kind() != BlockKind.PARAGRAPH || line.isEmpty() || line.length() > MAX_TEASER_CHARS
                || line.indexOf('\n') >= 0 || QUOTATION_MARKS.indexOf(line.charAt(0)) >= 0
                || endsLikeASentence(line) || line.endsWith("?") || !isInCapitals(line)
                || Words.count(line) < MIN_CAPITALS_HEADLINE_WORDS || !Words.atMost(line, MAX_TEASER_WORDS)) {
            return false;
        }
        List<Block> all = article.blocks();
        return at > 0 && at + 1 < all.size() && isMixedCaseParagraph(all.get(at - 1))
                && isMixedCaseParagraph(all.get(at + 1));
    }

    private static boolean isInCapitals(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                letters++;
            }
        }
        return letters >= MIN_CAPITALS_HEADLINE_LETTERS;
    }

    private static boolean isMixedCaseParagraph(Block block) {
        String text = block.text();
        return block.kind() == BlockKind.PARAGRAPH && text.chars().anyMatch(Character::isLowerCase)
                && text.chars().anyMatch(Character::isUpperCase);
    }

    // --- promo blocks -----------------------------------------------------------------------

    /** A one-line "Name - Headline" paragraph: the shape of a teaser, from a known brand or any name. */
    private boolean isTeaserLine(Block block) {
        return teaserName(block.text())
                .filter(name -> isKnownBrand(name) || CAPITALISED_NAME.matcher(name).matches())
                .isPresent() && !isSocialPost(block.text());
    }

    /** Without a closing marker only a known brand makes a teaser: "Gaza - the aftermath" is a headline. */
    private boolean isKnownBrandTeaser(String text) {
        return teaserName(text).filter(this::isKnownBrand).isPresent();
    }

    private boolean isKnownBrand(String name) {
        return brands.contains(brandKey(name));
    }

    /** The separators {@link #TEASER} splits at; looked for first, since most paragraphs have none. */
    private static boolean hasTeaserSeparator(String line) {
        return line.indexOf('-') >= 0 || line.indexOf('–') >= 0 || line.indexOf('—') >= 0 || line.indexOf('|') >= 0;
    }

    /** Ends in {@code . , ; :}, perhaps followed by one closing quotation mark or bracket. */
    static boolean endsLikeASentence(String line) {
        int end = line.length();
        if (end > 0 && "\"”’')]".indexOf(line.charAt(end - 1)) >= 0) {
            end = stripTrailingBlanks(line, end - 1);
        }
        return end > 0 && ".,;:".indexOf(line.charAt(end - 1)) >= 0;
    }

    private static int stripTrailingBlanks(String line, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(line.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * The name before the separator of a line shaped like "Name - Headline", if the line is one. The
     * headline starts as headlines do, with a capital or a digit: "Al Jazeera – a pattern of attacks"
     * is a subheading, and "Politico – "Europe signs ..."" a press review quoting a headline.
     */
    private static Optional<String> teaserName(String text) {
        String line = text.strip();
        if (line.length() > MAX_TEASER_CHARS || !hasTeaserSeparator(line) || line.indexOf('\n') >= 0
                || endsLikeASentence(line) || !Words.atMost(line, MAX_TEASER_WORDS)) {
            return Optional.empty();
        }
        Matcher teaser = TEASER.matcher(line);
        return teaser.matches() && startsLikeAHeadline(teaser.group(2)) ? Optional.of(teaser.group(1))
                : Optional.empty();
    }

    /** A capital or a digit; in a script without capitals (Arabic, Chinese ...) any letter. */
    static boolean startsLikeAHeadline(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first)
                || (Character.isLetter(first) && !Character.isLowerCase(first));
    }

    private static boolean isSocialPost(String text) {
        return text.contains(".com/") && SOCIAL_POST_LINK.matcher(text).find()
                || text.contains("(@") && SOCIAL_POST_SIGNATURE.matcher(text).find();
    }

    /**
     * Index of the marker that closes the promo block opened by the teaser at {@code teaser}, or -1.
     * The marker stands alone in one of the next paragraphs, or trails the teaser or its standfirst.
     */
    private int closingMarker(List<Block> blocks, int teaser) {
        if (markers.endsWithMarker(blocks.get(teaser).text())) {
            return teaser;
        }
        int last = Math.min(blocks.size() - 1, teaser + MARKER_REACH);
        for (int j = teaser + 1; j <= last; j++) {
            String text = blocks.get(j).text();
            if (markers.isOnlyMarkers(text) || (j == teaser + 1 && markers.endsWithMarker(text))) {
                return j;
            }
        }
        return -1;
    }

    // --- "Read more" lines and blurbs ---------------------------------------------------------

    /** The phrase {@code stripped} (a paragraph without leading markers) opens, if it is a phrase line. */
    private Optional<String> leadingPhrase(String stripped) {
        for (Phrase phrase : phrases) {
            Matcher lead = phrase.pattern().matcher(stripped);
            if (!lead.lookingAt()) {
                continue;
            }
            String rest = stripped.substring(lead.end());
            boolean pointer = pointerPhrases.contains(phrase.key());
            if (isPhraseLine(stripped, rest, phrase.key().endsWith(" on") || phrase.key().endsWith(" about")) || isGluedHeadline(stripped, lead.end())
                    || pointer && isAboutLine(stripped, rest)
                    || pointer && (pointsAtAnyText(stripped, rest) || endsWithALink(stripped))) {
                return Optional.of(phrase.name());
            }
        }
        return Optional.empty();
    }

    /**
     * "Read more about the ferry dispute.": a pointer phrase, "about" or "on" and a short line, all
     * of it the text of a link that went.
     */
    private static boolean isAboutLine(String text, String rest) {
        // With a colon it is the "Read more on the war: ..." form, which wants a headline after it.
        return ABOUT.matcher(rest).lookingAt() && text.indexOf('\n') < 0 && text.indexOf(':') < 0
                && Words.atMost(text, MAX_TEASER_WORDS);
    }

    /** "Previous articleCouncil approves ...": a page's label and the headline it ran into, one line. */
    private static boolean isGluedHeadline(String text, int phraseEnd) {
        return phraseEnd > 0 && phraseEnd < text.length() && Character.isLowerCase(text.charAt(phraseEnd - 1))
                && Character.isUpperCase(text.charAt(phraseEnd)) && text.indexOf('\n') < 0
                && !endsLikeASentence(text) && Words.atMost(text, MAX_TEASER_WORDS);
    }

    /** "Also read: harbour works to start in May": a pointer phrase's colon, dash or bar before a line of text. */
    private static boolean pointsAtAnyText(String text, String rest) {
        String after = rest.stripLeading();
        int skip;
        if (after.startsWith(":") || after.startsWith("：")) {
            skip = 1;
        } else {
            Matcher dash = PHRASE_DASH.matcher(rest);
            if (!dash.lookingAt()) {
                return false;
            }
            after = rest;
            skip = dash.end();
        }
        return !after.substring(skip).isBlank() && text.indexOf('\n') < 0 && Words.atMost(text, MAX_TEASER_WORDS);
    }

    /** "Read more from the Coast Herald at https://...": a short phrase line that ends in the link it points at. */
    private static boolean endsWithALink(String text) {
        String line = text.strip();
        int lastBlank = line.length() - 1;
        while (lastBlank >= 0 && !Character.isWhitespace(line.charAt(lastBlank))) {
            lastBlank--;
        }
        String last = URL_TRAILING_PUNCTUATION.matcher(line.substring(lastBlank + 1)).replaceFirst("");
        return Words.atMost(line, MAX_PHRASE_LINE_WORDS) && URL.matcher(last).matches();
    }

    /**
     * What follows the phrase decides: nothing but punctuation or markers, a marker, or a colon, a
     * dash (a sentence ending in a period is prose: "More – much more – is needed.") or a short
     * "on/about X:" lead-in before what a leftover points to: a headline, a link or a marker, not a
     * lower-case word ("Recommended – but not mandatory", "Recommended: check the record ...").
     */
    private boolean isPhraseLine(String text, String rest, boolean topicFollows) {
        if (markers.isOnlyMarkersOrPunctuation(rest)) {
            return true;
        }
        String after = rest.stripLeading();
        if (markers.startsWithMarker(after)) {
            return true;
        }
        if (after.startsWith(":") || after.startsWith("：")) {
            return pointsAtATarget(after.substring(1));
        }
        Matcher dash = PHRASE_DASH.matcher(rest);
        if (dash.lookingAt()) {
            return !PROSE_END.matcher(text).find() && pointsAtATarget(rest.substring(dash.end()));
        }
        Matcher topic = (topicFollows ? TOPIC_WORDS : PHRASE_TOPIC).matcher(rest);
        return topic.lookingAt() && Words.atMost(text, MAX_PHRASE_LINE_WORDS)
                && pointsAtATarget(rest.substring(topic.end()));
    }

    /**
     * Whether the text after a phrase's colon or dash is what a leftover points to: nothing (the
     * link was dropped), a marker, a URL, a quotation or a headline (a capital or a digit).
     */
    private boolean pointsAtATarget(String target) {
        String text = target.strip();
        if (markers.isOnlyMarkersOrPunctuation(text) || markers.startsWithMarker(text)
                || URL.matcher(text).lookingAt()) {
            return true;
        }
        return startsLikeAHeadline(text) || QUOTATION_MARKS.indexOf(text.charAt(0)) >= 0;
    }

    private boolean startsWithBlurb(String stripped) {
        return blurbs.stream().anyMatch(blurb -> blurb.pattern().matcher(stripped).lookingAt());
    }

    // --- links --------------------------------------------------------------------------------

    /**
     * A paragraph (not a list item: "Useful links" lists are content) whose text is one titled
     * link. A link that shows its own address (an autolink, a bare URL) is a reference the copy
     * gives, not a teaser's leftover.
     */
    private Optional<Link> onlyLink(Article article, Block block, int at) {
        if (block.kind() != BlockKind.PARAGRAPH && !isLoneListItem(article, block, at) || block.links().size() != 1) {
            return Optional.empty();
        }
        Link link = block.links().get(0);
        String visible = markers.strip(block.text());
        String linkText = link.text() == null ? "" : link.text().strip();
        if (linkText.isEmpty() || !visible.equals(linkText) || showsItsAddress(linkText, link.url())
                || isPageFurniture(linkText, link.url()) || isInPageOrImageLink(article, link, linkText)) {
            return Optional.empty();
        }
        // A list item is a teaser's link only when its text reads as a headline; a paragraph's link
        // of one or two words is a name, a menu item or a button ("Jane Doe", "Sport", "Sign in").
        if (block.kind() == BlockKind.PARAGRAPH ? !hasHeadlineLength(linkText) : !rails.isHeadlineLike(linkText)) {
            return Optional.empty();
        }
        return Optional.of(link);
    }

    /**
     * At least {@link #MIN_HEADLINE_WORDS} words, or, in a script written without spaces, at least
     * {@link #MIN_UNSPACED_HEADLINE_CHARS} letters.
     */
    private static boolean hasHeadlineLength(String text) {
        if (Words.count(text) >= MIN_HEADLINE_WORDS) {
            return true;
        }
        long ideographs = text.codePoints().filter(c -> Character.isIdeographic(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI).count();
        return ideographs >= MIN_UNSPACED_HEADLINE_CHARS;
    }

    /**
     * A link within the page ("Back to the table of contents", "Skip to the story": its target is an
     * anchor) or around an image ("[![Logo](...)](...)", a site generator's image tag): navigation
     * and figures, not a teaser.
     */
    private static boolean isInPageOrImageLink(Article article, Link link, String linkText) {
        String url = link.url() == null ? "" : link.url().strip();
        return url.startsWith("#") || linkText.contains("{%") || linkText.contains("{{")
                || article.text().startsWith("[![", link.sourceStart()) || article.text().startsWith("[<img", link.sourceStart());
    }

    /** A list item standing alone between paragraphs: a list of one, as a page sets a related story's link. */
    private static boolean isLoneListItem(Article article, Block block, int at) {
        List<Block> all = article.blocks();
        return block.kind() == BlockKind.LIST_ITEM && at > 0 && at + 1 < all.size()
                && all.get(at - 1).kind() == BlockKind.PARAGRAPH && all.get(at + 1).kind() == BlockKind.PARAGRAPH;
    }

    /**
     * A link that is the page's furniture, not a promotion: a byline (a link to an author's page,
     * or "By Jane Doe"), a copyright line, or a widget's counter ("12", "0 Comments").
     */
    private boolean isPageFurniture(String linkText, String url) {
        return BYLINE_OR_COPYRIGHT.matcher(linkText).lookingAt() || COUNTER.matcher(linkText).matches()
                || url != null && authorLinkPaths.stream().anyMatch(path -> url.toLowerCase(Locale.ROOT).contains(path));
    }

    /** Whether a link's visible text is an address: its target, with or without a scheme, or any URL. */
    private static boolean showsItsAddress(String linkText, String url) {
        if (URL.matcher(linkText).matches()) {
            return true;
        }
        if (url == null) {
            return false;
        }
        String target = url.strip();
        String withoutScheme = URL_SCHEME.matcher(target).replaceFirst("");
        return linkText.equalsIgnoreCase(target) || linkText.equalsIgnoreCase(withoutScheme);
    }

    /**
     * A paragraph that is nothing but a tracking link, a bare URL or a link showing its address:
     * what is left of a share button or a teaser, removed like a lone marker.
     */
    private Optional<Violation> onlyTrackingLink(Article article, Block block) {
        if (block.kind() != BlockKind.PARAGRAPH) {
            return Optional.empty();
        }
        String visible = markers.strip(block.text()).strip();
        if (visible.isEmpty() || visible.length() > MAX_TRACKING_LINK_CHARS || !mayHoldAUrl(visible)) {
            return Optional.empty();
        }
        String target = URL_TRAILING_PUNCTUATION.matcher(visible).replaceFirst("");
        if (!URL.matcher(target).matches() || !tracking.matcher(target).find()) {
            return Optional.empty();
        }
        int start = block.sourceStart();
        int end = block.sourceEnd();
        for (Link link : block.links()) {
            start = Math.min(start, link.sourceStart());
            end = Math.max(end, link.sourceEnd());
        }
        return Optional.of(removable(article, start, end, "Paragraph that is only a tracking link"));
    }

    /** Markup links are told by their target, bare URLs in the text by their own span, each once. */
    private void reportTrackingLinks(Block block, Consumer<Violation> report) {
        boolean mayHoldAUrl = mayHoldAUrl(block.text());
        if (block.links().isEmpty() && !mayHoldAUrl) {
            return;
        }
        List<Violation> found = new ArrayList<>();
        for (Link link : block.links()) {
            if (link.url() != null && tracking.matcher(link.url()).find()) {
                found.add(new Violation(link.sourceStart(), link.sourceEnd(), "Tracking link"));
            }
        }
        Matcher url = URL.matcher(mayHoldAUrl ? block.text() : "");
        while (url.find()) {
            String target = URL_TRAILING_PUNCTUATION.matcher(url.group()).replaceFirst("");
            int start = block.sourceOffset(url.start());
            int end = block.sourceOffset(url.start() + target.length() - 1) + 1;
            if (tracking.matcher(target).find() && found.stream().noneMatch(v -> covers(v, start, end))) {
                found.add(new Violation(start, end, "Tracking link"));
            }
        }
        found.sort(Comparator.comparingInt(Violation::sourceStart));
        found.forEach(report);
    }

    /**
     * Whether {@link #URL} can match anywhere in {@code text}: it needs "://" or "www.". Most
     * paragraphs hold neither, and trying the pattern at each of their positions was the costliest
     * step of the check.
     */
    private static boolean mayHoldAUrl(String text) {
        if (text.contains("://")) {
            return true;
        }
        for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (text.regionMatches(true, dot - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(Violation violation, int start, int end) {
        return violation.sourceStart() <= start && end <= violation.sourceEnd();
    }

    // --- options ------------------------------------------------------------------------------

    private static Set<String> readBrands(List<String> values) {
        requireNonBlank("brands", values);
        return values.stream().map(PromoLinkCheck::brandKey).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The first word, lower case, with a curly apostrophe read as a straight one ("Don’t" is "don't");
     * a capital after a small letter starts another word ("RelatedCouncil ..." opens with "related").
     */
    private static String firstWord(String text) {
        String lead = text.strip();
        int end = 0;
        while (end < lead.length() && (Character.isLetterOrDigit(lead.charAt(end)) || lead.charAt(end) == '\''
                || lead.charAt(end) == '’')
                && !(end > 0 && Character.isUpperCase(lead.charAt(end)) && Character.isLowerCase(lead.charAt(end - 1)))) {
            end++;
        }
        return lead.substring(0, end).replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    private static String phraseKey(String phrase) {
        return WORDS.matcher(phrase.strip()).replaceAll(" ").replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    private static String brandKey(String brand) {
        return WORDS.matcher(brand.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Longest first, so "Related news" is named rather than "Related". */
    private static List<Phrase> readPhrases(List<String> values) {
        requireNonBlank("phrases", values);
        return values.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(value -> new Phrase(value.strip(),
                        Pattern.compile("(?iu)" + literal(value) + "(?:" + WORD_END + "|(?-i)(?=\\p{Lu}))"),
                        phraseKey(value)))
                .toList();
    }

    /** A blurb is a plain phrase; "..." in it stands for a few words ("Download the ... app"). */
    private static List<Blurb> readBlurbs(List<String> values) {
        requireNonBlank("blurbs", values);
        List<Blurb> result = new ArrayList<>();
        for (String value : values) {
            String[] parts = value.strip().split("\\s*(?:\\.\\.\\.|…)\\s*", -1);
            for (String part : parts) {
                if (part.isBlank()) {
                    throw new OptionException("blurbs", "option 'blurbs': '" + value
                            + "' must have words before and after each '...'");
                }
            }
            String regex = Arrays.stream(parts).map(PromoLinkCheck::literal)
                    .collect(Collectors.joining(BLURB_GAP));
            // "s?" lets the closing noun be plural: "newsletters", "apps".
            result.add(new Blurb(Pattern.compile("(?iu)" + regex + "s?" + WORD_END)));
        }
        return List.copyOf(result);
    }

    private static Pattern readTracking(List<String> values) {
        requireNonBlank("trackingParameters", values);
        for (String value : values) {
            if (!value.strip().matches("[A-Za-z0-9_.-]+=?")) {
                throw new OptionException("trackingParameters", "option 'trackingParameters': '" + value
                        + "' is not a URL parameter name");
            }
        }
        // A name ending in "=" is the whole name ("tag=" is not "tags="); any other is a prefix ("utm_").
        String names = values.stream().map(v -> Pattern.quote(v.strip())).collect(Collectors.joining("|"));
        return Pattern.compile("(?i)[?&;#](?:" + names + ")");
    }

    private static void requireNonBlank(String option, List<String> values) {
        for (String value : values) {
            if (value.isBlank()) {
                throw new OptionException(option, "option '" + option + "' must not contain an empty value");
            }
        }
    }

    /** A phrase as a pattern: any run of spaces matches any run, and a straight apostrophe a curly one. */
    static String literal(String phrase) {
        return Arrays.stream(WORDS.split(phrase.strip()))
                .map(word -> Pattern.quote(word).replace("'", "\\E['’]\\Q"))
                .collect(Collectors.joining("\\s+"));
    }

    /** A phrase as written, its pattern, and its key: lower case, single blanks, straight apostrophes. */
    private record Phrase(String name, Pattern pattern, String key) {
    }

    private record Blurb(Pattern pattern) {
    }
}
