package io.github.copydesk.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads HTML articles: the meta tags and structured data for the metadata (see {@link
 * HtmlMetadata}), then the text of the story {@link StoryFinder} finds in the page, without the
 * page's furniture ({@link PageChrome}), as a browser shows it, in blocks: the first {@code <h1>} is the headline and other headings are headings; paragraphs,
 * list items ({@code <li>}, {@code <dt>}, {@code <dd>}), block quotes, and each image with its alt
 * text, followed by its figure's {@code <figcaption>}. A paragraph of the article's {@code <header>}
 * or {@code <hgroup>}, or with the class {@code standfirst}, {@code lead}, {@code summary}, {@code
 * dek}, {@code deck} or {@code subtitle}, is the standfirst; one with the class {@code dateline}
 * the dateline. A table row is one paragraph, its cells apart. An {@code <aside>} is read like the
 * rest: a CMS's promo box is often one. Scripts, styles, navigation, templates, embedded media,
 * form controls, comments and {@code hidden} elements are not shown text and yield nothing.
 *
 * <p>Every character keeps its offset in the original file, entities included, so findings point
 * at the line and column of the markup as written.
 */
public final class HtmlParser implements ArticleParser {
    /** Never shown as article text. */
    private static final Set<String> IGNORED = Set.of("script", "style", "nav", "noscript", "template", "head",
            "title", "svg", "math", "iframe", "object", "embed", "canvas", "audio", "video", "select", "textarea",
            "button", "input", "option", "datalist");
    /** Elements a browser shows as blocks of their own: they end the text before them and start new text. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> STANDFIRST_CLASSES = Set.of("standfirst", "lead", "summary", "dek", "deck",
            "subtitle");
    private static final String DATELINE_CLASS = "dateline";
    /** Kinds of block that may be page furniture by their text alone: an ad label, a comment counter. */
    private static final Set<BlockKind> CHROME_KINDS = Set.of(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM,
            BlockKind.HEADING);

    @Override
    public Article parse(String path, String text) {
        // A parser keeps state while it works: one per article, so that threads never share one.
        Document document = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
        List<Element> story = StoryFinder.story(document);
        List<InputProblem> problems = new ArrayList<>();
        Map<String, List<Block>> metadataValues = new LinkedHashMap<>();
        Metadata metadata = HtmlMetadata.read(document, story, text, problems, metadataValues);
        List<Block> blocks = read(text, story);
        if (blocks.isEmpty() && !story.equals(List.of(document.body()))) {
            // Whatever the story's container was taken to be, text elsewhere on the page is not lost.
            blocks = read(text, List.of(document.body()));
        }
        if (blocks.isEmpty()) {
            // A page whose text a script draws, or a stub, would otherwise pass unread.
            problems.add(new InputProblem("No article text: the page shows no text outside scripts, styles and"
                    + " navigation", 1, 1));
        }
        return new Article(path, ArticleFormat.HTML, text, metadata, SourceLine.settle(blocks), problems,
                metadataValues);
    }

    private static List<Block> read(String text, List<Element> story) {
        BodyReader reader = new BodyReader(text, story);
        for (Element part : story) {
            NodeTraversor.filter(reader, part);
            // Parts of the story stand apart on the page: a time stamp before it ends before its first paragraph.
            reader.flush();
        }
        return reader.blocks;
    }

    /** Scripts, styles, navigation, embedded media, form controls and {@code hidden} elements show no article text. */
    static boolean neverShown(Element element) {
        return IGNORED.contains(element.normalName()) || element.hasAttr("hidden");
    }

    /**
     * Walks the article without recursion (a page nested ten thousand elements deep must not
     * overflow the stack), collecting the shown text of the current block until an element that
     * is a block of its own ends it.
     */
    private static final class BodyReader implements NodeFilter {
        private final String source;
        private final DecodedOffsets decodedOffsets;
        /** The elements read, each a root: none of them is skipped or read by its name, whatever it is called. */
        private final Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<Block> blocks = new ArrayList<>();
        /** The kind of text each open block element holds; the innermost decides. */
        private final Deque<BlockKind> kinds = new ArrayDeque<>();
        private final Deque<OpenLink> links = new ArrayDeque<>();
        /** Where each open {@code <figure>}'s blocks start in {@link #blocks}. */
        private final Deque<Integer> figures = new ArrayDeque<>();
        private Draft current;
        private boolean headlineSeen;
        /** Whether a paragraph was read: a header after one heads a section, not the article. */
        private boolean bodyStarted;
        private int preformatted;
        /** The last source offset read: the place of what the parser made up (an implied element). */
        private int lastOffset;

        BodyReader(String source, List<Element> roots) {
            this.source = source;
            this.decodedOffsets = new DecodedOffsets(source);
            this.roots.addAll(roots);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                addText(textNode);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String name = element.normalName();
            boolean root = roots.contains(element);
            if (!root && (neverShown(element) || PageChrome.isChrome(element))) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(name)) {
                flush();
                kinds.push(kindOf(element, name, root));
            }
            switch (name) {
                case "br" -> {
                    int at = start(element);
                    draft(at).text.lineBreak(at);
                }
                case "img" -> addImage(element);
                case "a" -> openLink(element);
                case "td", "th" -> {
                    // A table row reads as one line, its cells apart.
                    int at = start(element);
                    draft(at).text.append(" ", new int[] {at}, false);
                }
                case "figure" -> figures.push(blocks.size());
                case "pre" -> preformatted++;
                default -> {
                    // Other inline elements only add their text.
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String name = element.normalName();
            if (name.equals("a")) {
                closeLink(element);
            }
            if (BLOCKS.contains(name)) {
                flush();
                kinds.pop();
            }
            if (name.equals("figure")) {
                captionsAfterImages(figures.pop());
            } else if (name.equals("pre")) {
                preformatted--;
            }
            return FilterResult.CONTINUE;
        }

        /** The innermost container decides: a list inside a quote holds list items. */
        private BlockKind kindOf(Element element, String name, boolean root) {
            BlockKind outer = kinds.isEmpty() ? BlockKind.PARAGRAPH : kinds.peek();
            if (HEADINGS.contains(name)) {
                boolean headline = name.equals("h1") && !headlineSeen;
                headlineSeen |= headline;
                return headline ? BlockKind.HEADLINE : BlockKind.HEADING;
            }
            return switch (name) {
                case "li", "dt", "dd" -> BlockKind.LIST_ITEM;
                case "blockquote" -> BlockKind.QUOTE;
                case "figcaption" -> isPhotoCaption(element) ? BlockKind.CAPTION : outer;
                case "header", "hgroup" -> root || bodyStarted ? outer : BlockKind.STANDFIRST;
                // A dateline read as a part of the story of its own is still a dateline.
                default -> root && !HtmlMetadata.lowerCaseClassNames(element).contains(DATELINE_CLASS) ? outer
                        : kindByClass(element, outer);
            };
        }

        /** A figure's caption captions a photo only when the figure shows one, not a video, a chart or a quote. */
        private static boolean isPhotoCaption(Element caption) {
            Element figure = caption.closest("figure");
            return figure == null || PageImages.showsPhoto(figure);
        }

        /** A byline is no standfirst, even in the header. */
        private static BlockKind kindByClass(Element element, BlockKind outer) {
            if (HtmlMetadata.isBylineElement(element)) {
                return BlockKind.PARAGRAPH;
            }
            for (String name : HtmlMetadata.lowerCaseClassNames(element)) {
                if (STANDFIRST_CLASSES.contains(name)) {
                    return BlockKind.STANDFIRST;
                }
                if (name.equals(DATELINE_CLASS)) {
                    return BlockKind.DATELINE;
                }
            }
            return outer;
        }

        private void addText(TextNode node) {
            String decoded = node.getWholeText();
            if (!decoded.isEmpty()) {
                int[] offsets = offsets(node.sourceRange(), decoded, false);
                draft(offsets[0]).text.append(decoded, offsets, preformatted > 0);
            }
        }

        /**
         * A photo is a block of its own: its alt text, with its source (a lazy-loading page's real
         * one) and title as a link, as in Markdown; a credit its markup states follows the title
         * after a "©". Page furniture (an
         * icon, a pixel, a share button: see {@link PageImages}) is no block, and a link around it
         * alone is no link.
         */
        private void addImage(Element element) {
            int start = start(element);
            if (!PageImages.isPhoto(element)) {
                links.forEach(link -> link.furnitureOnly = current == null || current.text.textFrom(link.textStart).isBlank());
                return;
            }
            Draft image = new Draft(BlockKind.IMAGE, start);
            String alt = element.attr("alt");
            if (!alt.isEmpty()) {
                image.text.append(alt, offsets(element.attributes().sourceRange("alt").valueRange(), alt, true), false);
            }
            String credit = PageImages.markedCredit(element);
            String title = element.attr("title");
            String shown = credit.isEmpty() ? title : (title + " © " + credit).strip();
            image.links.add(new Link(PageImages.source(element), shown, start, end(element)));
            draft(start).images.add(image);
        }

        private void openLink(Element element) {
            if (element.hasAttr("href")) {
                OpenLink link = new OpenLink(element, element.attr("href"), start(element), end(element));
                if (current != null) {
                    link.textStart = current.text.length();
                    link.imagesBefore = current.images.size();
                }
                links.push(link);
            }
        }

        private void closeLink(Element element) {
            if (!links.isEmpty() && links.peek().element == element) {
                OpenLink link = links.pop();
                if (current != null) {
                    attach(link, current);
                }
            }
        }

        /**
         * Gives {@code draft} the part of {@code link} it shows: the link's text, or, for a link
         * around nothing but an image, the image, as in Markdown. A link around several blocks (a
         * teaser card) is a link of each.
         */
        private static void attach(OpenLink link, Draft draft) {
            String shown = draft.text.textFrom(link.textStart).strip();
            if (shown.isEmpty() && link.furnitureOnly && draft.images.size() == link.imagesBefore) {
                return;
            }
            if (shown.isEmpty() && draft.images.size() > link.imagesBefore) {
                Draft image = draft.images.get(link.imagesBefore);
                image.links.add(new Link(link.url, image.text.textFrom(0).strip(), link.start, link.end));
            } else {
                draft.links.add(new Link(link.url, shown, link.start, link.end));
            }
        }

        /** Ends the current block: its text, and the images in it, in the order they stand. */
        private void flush() {
            if (current == null) {
                return;
            }
            Draft done = current;
            current = null;
            for (OpenLink link : links) {
                attach(link, done);
                link.textStart = 0;
                link.imagesBefore = 0;
            }
            List<Block> made = new ArrayList<>();
            Block block = done.text.isBlank() ? null : done.toBlock();
            if (block != null && !(CHROME_KINDS.contains(block.kind()) && PageChrome.isChromeText(block.text()))) {
                // A paragraph that is only "SOURCE: AA" is the source line, as in wire copy.
                made.add(block.kind() == BlockKind.PARAGRAPH && SourceLine.is(block.text())
                        ? block.withKind(BlockKind.SOURCE_LINE) : block);
            }
            done.images.forEach(image -> made.add(image.toBlock()));
            bodyStarted |= made.stream().anyMatch(madeBlock -> madeBlock.kind() == BlockKind.PARAGRAPH);
            made.sort(Comparator.comparingInt(Block::sourceStart));
            blocks.addAll(made);
        }

        /** A figure's caption follows its image, wherever the markup puts it: rules read them in that order. */
        private void captionsAfterImages(int figureStart) {
            List<Block> figure = blocks.subList(figureStart, blocks.size());
            int lastImage = -1;
            for (int i = 0; i < figure.size(); i++) {
                if (figure.get(i).kind() == BlockKind.IMAGE) {
                    lastImage = i;
                }
            }
            if (lastImage < 0) {
                return;
            }
            List<Block> ordered = new ArrayList<>();
            List<Block> captions = new ArrayList<>();
            for (int i = 0; i <= lastImage; i++) {
                (figure.get(i).kind() == BlockKind.CAPTION ? captions : ordered).add(figure.get(i));
            }
            ordered.addAll(captions);
            ordered.addAll(figure.subList(lastImage + 1, figure.size()));
            figure.clear();
            blocks.addAll(ordered);
        }

        private Draft draft(int at) {
            if (current == null) {
                current = new Draft(kinds.isEmpty() ? BlockKind.PARAGRAPH : kinds.peek(), at);
            }
            return current;
        }

        /** Where each decoded character stands; text the parser made up stands where reading was. */
        private int[] offsets(Range range, String decoded, boolean inAttribute) {
            int[] offsets;
            if (range.isTracked() && range.startPos() <= range.endPos() && range.endPos() <= source.length()) {
                offsets = decodedOffsets.of(range.startPos(), range.endPos(), decoded, inAttribute);
            } else {
                offsets = new int[decoded.length()];
                Arrays.fill(offsets, lastOffset);
            }
            if (offsets.length > 0) {
                lastOffset = offsets[offsets.length - 1];
            }
            return offsets;
        }

        private int start(Element element) {
            Range range = element.sourceRange();
            if (range.isTracked() && range.startPos() <= source.length()) {
                lastOffset = range.startPos();
            }
            return lastOffset;
        }

        /** Just past the end tag, or past the start tag when the end tag was left out. */
        private int end(Element element) {
            int start = start(element);
            Range startTag = element.sourceRange();
            Range endTag = element.endSourceRange();
            int end = startTag.isTracked() ? startTag.endPos() : start;
            if (endTag.isTracked() && !endTag.isImplicit()) {
                end = Math.max(end, endTag.endPos());
            }
            return Math.max(start, Math.min(end, source.length()));
        }
    }

    /** A block being read: its kind, its shown text, its links and the images met in it. */
    private static final class Draft {
        private final BlockKind kind;
        private final int start;
        private final ShownText text = new ShownText();
        private final List<Link> links = new ArrayList<>();
        private final List<Draft> images = new ArrayList<>();

        Draft(BlockKind kind, int start) {
            this.kind = kind;
            this.start = start;
        }

        Block toBlock() {
            return text.toBlock(kind, links, start);
        }
    }

    /** An {@code <a href>} being read, and where its text starts in the current block. */
    private static final class OpenLink {
        private final Element element;
        private final String url;
        private final int start;
        private final int end;
        private int textStart;
        private int imagesBefore;
        /** Whether the link wraps page furniture (an icon, a logo) and, so far, nothing shown. */
        private boolean furnitureOnly;

        OpenLink(Element element, String url, int start, int end) {
            this.element = element;
            this.url = url;
            this.start = start;
            this.end = end;
        }
    }
}
