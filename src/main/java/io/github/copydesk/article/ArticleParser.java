package io.github.copydesk.article;

/** Turns an article's text into the shared model. Never throws for bad content: it records a problem. */
public interface ArticleParser {
    Article parse(String path, String text);
}
