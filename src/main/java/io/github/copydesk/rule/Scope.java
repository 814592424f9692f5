package io.github.copydesk.rule;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a rule reads: block kinds, and metadata fields named in a rule file as
 * {@code metadata.<field>}, whose values are read as {@link BlockKind#METADATA} blocks at their
 * place in the file.
 */
public record Scope(Set<BlockKind> kinds, List<String> metadataFields) {
    /** How a rule file names a metadata field in {@code scope}. */
    public static final String METADATA_PREFIX = "metadata.";

    public Scope {
        // No block of the article has the METADATA kind: metadata values are read by field. An
        // enum set, since every check asks it of every block.
        EnumSet<BlockKind> read = EnumSet.noneOf(BlockKind.class);
        read.addAll(kinds);
        read.remove(BlockKind.METADATA);
        kinds = Collections.unmodifiableSet(read);
        metadataFields = List.copyOf(metadataFields);
    }

    public static Scope of(Set<BlockKind> kinds) {
        return new Scope(kinds, List.of());
    }

    /** The blocks of {@code article} in this scope, metadata values included, in file order. */
    public List<Block> blocks(Article article) {
        if (metadataFields.isEmpty()) {
            return article.blocks(kinds);
        }
        List<Block> blocks = new ArrayList<>(article.blocks(kinds));
        metadataFields.forEach(field -> blocks.addAll(article.metadataValues(field)));
        blocks.sort(Comparator.comparingInt(Block::sourceStart));
        return blocks;
    }

    /** As a rule file writes it: {@code [HEADLINE, metadata.title]}. */
    @Override
    public String toString() {
        return Stream.concat(kinds.stream().sorted().map(Enum::name),
                        metadataFields.stream().map(field -> METADATA_PREFIX + field))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
