package io.github.copydesk.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown articles: YAML or TOML front matter for the metadata, then the CommonMark body,
 * whose headings, paragraphs, quotes, list items and images become blocks. Markup is dropped from
 * the blocks' text, but every character keeps its offset in the original file, front matter
 * included. Code, HTML and thematic breaks are not article prose and yield no blocks, except the
 * pictures raw HTML shows: its photos ({@code <img>}, read as an HTML page reads them) are images,
 * and their figures' captions captions.
 */
public final class MarkdownParser implements ArticleParser {
    private final Parser commonmark =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    @Override
    public Article parse(String path, String text) {
        FrontMatter frontMatter = FrontMatter.read(text);
        int bodyStart = frontMatter.bodyStart();
        List<Block> blocks = new ArrayList<>();
        if (bodyStart < text.length()) {
            Node document = commonmark.parse(text.substring(bodyStart));
            new BodyReader(text, bodyStart, blocks).addBlocks(document);
        }
        return new Article(path, ArticleFormat.MARKDOWN, text, frontMatter.metadata(), SourceLine.settle(blocks),
                frontMatter.problems(), frontMatter.valueBlocks());
    }

    /** Walks one parsed body; CommonMark's source spans are relative to the body, not the file. */
    private static final class BodyReader {
        private final String text;
        private final int bodyStart;
        private final List<Block> blocks;
        /** Offset just past the last inline read: line breaks carry no span and are found from here. */
        private int lastEnd;
        /** The photos of raw HTML tags met in the block being read. */
        private final List<Block> htmlPictures = new ArrayList<>();

        BodyReader(String text, int bodyStart, List<Block> blocks) {
            this.text = text;
            this.bodyStart = bodyStart;
            this.blocks = blocks;
            this.lastEnd = bodyStart;
        }

        void addBlocks(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Heading) {
                    addTextBlock(node, BlockKind.HEADING);
                } else if (node instanceof Paragraph) {
                    addTextBlock(node, paragraphKind(node));
                } else if (node instanceof BlockQuote || node instanceof ListBlock || node instanceof ListItem) {
                    addBlocks(node);
                } else if (node instanceof HtmlBlock html) {
                    blocks.addAll(pictures(html.getLiteral(), start(html)));
                }
            }
        }

        /** The innermost container decides: a list inside a quote holds list items. */
        private static BlockKind paragraphKind(Node paragraph) {
            for (Node parent = paragraph.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof BlockQuote) {
                    return BlockKind.QUOTE;
                }
                if (parent instanceof ListItem) {
                    return BlockKind.LIST_ITEM;
                }
            }
            return BlockKind.PARAGRAPH;
        }

        /** A heading or paragraph, and an image block for each image in it, in source order. */
        private void addTextBlock(Node node, BlockKind kind) {
            lastEnd = start(node);
            BlockText main = new BlockText(start(node));
            List<BlockText> images = new ArrayList<>();
            htmlPictures.clear();
            addInlines(node, main, images);
            List<Block> made = new ArrayList<>(htmlPictures);
            if (!main.isBlank()) {
                Block block = main.toBlock(kind);
                // A paragraph that is only "SOURCE: AA" is the source line, as in wire copy.
                if (kind == BlockKind.PARAGRAPH && SourceLine.is(block.text())) {
                    block = block.withKind(BlockKind.SOURCE_LINE);
                }
                made.add(block);
            }
            images.forEach(image -> made.add(image.toBlock(BlockKind.IMAGE)));
            made.sort(Comparator.comparingInt(Block::sourceStart));
            blocks.addAll(made);
        }

        private void addInlines(Node parent, BlockText target, List<BlockText> images) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                addInline(node, target, images);
            }
        }

        private void addInline(Node node, BlockText target, List<BlockText> images) {
            if (node instanceof Text literal) {
                appendLiteral(target, literal.getLiteral(), start(node), end(node));
            } else if (node instanceof Code code) {
                appendCode(target, code);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                appendLineBreak(target);
            } else if (node instanceof Image image) {
                addImage(image, target, images);
            } else if (node instanceof org.commonmark.node.Link link) {
                addLink(link, target, images);
            } else if (node instanceof HtmlInline html) {
                target.skipGap();
                htmlPictures.addAll(pictures(html.getLiteral(), start(html)));
            } else {
                // Emphasis, strong emphasis and the like: only their content is text.
                addInlines(node, target, images);
            }
            lastEnd = Math.max(lastEnd, end(node));
        }

        /**
         * Appends a literal that stands for the source range {@code [start, end)}. Where the two
         * agree at either end, characters map exactly; the changed stretch between (escapes,
         * entities) maps to where the change begins.
         */
        private void appendLiteral(BlockText target, String literal, int start, int end) {
            if (literal.length() == end - start && text.startsWith(literal, start)) {
                // Most text stands as written: one comparison in the JDK instead of a loop here.
                target.append(literal, start);
                return;
            }
            int common = Math.min(literal.length(), end - start);
            int prefix = 0;
            while (prefix < common && literal.charAt(prefix) == text.charAt(start + prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < common - prefix
                    && literal.charAt(literal.length() - 1 - suffix) == text.charAt(end - 1 - suffix)) {
                suffix++;
            }
            target.append(literal.substring(0, prefix), start);
            int changedAt = Math.min(start + prefix, Math.max(start, end - 1));
            for (int i = prefix; i < literal.length() - suffix; i++) {
                target.append(String.valueOf(literal.charAt(i)), changedAt);
            }
            target.append(literal.substring(literal.length() - suffix), end - suffix);
        }

        /** A code span's literal usually stands unchanged between its backticks. */
        private void appendCode(BlockText target, Code code) {
            String literal = code.getLiteral();
            int start = start(code);
            int end = end(code);
            int at = literal.isEmpty() ? -1 : text.indexOf(literal, start);
            if (at >= 0 && at + literal.length() <= end) {
                target.append(literal, at);
            } else {
                appendLiteral(target, literal, start, end);
            }
        }

        private void appendLineBreak(BlockText target) {
            int newline = text.indexOf('\n', lastEnd);
            int at = newline < 0 ? lastEnd : newline;
            target.append("\n", at);
            lastEnd = at + 1;
        }

        /** An image is a block of its own: its alt text, with its destination and title as a link. */
        private void addImage(Image image, BlockText paragraph, List<BlockText> images) {
            BlockText alt = new BlockText(start(image));
            alt.addLink(new Link(image.getDestination(), Objects.requireNonNullElse(image.getTitle(), ""),
                    start(image), end(image)));
            images.add(alt);
            addInlines(image, alt, images);
            paragraph.skipGap();
        }

        /**
         * The photos in raw HTML standing at {@code start}, and their figures' captions, as an
         * HTML page gives them. Where the HTML stands in the file as parsed, each character keeps
         * its offset; where a container's markers were taken out of it, all stand at its start.
         */
        private List<Block> pictures(String html, int start) {
            if (!html.toLowerCase(Locale.ROOT).contains("<img")) {
                return List.of();
            }
            boolean exact = text.startsWith(html, start);
            List<Block> pictures = new ArrayList<>();
            for (Block block : new HtmlParser().parse("", html).blocks()) {
                if (block.kind() == BlockKind.IMAGE || block.kind() == BlockKind.CAPTION) {
                    pictures.add(moved(block, start, exact ? -1 : start));
                }
            }
            return pictures;
        }

        /** {@code block} of an HTML snippet read apart, placed at {@code shift} in the file, or all at {@code fixed}. */
        private static Block moved(Block block, int shift, int fixed) {
            SourceMap.Builder map = new SourceMap.Builder();
            for (int i = 0; i < block.text().length(); i++) {
                map.add(fixed >= 0 ? fixed : shift + block.sourceOffset(i), 1);
            }
            SourceMap places = map.length() == 0
                    ? SourceMap.contiguous(fixed >= 0 ? fixed : shift + block.sourceStart(), 0) : map.build();
            List<Link> links = block.links().stream().map(link -> fixed >= 0
                    ? new Link(link.url(), link.text(), fixed, fixed + 1)
                    : new Link(link.url(), link.text(), shift + link.sourceStart(), shift + link.sourceEnd())).toList();
            return new Block(block.kind(), block.text(), places, links);
        }

        /** A link belongs to the block that shows its text; a link around an image, to the image. */
        private void addLink(org.commonmark.node.Link node, BlockText target, List<BlockText> images) {
            int textBefore = target.length();
            int imagesBefore = images.size();
            addInlines(node, target, images);
            Link link = new Link(node.getDestination(), plainText(node), start(node), end(node));
            boolean wrapsOnlyImages = target.length() == textBefore && images.size() > imagesBefore;
            (wrapsOnlyImages ? images.get(imagesBefore) : target).addLink(link);
        }

        /** A link's visible text: what a reader sees, image alt text included. */
        private static String plainText(Node parent) {
            StringBuilder plain = new StringBuilder();
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Text literal) {
                    plain.append(literal.getLiteral());
                } else if (node instanceof Code code) {
                    plain.append(code.getLiteral());
                } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                    plain.append('\n');
                } else if (!(node instanceof HtmlInline)) {
                    plain.append(plainText(node));
                }
            }
            return plain.toString();
        }

        private int start(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? lastEnd : bodyStart + spans.get(0).getInputIndex();
        }

        private int end(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return lastEnd;
            }
            SourceSpan last = spans.get(spans.size() - 1);
            return bodyStart + last.getInputIndex() + last.getLength();
        }
    }

    /** The plain text of one block as it is built, with where each piece came from. */
    private static final class BlockText {
        private final List<Piece> pieces = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final int nodeStart;
        private int length;
        private boolean afterGap;

        BlockText(int nodeStart) {
            this.nodeStart = nodeStart;
        }

        void append(String piece, int sourceStart) {
            if (piece.isEmpty()) {
                return;
            }
            int skip = 0;
            // Text around a removed image or HTML tag would otherwise keep both neighbours' spaces.
            if (afterGap && (length == 0 || endsWithWhitespace())) {
                while (skip < piece.length() && (piece.charAt(skip) == ' ' || piece.charAt(skip) == '\t')) {
                    skip++;
                }
            }
            afterGap = false;
            if (skip < piece.length()) {
                pieces.add(new Piece(piece.substring(skip), sourceStart + skip));
                length += piece.length() - skip;
            }
        }

        /** Marks where an image or HTML tag was taken out of the text. */
        void skipGap() {
            afterGap = true;
        }

        void addLink(Link link) {
            links.add(link);
        }

        int length() {
            return length;
        }

        boolean isBlank() {
            for (Piece piece : pieces) {
                if (!piece.text().isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** The block, its text trimmed; an empty text still points at the node that produced it. */
        Block toBlock(BlockKind kind) {
            StringBuilder joined = new StringBuilder(length);
            for (Piece piece : pieces) {
                joined.append(piece.text());
            }
            String whole = joined.toString();
            int from = 0;
            while (from < whole.length() && Character.isWhitespace(whole.charAt(from))) {
                from++;
            }
            int to = whole.length();
            while (to > from && Character.isWhitespace(whole.charAt(to - 1))) {
                to--;
            }
            SourceMap.Builder builder = new SourceMap.Builder();
            int offset = 0;
            for (Piece piece : pieces) {
                int start = Math.max(from, offset);
                int end = Math.min(to, offset + piece.text().length());
                builder.add(piece.sourceStart() + start - offset, end - start);
                offset += piece.text().length();
            }
            SourceMap map = builder.length() == 0 ? SourceMap.contiguous(nodeStart, 0) : builder.build();
            return new Block(kind, whole.substring(from, to), map, links);
        }

        private boolean endsWithWhitespace() {
            String last = pieces.get(pieces.size() - 1).text();
            return Character.isWhitespace(last.charAt(last.length() - 1));
        }
    }

    private record Piece(String text, int sourceStart) {
    }
}
