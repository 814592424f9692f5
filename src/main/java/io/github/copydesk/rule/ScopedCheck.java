package io.github.copydesk.rule;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.BlockKind;
import java.util.Set;
import java.util.function.Consumer;

/** A check that can read metadata values as well as blocks: it implements the {@link Scope} form. */
public interface ScopedCheck extends Check {
    @Override
    void check(Article article, Scope scope, Consumer<Violation> report);

    @Override
    default void check(Article article, Set<BlockKind> kinds, Consumer<Violation> report) {
        check(article, Scope.of(kinds), report);
    }
}
