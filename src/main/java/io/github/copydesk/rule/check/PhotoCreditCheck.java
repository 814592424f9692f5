package io.github.copydesk.rule.check;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.article.Link;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Severity;
import io.github.copydesk.rule.Violation;
import io.github.copydesk.text.NameKey;
import io.github.copydesk.text.PhraseIndex;
import io.github.copydesk.text.Shortcodes;
import io.github.copydesk.text.Words;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code photo-credit} check: every photo carries a credit (see {@link PhotoCredits} for the
 * forms). A line is a caption only on evidence: the format marks it (a caption line of a wire head
 * block, a Markdown image's caption paragraph, an HTML {@code <figcaption>}, a {@code [caption]}
 * shortcode left in the text), or it opens with a caption's cue ({@code captionCues}: "Pictured:",
 * "File photo"). A line of body copy (a reporting word, a dateline, more than
 * {@code maxCaptionWords} words) is never a caption. A caption is credited in itself or by a
 * credit-only line right under it. An image (a Markdown image, an HTML {@code <img>}) is credited by its title or alt
 * text, by the caption right under it (an HTML {@code <figcaption>}, a Markdown paragraph), or by
 * the front matter's {@code image: {src, credit}} for that picture; a Hugo {@code figure} shortcode
 * by its {@code attr} or {@code credit} attribute, or a credit in its caption. When
 * {@code allowedAgencies} is set, a credit naming another known agency is a warning.
 */
public final class PhotoCreditCheck implements Check {
    static final String LABELS = "labels";
    static final String AGENCIES = "agencies";
    static final String ALLOWED_AGENCIES = "allowedAgencies";
    static final String CAPTION_CUES = "captionCues";
    static final String BODY_COPY_WORDS = "bodyCopyWords";
    static final String MAX_CAPTION_WORDS = "maxCaptionWords";
    static final String BARE_LABELS = "bareLabels";
    static final String CREDIT_PHRASES = "creditPhrases";
    static final String BLANKET_CUES = "blanketCreditCues";
    static final String VIDEO_CAPTION_CUES = "videoCaptionCues";

    static final List<String> DEFAULT_LABELS = List.of("Photo", "Photos", "Photograph", "Photographs", "Photo credit",
            "Photo credits", "Image", "Image credit", "Picture", "Pictures", "Credit", "Credits", "Illustration",
            "Graphic", "Video", "Footage", "Courtesy", "Courtesy of", "Source", "File", "Fotoğraf", "Foto", "Bild");
    static final List<String> DEFAULT_AGENCIES = List.of("AA", "Anadolu", "Anadolu Agency", "Reuters", "AP",
            "AP Photo", "Associated Press", "AFP", "Getty", "Getty Images", "EPA", "EPA-EFE", "EFE", "Xinhua", "DPA",
            "picture alliance", "Shutterstock", "Alamy", "SIPA", "Sipa USA", "NurPhoto", "ZUMA", "ZUMA Press",
            "Bloomberg", "ANSA", "Kyodo", "Yonhap", "TASS", "Sputnik", "IHA", "DHA", "ILKHA", "Abaca", "Imago",
            "WANA", "Pool", "Handout", "Wikimedia Commons", "Unsplash");
    static final List<String> DEFAULT_CAPTION_CUES = List.of("Pictured", "File photo", "In this photo",
            "In this file photo", "This photo", "Photo shows", "Image shows", "Picture shows", "Caption",
            "Photo caption");
    static final List<String> DEFAULT_BODY_COPY_WORDS = List.of("said", "says", "told", "according to",
            "announced", "reported", "added");
    static final int DEFAULT_MAX_CAPTION_WORDS = 40;
    static final List<String> DEFAULT_BARE_LABELS = List.of("Credit", "Photo credit", "Image credit", "Photo",
            "Photograph", "Photographer", "Foto");
    static final List<String> DEFAULT_CREDIT_PHRASES = List.of("Submitted photo", "Contributed photo",
            "Courtesy photo", "Staff photo", "Handout photo", "Supplied photo", "Submitted", "Supplied", "Contributed",
            "Handout");
    static final List<String> DEFAULT_BLANKET_CUES = List.of("All photos", "All images", "All pictures",
            "All photographs", "Photos", "Photographs", "Photography", "Images", "Pictures");
    static final List<String> DEFAULT_VIDEO_CAPTION_CUES = List.of("Media caption", "Video caption", "Video",
            "Watch");

    public static final CheckType TYPE = new CheckType("photo-credit",
            Set.of(LABELS, AGENCIES, ALLOWED_AGENCIES, CAPTION_CUES, BODY_COPY_WORDS, MAX_CAPTION_WORDS, BARE_LABELS,
                    CREDIT_PHRASES, BLANKET_CUES, VIDEO_CAPTION_CUES),
            Set.of(BlockKind.CAPTION, BlockKind.IMAGE, BlockKind.PARAGRAPH, BlockKind.STANDFIRST),
            PhotoCreditCheck::new);

    /**
     * A head block holds a headline, a standfirst, a few captions and a dateline. One with more
     * caption lines than this is body copy run together without blank lines, not captions.
     */
    private static final int MAX_CAPTION_LINES = 10;
    /** A head-block line this short is a role, a place or a slug ("Staff reporter"), not a caption. */
    private static final int MAX_SLUG_WORDS = 3;
    /** A line under a caption that is nothing but a credit: "Photo: AA", "REUTERS/Jane Doe". */
    private static final int MAX_CREDIT_LINE_WORDS = 8;
    /** A line crediting every picture of the article ("(All photos: Staff)") says nothing else. */
    private static final int MAX_BLANKET_LINE_WORDS = 12;
    /** Front-matter keys of the lead picture and of its parts. */
    private static final List<String> IMAGE_KEYS = List.of("image", "featured_image", "featuredImage", "cover", "photo");
    private static final List<String> SOURCE_KEYS = List.of("src", "url", "path", "image", "file");
    private static final List<String> CREDIT_KEYS = List.of("credit", "attr", "attribution", "copyright", "caption");
    /** Front-matter keys of the lead picture's credit, beside its path: "image_credit: Jane Doe". */
    private static final List<String> FLAT_CREDIT_KEYS = List.of("image_credit", "imageCredit", "image-credit",
            "photo_credit", "photoCredit", "photo-credit", "featured_image_credit", "cover_credit", "image_attribution",
            "image_copyright", "credit");
    private static final List<String> SHORTCODE_CREDITS = List.of("attr", "credit", "attribution", "copyright");
    private static final List<String> SHORTCODE_TEXTS = List.of("caption", "title", "alt");
    /** A head-block line that only dates the copy ("Updated: April 28, 2025 14:05 GMT") is no caption. */
    private static final Pattern DATE_WORDS = Pattern.compile("(?iU)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?"
            + "|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
            + "|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
            + "|updated?|published|last|gmt|utc|local|time|am|pm|on|at)\\b");
    /** A date or an update line is short; a longer line is read as a caption. */
    private static final int MAX_DATE_LINE_CHARS = 100;
    private static final Pattern DATED_BYLINE = Pattern.compile("\\|\\s*\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");
    /** A wire dateline opening a line: "ALPVILLE (AA) -", "ALPVILLE, March 3 (Reuters) —", "ALPVILLE -". */
    private static final Pattern DATELINE_OPENING = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,[^()\\n]{1,40})?(?:\\s*\\([^()\\n]{1,40}\\))?\\s+[-–—]{1,2}\\s");
    /** A picture's path in an address, up to a picture's extension, in group 1. */
    private static final Pattern PICTURE_FILE = Pattern.compile(
            "(?i)([^=&?#\\s]+\\.(?:jpe?g|png|gif|webp|avif|tiff?|bmp|heic))(?=$|[?&#\\s])");
    /** An address longer than this is no picture's: it is not read for a file name. */
    private static final int MAX_PICTURE_ADDRESS = 2_000;
    /** A size a CMS adds to a picture's file name: "-150x150", "_1280x960". */
    private static final Pattern SIZE_SUFFIX = Pattern.compile("[-_]\\d{2,4}x\\d{2,4}(?=\\.)");
    /** A WordPress {@code [caption ...]text[/caption]} shortcode left in the copy; the text in group 1. */
    private static final Pattern CAPTION_SHORTCODE = Pattern.compile(
            "(?i)\\[caption\\b[^\\]]{0,500}\\]([^\\[]{0,2000})\\[/caption\\]");

    private final PhotoCredits credits;
    private final Set<String> allowedAgencies;
    private final String allowedDisplay;
    private final PhraseIndex captionCues;
    private final PhraseIndex bodyCopyWords;
    private final int maxCaptionWords;
    private final PhraseIndex blanketCues;
    private final PhraseIndex videoCaptionCues;

    public PhotoCreditCheck(CheckOptions options) {
        List<String> labels = names(options, LABELS, DEFAULT_LABELS);
        List<String> agencies = names(options, AGENCIES, DEFAULT_AGENCIES);
        List<String> allowed = options.strings(ALLOWED_AGENCIES, List.of());
        if (allowed.stream().anyMatch(String::isBlank)) {
            throw new OptionException(ALLOWED_AGENCIES, "option '" + ALLOWED_AGENCIES + "' must not contain empty names");
        }
        this.credits = new PhotoCredits(labels, agencies, options.strings(BARE_LABELS, DEFAULT_BARE_LABELS),
                options.strings(CREDIT_PHRASES, DEFAULT_CREDIT_PHRASES));
        this.allowedAgencies = allowed.stream().map(NameKey::of).collect(Collectors.toUnmodifiableSet());
        this.allowedDisplay = String.join(", ", allowed);
        this.captionCues = new PhraseIndex(names(options, CAPTION_CUES, DEFAULT_CAPTION_CUES));
        this.bodyCopyWords = new PhraseIndex(names(options, BODY_COPY_WORDS, DEFAULT_BODY_COPY_WORDS));
        this.blanketCues = new PhraseIndex(options.strings(BLANKET_CUES, DEFAULT_BLANKET_CUES));
        this.videoCaptionCues = new PhraseIndex(options.strings(VIDEO_CAPTION_CUES, DEFAULT_VIDEO_CAPTION_CUES));
        this.maxCaptionWords = options.integer(MAX_CAPTION_WORDS, DEFAULT_MAX_CAPTION_WORDS);
        if (maxCaptionWords < 1) {
            throw new OptionException(MAX_CAPTION_WORDS, "option '" + MAX_CAPTION_WORDS + "' must be at least 1");
        }
    }

    @Override
    public void check(Article article, Set<BlockKind> scope, Consumer<Violation> report) {
        List<Block> blocks = article.blocks();
        boolean readCaptions = captionLines(blocks) <= MAX_CAPTION_LINES;
        Optional<Block> blanket = blocks.stream().filter(this::isBlanketCredit).findFirst();
        Consumer<Violation> reportUncovered = blanket.isEmpty() ? report : violation -> {
            if (violation.severityOr(Severity.ERROR) != Severity.ERROR) {
                report.accept(violation);
            }
        };
        Set<String> uncreditedPictures = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!scope.contains(block.kind())) {
                continue;
            }
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            switch (block.kind()) {
                case IMAGE -> checkImage(article, blocks, i, onceAPicture(block, uncreditedPictures, reportUncovered));
                case CAPTION -> {
                    if (!underImage(blocks, i) && readCaptions && !isVideoCaption(block.text())) {
                        checkCaption(block, next, reportUncovered);
                    }
                }
                default -> {
                    checkShortcodes(block, next, reportUncovered);
                    checkCaptionShortcodes(block, reportUncovered);
                    if (startsWithCaptionCue(block.text())) {
                        checkCaption(block, next, reportUncovered);
                    }
                }
            }
        }
    }

    /**
     * A photo a page shows twice (a gallery's slide and its thumbnail, a picture for each screen
     * size) is one photo: a missing credit is reported at its first showing only.
     */
    private static Consumer<Violation> onceAPicture(Block image, Set<String> uncredited, Consumer<Violation> report) {
        String picture = image.links().isEmpty() ? "" : pictureOf(image.links().get(0).url());
        return violation -> {
            boolean missing = violation.severityOr(Severity.ERROR) == Severity.ERROR;
            if (!missing || picture.isEmpty() || uncredited.add(picture)) {
                report.accept(violation);
            }
        };
    }

    /**
     * The picture a source shows, whatever its size: "/img/quay-150x150.jpg" and "/img/quay.jpg"
     * are one; an image service's address names its picture in the query
     * ("dims?thumbnail=130,87&image_uri=…/quay.jpg"). Empty when the source names no picture file.
     */
    static String pictureOf(String url) {
        String source = url.strip();
        if (source.isEmpty() || source.startsWith("data:") || source.length() > MAX_PICTURE_ADDRESS) {
            return "";
        }
        String decoded = source;
        try {
            decoded = URLDecoder.decode(source, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // A stray "%" in an address: it is read as written.
        }
        String file = "";
        Matcher files = PICTURE_FILE.matcher(decoded);
        while (files.find()) {
            file = files.group(1);
        }
        return SIZE_SUFFIX.matcher(file.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
    }

    /** Caption blocks that stand on their own, not under an image: the caption lines of a wire head block. */
    private static int captionLines(List<Block> blocks) {
        int count = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == BlockKind.CAPTION && !underImage(blocks, i)) {
                count++;
            }
        }
        return count;
    }

    /** A caption in the run of captions right under an image (a figure's caption and its credit line) is the image's. */
    private static boolean underImage(List<Block> blocks, int caption) {
        int i = caption - 1;
        while (i >= 0 && blocks.get(i).kind() == BlockKind.CAPTION) {
            i--;
        }
        return i >= 0 && blocks.get(i).kind() == BlockKind.IMAGE;
    }

    /** "Media caption", "Video": the caption of a video, which a photo credit does not concern. */
    private boolean isVideoCaption(String text) {
        List<PhraseIndex.Match> cues = videoCaptionCues.find(text, 0, Math.min(text.length(), 40));
        return !cues.isEmpty() && cues.get(0).start() == 0 && !credits.find(text).filter(c -> c.start() == 0).isPresent();
    }

    /** A short line that credits every picture of the article: "(All photos: Staff)", "Photos by Jane Doe". */
    private boolean isBlanketCredit(Block block) {
        String text = block.text().strip();
        if (text.isEmpty() || !Words.atMost(text, MAX_BLANKET_LINE_WORDS)) {
            return false;
        }
        int from = text.charAt(0) == '(' || text.charAt(0) == '[' ? 1 : 0;
        List<PhraseIndex.Match> cues = blanketCues.find(text, from, Math.min(text.length(), from + 30));
        return !cues.isEmpty() && cues.get(0).start() == from && credits.find(text).isPresent();
    }

    private void checkCaption(Block caption, Block next, Consumer<Violation> report) {
        if (isDateLine(caption.text()) || Words.atMost(caption.text(), MAX_SLUG_WORDS) || isBodyCopy(caption.text())) {
            return;
        }
        Optional<PhotoCredits.Credit> credit = credits.find(caption.text()).map(c -> located(caption, c));
        if (credit.isEmpty() && next != null && next.kind() == BlockKind.CAPTION) {
            credit = creditLine(next);
        }
        settle(credit, caption.sourceStart(), caption.sourceEnd(), "Caption without a photo credit", report);
    }

    /**
     * An image is credited by its title or alt text, by the captions right under it (a figure's
     * caption and the credit lines in it), by a paragraph right under it that captions it, or by a
     * credit-only line right after its captions.
     */
    private void checkImage(Article article, List<Block> blocks, int index, Consumer<Violation> report) {
        Block image = blocks.get(index);
        Optional<Link> link = image.links().stream().findFirst();
        Optional<PhotoCredits.Credit> credit = link.flatMap(l -> credits.find(l.text()))
                .map(c -> new PhotoCredits.Credit(link.get().sourceStart(), link.get().sourceEnd(), c.agencies()));
        if (credit.isEmpty()) {
            credit = credits.find(image.text()).map(c -> located(image, c));
        }
        int after = index + 1;
        while (after < blocks.size() && blocks.get(after).kind() == BlockKind.CAPTION) {
            Block caption = blocks.get(after++);
            if (after == index + 2 && isVideoCaption(caption.text())) {
                return;
            }
            if (credit.isEmpty()) {
                credit = credits.find(caption.text()).map(c -> located(caption, c));
            }
        }
        Block next = after < blocks.size() ? blocks.get(after) : null;
        if (credit.isEmpty() && next != null && after == index + 1 && isCaptionOf(next)) {
            credit = credits.find(next.text()).map(c -> located(next, c));
        } else if (credit.isEmpty() && next != null && next.kind() == BlockKind.PARAGRAPH) {
            credit = creditLine(next);
        }
        if (credit.isEmpty()) {
            credit = link.flatMap(l -> frontMatterCredit(article, l.url(), image.sourceStart()));
        }
        // The image's link spans the whole of it (Markdown's "![", HTML's "<img"); its text is only the alt text.
        int start = Math.min(image.sourceStart(), link.map(Link::sourceStart).orElse(image.sourceStart()));
        int end = Math.max(image.sourceEnd(), link.map(Link::sourceEnd).orElse(image.sourceEnd()));
        settle(credit, start, end, "Image without a photo credit", report);
    }

    /** A sentence of the story rather than a caption: it reports, opens with a dateline, or runs long. */
    private boolean isBodyCopy(String text) {
        return !Words.atMost(text, maxCaptionWords) || DATELINE_OPENING.matcher(text).lookingAt()
                || !bodyCopyWords.find(text, 0, text.length()).isEmpty();
    }

    /**
     * "Pictured: ...", "File photo of ...": a line that says it is a caption, at its start. Body
     * copy that opens with a cue is turned away by {@link #checkCaption}, as every caption is.
     */
    private boolean startsWithCaptionCue(String text) {
        List<PhraseIndex.Match> cues = captionCues.find(text, 0, Math.min(text.length(), 40));
        return !cues.isEmpty() && cues.get(0).start() == 0;
    }

    /** A {@code [caption]} shortcode a CMS left in the text is a caption, credited in its own text. */
    private void checkCaptionShortcodes(Block block, Consumer<Violation> report) {
        if (block.text().indexOf("[caption") < 0 && block.text().indexOf("[CAPTION") < 0) {
            return;
        }
        Matcher shortcode = CAPTION_SHORTCODE.matcher(block.text());
        while (shortcode.find()) {
            String caption = shortcode.group(1);
            Optional<PhotoCredits.Credit> credit = credits.find(caption)
                    .map(c -> located(block, shortcode.start(1) + c.start(), shortcode.start(1) + c.end(), c));
            settle(credit, block.sourceOffset(shortcode.start()), block.sourceOffset(shortcode.end() - 1) + 1,
                    "Caption without a photo credit", report);
        }
    }

    /** Only a caption block or a paragraph right under a picture captions it; a heading starts the next section. */
    private static boolean isCaptionOf(Block next) {
        return next.kind() == BlockKind.CAPTION || next.kind() == BlockKind.PARAGRAPH;
    }

    private void checkShortcodes(Block block, Block next, Consumer<Violation> report) {
        for (Shortcodes.Shortcode shortcode : Shortcodes.find(block.text())) {
            if (!shortcode.name().equalsIgnoreCase("figure")) {
                continue;
            }
            Optional<PhotoCredits.Credit> credit = SHORTCODE_CREDITS.stream()
                    .map(key -> shortcode.attributes().getOrDefault(key, ""))
                    .filter(value -> !value.isBlank()).findFirst()
                    .map(value -> located(block, shortcode.start(), shortcode.end(), credits.whole(value)));
            for (String key : SHORTCODE_TEXTS) {
                String value = shortcode.attributes().getOrDefault(key, "");
                if (credit.isEmpty() && !value.isBlank()) {
                    credit = credits.find(value).map(c -> located(block, shortcode.start(), shortcode.end(), c));
                }
            }
            if (credit.isEmpty() && next != null && next.kind() == BlockKind.PARAGRAPH
                    && block.text().substring(shortcode.end()).isBlank()) {
                credit = creditLine(next);
            }
            settle(credit, block.sourceOffset(shortcode.start()), block.sourceOffset(shortcode.end() - 1) + 1,
                    "Figure without a photo credit", report);
        }
    }

    /** The credit of a line under a caption that holds nothing else. */
    private Optional<PhotoCredits.Credit> creditLine(Block line) {
        return credits.find(line.text()).filter(c -> c.start() == 0 && Words.atMost(line.text(), MAX_CREDIT_LINE_WORDS)
                || Words.atMost(line.text(), 3)).map(c -> located(line, c));
    }

    /**
     * The front matter's credit for the picture at {@code url}: {@code image: {src, credit}}, or
     * {@code image: src} with {@code image_credit: X} beside it; a credit with no source serves
     * the article's first picture. A source names the picture when it is the same path or ends in
     * the same file name ({@code quay.jpg}, {@code /img/quay.jpg}), as a theme resolves it.
     */
    private Optional<PhotoCredits.Credit> frontMatterCredit(Article article, String url, int imageStart) {
        Map<String, Object> fields = article.metadata().fields();
        String flatCredit = firstValue(fields, FLAT_CREDIT_KEYS);
        for (String key : IMAGE_KEYS) {
            Object value = fields.get(key);
            String credit;
            String source;
            boolean isCaption = false;
            if (value instanceof Map<?, ?> picture) {
                credit = firstValue(picture, CREDIT_KEYS);
                source = firstValue(picture, SOURCE_KEYS);
                isCaption = credit.equals(String.valueOf(picture.get("caption")));
            } else if (value instanceof String path && !flatCredit.isBlank()) {
                credit = flatCredit;
                source = path;
            } else {
                continue;
            }
            boolean samePicture = source.isBlank() ? isFirstImage(article, imageStart) : samePicture(source, url);
            if (samePicture && !credit.isBlank()) {
                Optional<PhotoCredits.Credit> found = isCaption ? credits.find(credit) : Optional.of(credits.whole(credit));
                if (found.isPresent()) {
                    // A front-matter credit has no place in the body: a warning about it points at the image.
                    return Optional.of(new PhotoCredits.Credit(imageStart, imageStart, found.get().agencies()));
                }
            }
        }
        if (!flatCredit.isBlank() && IMAGE_KEYS.stream().noneMatch(fields::containsKey)
                && isFirstImage(article, imageStart)) {
            return Optional.of(new PhotoCredits.Credit(imageStart, imageStart, credits.whole(flatCredit).agencies()));
        }
        return Optional.empty();
    }

    /** The same path, or paths ending in the same file name: "quay.jpg" and "/img/quay.jpg". */
    private static boolean samePicture(String source, String url) {
        String a = source.strip();
        String b = url.strip();
        if (a.equals(b)) {
            return true;
        }
        String fileA = a.substring(a.lastIndexOf('/') + 1);
        String fileB = b.substring(b.lastIndexOf('/') + 1);
        return !fileA.isEmpty() && fileA.equals(fileB);
    }

    private static boolean isFirstImage(Article article, int imageStart) {
        return article.blocks().stream().filter(b -> b.kind() == BlockKind.IMAGE).findFirst()
                .map(b -> b.sourceStart() == imageStart).orElse(false);
    }

    private static String firstValue(Map<?, ?> map, List<String> keys) {
        for (String key : keys) {
            Object value = map.get(key);
            if (value instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        return "";
    }

    /** Reports a missing credit, or a credit naming an agency outside the allowed list as a warning. */
    private void settle(Optional<PhotoCredits.Credit> credit, int start, int end, String missing,
            Consumer<Violation> report) {
        if (credit.isEmpty()) {
            report.accept(new Violation(start, end, missing));
            return;
        }
        if (allowedAgencies.isEmpty()) {
            return;
        }
        for (String agency : credit.get().agencies()) {
            if (!allowedAgencies.contains(NameKey.of(agency))) {
                int at = credit.get().start() == credit.get().end() ? start : credit.get().start();
                int to = credit.get().start() == credit.get().end() ? end : credit.get().end();
                report.accept(new Violation(at, to, "The photo credit names '" + agency
                        + "', which is not an allowed agency: credit one of " + allowedDisplay
                        + ", or add it to allowedAgencies", Map.of(), Severity.WARNING));
                return;
            }
        }
    }

    private static PhotoCredits.Credit located(Block block, PhotoCredits.Credit credit) {
        return located(block, credit.start(), credit.end(), credit);
    }

    /** The credit with its place turned from the block's text into source offsets. */
    private static PhotoCredits.Credit located(Block block, int start, int end, PhotoCredits.Credit credit) {
        return new PhotoCredits.Credit(block.sourceOffset(start), block.sourceOffset(Math.max(start, end - 1)) + 1,
                credit.agencies());
    }

    private static boolean isDateLine(String line) {
        // Both forms hold a figure, and most captions have none: the case-blind date words cost more to look for.
        if (line.length() > MAX_DATE_LINE_CHARS || line.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        if (DATED_BYLINE.matcher(line).find()) {
            return true;
        }
        String rest = DATE_WORDS.matcher(line).replaceAll(" ");
        return rest.chars().anyMatch(Character::isDigit) && rest.chars().noneMatch(Character::isLetter);
    }

    private static List<String> names(CheckOptions options, String option, List<String> defaults) {
        List<String> names = options.strings(option, defaults);
        if (names.isEmpty() || names.stream().anyMatch(String::isBlank)) {
            throw new OptionException(option, "option '" + option + "' must list names, none empty");
        }
        return names;
    }

    @Override
    public boolean readsMetadata() {
        return true;
    }
}
