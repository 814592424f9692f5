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

    /** Problems the parser met and worked around (broken front matter, say). */
    public List<InputProblem> problems() {
        return problems;
    }
}
