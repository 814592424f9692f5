package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.engine.Judgement.Mark;
import io.github.copydesk.engine.Judgement.RuleScore;
import io.github.copydesk.engine.Judgement.Truth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgementTest {
    @TempDir
    Path folder;

    @Test
    void countsRightWrongUncertainAndMissedFindingsPerRule() {
        List<Truth> truth = List.of(
                new Truth("a.txt", "promo-link", 5, false),
                new Truth("a.txt", "promo-link", 9, true),
                new Truth("b.txt", "promo-link", 3, false),
                new Truth("b.txt", "source-line", 7, false));
        List<Mark> findings = List.of(
                new Mark("a.txt", "promo-link", 5),
                new Mark("a.txt", "promo-link", 9),
                new Mark("a.txt", "promo-link", 11),
                new Mark("b.txt", "source-line", 6));

        Judgement judgement = Judgement.score(findings, truth);

        assertThat(judgement.rule("promo-link")).isEqualTo(new RuleScore("promo-link", 3, 1, 1, 1, 1));
        assertThat(judgement.rule("promo-link").precision()).isEqualTo(0.5);
        assertThat(judgement.rule("promo-link").recall()).isEqualTo(0.5);
        assertThat(judgement.rule("source-line")).isEqualTo(new RuleScore("source-line", 1, 0, 1, 0, 1));
        assertThat(judgement.wrong()).containsExactly(new Mark("a.txt", "promo-link", 11),
                new Mark("b.txt", "source-line", 6));
        assertThat(judgement.missed()).containsExactly(new Truth("b.txt", "promo-link", 3, false),
                new Truth("b.txt", "source-line", 7, false));
    }

    @Test
    void aRowIsMatchedByOneFindingAndAnUnmatchedUncertainRowIsNoMiss() {
        List<Truth> truth = List.of(
                new Truth("a.txt", "quote-attribution", 4, false),
                new Truth("a.txt", "quote-attribution", 8, true));
        List<Mark> findings = List.of(new Mark("a.txt", "quote-attribution", 4),
                new Mark("a.txt", "quote-attribution", 4));

        RuleScore score = Judgement.score(findings, truth).rule("quote-attribution");

        assertThat(score).isEqualTo(new RuleScore("quote-attribution", 2, 1, 1, 0, 0));
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void aRuleMatchedByFileTakesARowOfTheSameArticleOnAnotherLineOnlyWhenNoneIsOnItsOwn() {
        List<Truth> truth = List.of(
                new Truth("a.txt", "source-line", 1, false),
                new Truth("b.txt", "source-line", 4, false),
                new Truth("b.txt", "source-line", 9, false),
                new Truth("c.txt", "source-line", 1, true),
                new Truth("a.txt", "promo-link", 3, false));
        List<Mark> findings = List.of(
                new Mark("a.txt", "source-line", 12),
                new Mark("b.txt", "source-line", 9),
                new Mark("c.txt", "source-line", 7),
                new Mark("d.txt", "source-line", 5),
                new Mark("a.txt", "promo-link", 4));

        Judgement byFile = Judgement.score(findings, truth, Set.of("source-line"));
        Judgement byLine = Judgement.score(findings, truth);

        assertThat(byFile.rule("source-line")).isEqualTo(new RuleScore("source-line", 4, 2, 1, 1, 1));
        assertThat(byFile.missed()).containsExactly(new Truth("a.txt", "promo-link", 3, false),
                new Truth("b.txt", "source-line", 4, false));
        assertThat(byFile.rule("promo-link")).isEqualTo(new RuleScore("promo-link", 1, 0, 1, 0, 1));
        assertThat(byLine.rule("source-line")).isEqualTo(new RuleScore("source-line", 4, 1, 3, 0, 2));
    }

    @Test
    void aRuleWithNothingToCountHasNoPrecisionOrRecallAndTheTableSaysSo() {
        Judgement judgement = Judgement.score(List.of(new Mark("a.txt", "date-consistency", 2)),
                List.of(new Truth("a.txt", "date-consistency", 2, true), new Truth("b.txt", "photo-credit", 1, true)));

        assertThat(judgement.rule("photo-credit").precision()).isNaN();
        assertThat(judgement.rule("date-consistency").recall()).isNaN();
        assertThat(judgement.table()).hasSize(4);
        assertThat(judgement.table().get(2).split("\\s+"))
                .containsExactly("photo-credit", "0", "0", "0", "0", "0", "-", "-");
        assertThat(judgement.table().get(3).split("\\s+"))
                .containsExactly("all", "rules", "1", "0", "0", "1", "0", "-", "-");
    }

    @Test
    void readsTruthRowsAndRejectsAMalformedRowByItsLine() throws Exception {
        Path good = folder.resolve("truth.jsonl");
        Files.writeString(good, """
                {"file": "world/dam.txt", "rule": "promo-link", "line": 12, "uncertain": false}

                {"file": "world\\\\pass.txt", "rule": "source-line", "line": 3, "uncertain": true}
                {"file": "a.md", "rule": "photo-credit", "line": 1}
                """);
        Path bad = folder.resolve("bad.jsonl");
        Files.writeString(bad, """
                {"file": "a.txt", "rule": "promo-link", "line": 1, "uncertain": false}
                {"file": "a.txt", "rule": "promo-link", "line": "12", "uncertain": false}
                """);

        assertThat(Judgement.readTruth(good)).containsExactly(
                new Truth("world/dam.txt", "promo-link", 12, false),
                new Truth("world/pass.txt", "source-line", 3, true),
                new Truth("a.md", "photo-credit", 1, false));
        assertThatThrownBy(() -> Judgement.readTruth(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.jsonl:2")
                .hasMessageContaining("\"line\"");
    }
}
