package io.github.copydesk.rule;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.BlockKind;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The code behind a rule. An instance is built once from the rule's options and then shared by
 * all threads, so it must keep no state between calls.
 */
public interface Check {
    /** Reads the blocks of {@code article} whose kind is in {@code scope} and reports what is wrong. */
    void check(Article article, Set<BlockKind> scope, Consumer<Violation> report);

    /**
     * Reads what {@code scope} names. A check that reads only blocks ignores its metadata fields;
     * one that reads metadata values too implements {@link ScopedCheck}.
     */
    default void check(Article article, Scope scope, Consumer<Violation> report) {
        check(article, scope.kinds(), report);
    }

    /**
     * Whether the check reads the article's metadata (front matter, HTML meta tags) to decide: it
     * is not run on an article whose metadata could not be read, where it would take the
     * metadata for absent.
     */
    default boolean readsMetadata() {
        return false;
    }
}
