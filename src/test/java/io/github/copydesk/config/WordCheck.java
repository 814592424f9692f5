package io.github.copydesk.config;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Violation;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** A minimal check for loader tests: flags each occurrence of one word. */
final class WordCheck implements Check {
    static final CheckType TYPE = new CheckType("word", Set.of("word", "ignoreCase"), Set.of(BlockKind.PARAGRAPH),
            WordCheck::new);
    static final Map<String, CheckType> TYPES = Map.of(TYPE.name(), TYPE);

    private final String word;

    WordCheck(CheckOptions options) {
        word = options.strings("word", java.util.List.of("banned")).get(0);
        options.bool("ignoreCase", false);
        if (word.isBlank()) {
            throw new OptionException("word", "option 'word' must not be empty");
        }
    }

    @Override
    public void check(Article article, Set<BlockKind> scope, Consumer<Violation> report) {
        for (Block block : article.blocks(scope)) {
            int at = block.text().indexOf(word);
            while (at >= 0) {
                report.accept(new Violation(block.sourceOffset(at), block.sourceOffset(at + word.length() - 1) + 1,
                        "Word '" + word + "'"));
                at = block.text().indexOf(word, at + 1);
            }
        }
    }
}
