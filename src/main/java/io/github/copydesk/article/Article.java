package io.github.copydesk.article;

import java.util.List;
import java.util.Set;

/**
 * A parsed article: the same model for every format, so one rule serves them all. Offsets in
 * blocks and links are offsets into {@code text}, the file's decoded text with line ends
 * normalised to {@code \n}.
 */
public final class Article {
    private final String path;
    private final ArticleFormat format;
    private final String text;
    private final LineIndex lines;
    private final Metadata metadata;
    private final List<Block> blocks;
    private final List<InputProblem> problems;

    public Article(String path, ArticleFormat format, String text, Metadata metadata, List<Block> blocks,
            List<InputProblem> problems) {
        this.path = path;
        this.format = format;
        this.text = text;
        this.lines = new LineIndex(text);
        this.metadata = metadata;
        this.blocks = List.copyOf(blocks);
        this.problems = List.copyOf(problems);
    }

    /** The path as reports show it: relative to the base directory, with {@code /} separators. */
    public String path() {
        return path;
    }

    public ArticleFormat format() {
        return format;
    }

    public String text() {
        return text;
    }

    public LineIndex lines() {
        return lines;
    }

    public Metadata metadata() {
        return metadata;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<Block> blocks(Set<BlockKind> kinds) {
        return blocks.stream().filter(b -> kinds.contains(b.kind())).toList();
    }

    /**
     * What a reader sees of the source between two offsets: the characters of the blocks that
     * stand there, a line break between blocks. Empty when no block's text stands there.
     */
    public String shownText(int sourceStart, int sourceEnd) {
        StringBuilder shown = new StringBuilder();
        for (Block block : blocks) {
            if (block.sourceEnd() <= sourceStart || block.sourceStart() >= sourceEnd) {
                continue;
            }
            int before = shown.length();
            String blockText = block.text();
            for (int i = 0; i < blockText.length(); i++) {
                int offset = block.sourceOffset(i);
                if (offset >= sourceStart && offset < sourceEnd) {
                    if (shown.length() == before && before > 0) {
                        shown.append('\n');
                    }
                    shown.append(blockText.charAt(i));
                }
            }
        }
        return shown.toString();
    }

    /** Problems the parser met and worked around (broken front matter, say). */
    public List<InputProblem> problems() {
        return problems;
    }
}
