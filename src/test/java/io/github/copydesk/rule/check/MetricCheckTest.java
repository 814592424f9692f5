package io.github.copydesk.rule.check;

import static io.github.copydesk.rule.check.Located.check;
import static io.github.copydesk.rule.check.Located.markdown;
import static io.github.copydesk.rule.check.Located.violations;
import static io.github.copydesk.rule.check.Located.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.article.BlockKind;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Scope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricCheckTest {
    private static final String STORY = """
            date 2025-03-11 POLITICS
            Harbour council passes the budget after a long night 🌙
            Councillors approved the plan.
            HARBOURTON, March 11

            The council approved the budget shortly after midnight on Tuesday. It was close.

            Mr. Reed voted against it — and so did four others, who said the ferry money was too little, too late and too vague to count.

            SOURCE:AA
            """;

    @Test
    void headlineCharactersCountAnEmojiAsOne() {
        assertThat(violations(MetricCheck.TYPE, Map.of("measure", "characters", "max", 50), Set.of(BlockKind.HEADLINE),
                wire(STORY))).containsExactly("2:1-2:55 Headline has 54 characters, more than the 50 allowed");
        assertThat(violations(MetricCheck.TYPE, Map.of("measure", "characters", "max", 54), Set.of(BlockKind.HEADLINE),
                wire(STORY))).isEmpty();
    }

    @Test
    void wordsPerParagraphDoNotCountADash() {
        assertThat(violations(MetricCheck.TYPE, Map.of("measure", "words", "max", 24), wire(STORY)))
                .containsExactly("8:1-8:126 Paragraph has 25 words, more than the 24 allowed");
    }

    @Test
    void wordsPerSentenceAreReportedAtTheSentence() {
        assertThat(violations(MetricCheck.TYPE, Map.of("measure", "sentenceWords", "max", 10), wire(STORY)))
                .containsExactly("8:1-8:126 Sentence has 25 words, more than the 10 allowed");
        assertThat(violations(MetricCheck.TYPE, Map.of("measure", "sentenceWords", "min", 4), wire(STORY)))
                .containsExactly("6:68-6:81 Sentence has 3 words, fewer than the 4 required");
    }

    @Test
    void blocksPerArticle() {
        assertThat(violations(MetricCheck.TYPE, Map.of("measure", "blocks", "max", 1), Set.of(BlockKind.PARAGRAPH),
                wire(STORY))).containsExactly("8:1-8:126 Article has 2 paragraphs, more than the 1 allowed");
        assertThat(violations(MetricCheck.TYPE, Map.of("measure", "blocks", "min", 3), Set.of(BlockKind.PARAGRAPH),
                wire(STORY))).containsExactly("8:1-8:126 Article has 2 paragraphs, fewer than the 3 required");
    }

    @Test
    void aFrontMatterTitleIsReadAtItsPlace() {
        String story = "---\ntitle: \"Ferry crews strike over pay\"\ntags: [port, strikes]\n---\n\nText.\n";
        Scope title = new Scope(Set.of(), List.of("title", "tags"));

        assertThat(Located.violations(check(MetricCheck.TYPE, Map.of("measure", "characters", "max", 5)), title,
                markdown(story))).containsExactly(
                "2:9-2:36 Metadata value has 27 characters, more than the 5 allowed",
                "3:14-3:21 Metadata value has 7 characters, more than the 5 allowed");
    }

    @Test
    void anUnknownMeasureNamesTheChoices() {
        assertThatThrownBy(() -> violations(MetricCheck.TYPE, Map.of("measure", "charaters", "max", 1), wire("x\n")))
                .isInstanceOfSatisfying(OptionException.class, e -> {
                    assertThat(e.given()).isEqualTo("charaters");
                    assertThat(e.choices()).containsExactly("characters", "words", "sentenceWords", "blocks");
                })
                .hasMessage("option 'measure' has an unknown value 'charaters'");
        assertThatThrownBy(() -> violations(MetricCheck.TYPE, Map.of("max", 1), wire("x\n")))
                .hasMessage("option 'measure' must be set to one of [characters, words, sentenceWords, blocks]");
    }
}
