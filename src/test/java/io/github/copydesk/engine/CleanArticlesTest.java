package io.github.copydesk.engine;

import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.RuleSetLoader;
import io.github.copydesk.config.RuleSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards against false positives: every article under {@code clean-articles} credits its source
 * in a form real copy uses and carries no CMS leftovers, so the built-in rules must find nothing.
 * The corpus mixes wire styles (SOURCE lines, Reuters, AP, AA, AFP, Xinhua, DPA, PTI, IHA/ILKHA
 * datelines and credits, outlet-with-agencies credits, bylines) and Markdown with front matter,
 * and includes text that only looks like promo ("read more", "related", "download its app" in
 * reported speech, subheadings, quoted posts, figure lists, plain URLs).
 */
class CleanArticlesTest {
    private static final int CORPUS_SIZE = 116;

    @Test
    void cleanArticlesProduceNoFindings() throws Exception {
        Path base = Path.of(getClass().getResource("/clean-articles").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(base)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        RuleSet ruleSet = new RuleSetLoader().load(RuleSettings.defaults(base));

        LintResult result = new Linter().lint(new LintRequest(base, files, StandardCharsets.UTF_8,
                LintRequest.DEFAULT_MAX_FILE_SIZE, ruleSet, 2));

        assertSoftly(softly -> {
            softly.assertThat(result.findings())
                    .as("findings on clean articles (false positives) in %s", base)
                    .isEmpty();
            softly.assertThat(result.filesChecked()).as("articles in the clean corpus").isEqualTo(CORPUS_SIZE);
        });
    }
}
