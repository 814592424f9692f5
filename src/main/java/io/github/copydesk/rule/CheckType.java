package io.github.copydesk.rule;

import io.github.copydesk.article.BlockKind;
import java.util.Set;
import java.util.function.Function;

/**
 * A kind of check a rule file can name in {@code check:}: the options it accepts, the blocks it
 * reads unless the rule says otherwise, and how to build it from the options.
 */
public record CheckType(
        String name, Set<String> optionNames, Set<BlockKind> defaultScope,
        Function<CheckOptions, Check> factory) {

    public Check create(CheckOptions options) {
        return factory.apply(options);
    }
}
