package io.github.copydesk.article;

/** What part of an article a block is; rules choose the kinds they read. */
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
    SOURCE_LINE
}
