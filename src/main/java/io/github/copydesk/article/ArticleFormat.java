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
