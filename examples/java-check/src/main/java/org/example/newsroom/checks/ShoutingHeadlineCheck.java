package org.example.newsroom.checks;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.Violation;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code shouting-headline} check: a headline set in capitals throughout, which the site's
 * style sheet capitalises itself. Letters are counted, so a label such as "LIVE", under its {@code minLetters}
 * (6 unless the rule file says otherwise), is left alone.
 */
final class ShoutingHeadlineCheck implements Check {
    static final String MIN_LETTERS = "minLetters";

    static final CheckType TYPE = new CheckType("shouting-headline", Set.of(MIN_LETTERS), Set.of(BlockKind.HEADLINE),
            ShoutingHeadlineCheck::new);

    private final int minLetters;

    private ShoutingHeadlineCheck(CheckOptions options) {
        minLetters = options.integer(MIN_LETTERS, 6);
    }

    @Override
    public void check(Article article, Set<BlockKind> scope, Consumer<Violation> report) {
        for (Block block : article.blocks(scope)) {
            long letters = block.text().codePoints().filter(Character::isLetter).count();
            boolean lowerCase = block.text().codePoints().anyMatch(Character::isLowerCase);
            if (letters >= minLetters && !lowerCase) {
                report.accept(Violation.over(block, "Headline in capitals: write it in sentence case"));
            }
        }
    }
}
