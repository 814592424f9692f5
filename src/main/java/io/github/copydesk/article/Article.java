package io.github.copydesk.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
    private final Map<String, List<Block>> metadataValues;

    public Article(String path, ArticleFormat format, String text, Metadata metadata, List<Block> blocks,
            List<InputProblem> problems) {
        this(path, format, text, metadata, blocks, problems, Map.of());
    }

    /**
     * {@code metadataValues} holds, by field name ({@code image.credit} for a nested one), the
     * metadata values as {@link BlockKind#METADATA} blocks mapped to their place in the file.
     */
    public Article(String path, ArticleFormat format, String text, Metadata metadata, List<Block> blocks,
            List<InputProblem> problems, Map<String, List<Block>> metadataValues) {
        this.path = path;
        this.format = format;
        this.text = text;
        this.lines = new LineIndex(text);
        this.metadata = metadata;
        this.blocks = List.copyOf(blocks);
        this.problems = List.copyOf(problems);
        this.metadataValues = Map.copyOf(metadataValues);
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
        List<Block> inKinds = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (kinds.contains(block.kind())) {
                inKinds.add(block);
            }
        }
        return Collections.unmodifiableList(inKinds);
    }

    /**
     * What a reader sees of the source between two offsets, at most {@code maxLength} characters
     * of it: the characters of the blocks that stand there, a line break between blocks. Empty when
     * no block's text stands there. A block's text runs forwards through the source, so the first
     * character is found by bisection: a finding costs what it shows, not the length of its block.
     */
    public String shownText(int sourceStart, int sourceEnd, int maxLength) {
        StringBuilder shown = new StringBuilder();
        for (Block block : blocks) {
            if (block.sourceEnd() <= sourceStart || block.sourceStart() >= sourceEnd) {
                continue;
            }
            int before = shown.length();
            String blockText = block.text();
            for (int i = firstAtOrAfter(block, sourceStart); i < blockText.length(); i++) {
                int offset = block.sourceOffset(i);
                if (offset >= sourceEnd || shown.length() >= maxLength) {
                    break;
                }
                if (shown.length() == before && before > 0) {
                    shown.append('\n');
                }
                shown.append(blockText.charAt(i));
            }
        }
        return shown.toString();
    }

    private static int firstAtOrAfter(Block block, int sourceOffset) {
        int low = 0;
        int high = block.text().length();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (block.sourceOffset(middle) < sourceOffset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The values of metadata field {@code field} where the file states them, one block per value
     * (a list field gives one per item); empty when the field is absent or has no place in the file.
     */
    public List<Block> metadataValues(String field) {
        return metadataValues.getOrDefault(field, List.of());
    }

    /** Problems the parser met and worked around (broken front matter, say). */
    public List<InputProblem> problems() {
        return problems;
    }
}
