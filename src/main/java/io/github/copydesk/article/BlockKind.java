package io.github.copydesk.article;

/**
 * What part of an article a block is; rules choose the kinds they read. {@link #METADATA} is the
 * kind of a front-matter or header value a rule reads through a {@code metadata.<field>} scope; such
 * blocks are never among {@link Article#blocks()}.
 */
public enum BlockKind {
    HEADLINE,
    STANDFIRST,
    CAPTION,
    DATELINE,
    PARAGRAPH,
    HEADING,
    QUOTE,
    IMAGE,
    LIST_ITEM,
    SOURCE_LINE,
    METADATA
}
