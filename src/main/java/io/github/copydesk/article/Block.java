package io.github.copydesk.article;

import java.util.List;

/**
 * One unit of an article's structure (a headline, a paragraph, a caption ...) with its plain
 * text and the way back from that text to the original file.
 */
public final class Block {
    private final BlockKind kind;
    private final String text;
    private final SourceMap sourceMap;
    private final List<Link> links;

    public Block(BlockKind kind, String text, SourceMap sourceMap, List<Link> links) {
        this.kind = kind;
        this.text = text;
        this.sourceMap = sourceMap;
        this.links = links.isEmpty() ? List.of() : List.copyOf(links);
    }

    /** A block whose text stands unchanged in the source from {@code sourceStart}. */
    public static Block verbatim(BlockKind kind, String text, int sourceStart) {
        return new Block(kind, text, SourceMap.contiguous(sourceStart, text.length()), List.of());
    }

    /** The same text and place, read as another kind. */
    public Block withKind(BlockKind newKind) {
        return new Block(newKind, text, sourceMap, links);
    }

    public BlockKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public List<Link> links() {
        return links;
    }

    /** Offset in the original file of the character at {@code textIndex} of this block's text. */
    public int sourceOffset(int textIndex) {
        return sourceMap.sourceOffset(textIndex);
    }

    public int sourceStart() {
        return sourceOffset(0);
    }

    /** Offset in the original file just past this block's last character. */
    public int sourceEnd() {
        return text.isEmpty() ? sourceStart() : sourceOffset(text.length() - 1) + 1;
    }

    @Override
    public String toString() {
        return kind + "@" + sourceStart() + ": " + text;
    }
}
