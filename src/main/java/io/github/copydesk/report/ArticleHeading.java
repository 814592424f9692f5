package io.github.copydesk.report;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.ArticleFormat;
import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an editor knows an article by: its headline as the page shows it (the first headline block,
 * else the title its metadata gives, else the heading it opens with) and its publication date,
 * each empty when the article does not say. Read from the article as the checks parse it.
 */
record ArticleHeading(String headline, String date) {
    /** Code points of a headline shown; a longer one is cut at a word with an ellipsis. */
    static final int LONGEST_HEADLINE = 160;

    static final ArticleHeading UNKNOWN = new ArticleHeading("", "");

    ArticleHeading {
        headline = headline == null ? "" : shorten(headline.strip().replaceAll("\\s+", " "));
        date = date == null ? "" : date;
    }

    /** The heading of the article at {@code path} (its format is chosen by name) whose text is {@code text}. */
    static ArticleHeading of(String path, String text) {
        Optional<ArticleFormat> format = ArticleFormat.ofFileName(path);
        if (format.isEmpty()) {
            return UNKNOWN;
        }
        Article article;
        try {
            article = format.get().parser().parse(path, text);
        } catch (RuntimeException | StackOverflowError e) {
            // The run reported this file as unparseable; its path stands in for the headline.
            return UNKNOWN;
        }
        String headline = article.blocks().stream().filter(block -> block.kind() == BlockKind.HEADLINE)
                .map(Block::text).filter(shown -> !shown.isBlank()).findFirst()
                .orElseGet(() -> titleOrOpeningHeading(article));
        LocalDate date = article.metadata().publicationDate();
        return new ArticleHeading(headline, date == null ? "" : date.toString());
    }

    /** The title the metadata gives, else the heading the article opens with (a Markdown body's {@code # Title}). */
    private static String titleOrOpeningHeading(Article article) {
        String title = article.metadata().title();
        if (title != null && !title.isBlank()) {
            return title;
        }
        List<Block> blocks = article.blocks();
        return !blocks.isEmpty() && blocks.get(0).kind() == BlockKind.HEADING ? blocks.get(0).text() : "";
    }

    private static String shorten(String headline) {
        if (headline.codePointCount(0, headline.length()) <= LONGEST_HEADLINE) {
            return headline;
        }
        String cut = headline.substring(0, headline.offsetByCodePoints(0, LONGEST_HEADLINE));
        int lastSpace = cut.lastIndexOf(' ');
        return (lastSpace > LONGEST_HEADLINE / 2 ? cut.substring(0, lastSpace) : cut) + "…";
    }
}
