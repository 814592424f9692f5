package io.github.copydesk.rule.check;

import io.github.copydesk.article.BlockKind;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.OptionException;
import java.util.Optional;
import java.util.Set;

/** What the rule types a user writes without Java have in common: the case option, body text, limits. */
final class RuleTypeOptions {
    static final String IGNORE_CASE = "ignoreCase";
    static final String MIN = "min";
    static final String MAX = "max";

    /** The body text of an article, where a rule reads unless its file says otherwise. */
    static final Set<BlockKind> BODY_TEXT =
            Set.of(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.QUOTE, BlockKind.LIST_ITEM);

    private RuleTypeOptions() {
    }

    /** Words and patterns match with their case as written unless {@code ignoreCase: true}. */
    static boolean ignoreCase(CheckOptions options) {
        return options.bool(IGNORE_CASE, false);
    }

    /** {@code min} and {@code max}: at least one, neither negative, and {@code min} not above {@code max}. */
    static Limits limits(CheckOptions options) {
        Optional<Integer> min = options.integer(MIN);
        Optional<Integer> max = options.integer(MAX);
        if (min.isEmpty() && max.isEmpty()) {
            throw new OptionException(MAX, "option 'min' or 'max' must be set");
        }
        min.filter(n -> n < 0).ifPresent(n -> {
            throw new OptionException(MIN, "option 'min' must not be negative");
        });
        max.filter(n -> n < 0).ifPresent(n -> {
            throw new OptionException(MAX, "option 'max' must not be negative");
        });
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            throw new OptionException(MIN, "option 'min' (" + min.get() + ") is more than 'max' (" + max.get() + ")");
        }
        return new Limits(min.orElse(0), max.orElse(Integer.MAX_VALUE));
    }

    /** Inclusive bounds on a count. */
    record Limits(int min, int max) {
        /** "more than the 80 allowed" or "fewer than the 2 required", or empty when {@code count} is within. */
        Optional<String> breach(int count) {
            if (count > max) {
                return Optional.of("more than the " + max + " allowed");
            }
            if (count < min) {
                return Optional.of("fewer than the " + min + " required");
            }
            return Optional.empty();
        }
    }
}
