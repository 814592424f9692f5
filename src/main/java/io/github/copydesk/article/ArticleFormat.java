package io.github.copydesk.article;

import java.util.Locale;
import java.util.Optional;

/** The file formats copydesk reads, chosen by file name extension. */
public enum ArticleFormat {
    WIRE_TEXT("txt"),
    MARKDOWN("md", "markdown"),
    HTML("html", "htm");

    private final String[] extensions;

    ArticleFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** A parser for whole articles in this format. */
    public ArticleParser parser() {
        return switch (this) {
            case WIRE_TEXT -> WireTextParser.forArticles();
            case MARKDOWN -> new MarkdownParser();
            case HTML -> new HtmlParser();
        };
    }

    public static Optional<ArticleFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ArticleFormat format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith("." + extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
