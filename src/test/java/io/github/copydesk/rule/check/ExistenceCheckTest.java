package io.github.copydesk.rule.check;

import static io.github.copydesk.rule.check.Located.violations;
import static io.github.copydesk.rule.check.Located.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.rule.OptionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExistenceCheckTest {
    private static final String STORY = """
            The mayor slammed the plan in order to win votes.

            Slammed Records said the band was not slammed
            by anyone. The unslammed door stayed shut.
            """;

    @Test
    void flagsWholeWordsAndPhrasesAcrossLineBreaks() {
        assertThat(violations(ExistenceCheck.TYPE, Map.of("tokens", List.of("slammed", "not slammed by")), wire(STORY)))
                .containsExactly(
                        "1:11-1:18 Avoid 'slammed'",
                        "3:39-3:46 Avoid 'slammed'",
                        "3:35-4:3 Avoid 'not slammed\nby'");
    }

    @Test
    void caseIsKeptUnlessIgnoreCase() {
        Map<String, Object> options = Map.of("tokens", List.of("SLAMMED"), "ignoreCase", true);

        assertThat(violations(ExistenceCheck.TYPE, Map.of("tokens", List.of("SLAMMED")), wire(STORY))).isEmpty();
        assertThat(violations(ExistenceCheck.TYPE, options, wire(STORY)))
                .containsExactly("1:11-1:18 Avoid 'slammed'", "3:1-3:8 Avoid 'Slammed'", "3:39-3:46 Avoid 'slammed'");
    }

    @Test
    void exceptionsExcuseMatchesInsideThem() {
        Map<String, Object> options = Map.of("tokens", List.of("slammed"), "ignoreCase", true,
                "exceptions", List.of("Slammed Records"));

        assertThat(violations(ExistenceCheck.TYPE, options, wire(STORY)))
                .containsExactly("1:11-1:18 Avoid 'slammed'", "3:39-3:46 Avoid 'slammed'");
    }

    @Test
    void patternsAreRegularExpressions() {
        Map<String, Object> options = Map.of("patterns", List.of("\\b[0-9]+ ?per ?cent\\b"));

        assertThat(violations(ExistenceCheck.TYPE, options, wire("Prices rose 4 per cent and 12percent.\n")))
                .containsExactly("1:13-1:23 Avoid '4 per cent'", "1:28-1:37 Avoid '12percent'");
    }

    @Test
    void readsOnlyItsScope() {
        String story = """
                date 2025-03-01 WORLD
                Mayor slammed over tram plan
                The council meets on Monday.
                HARBOURTON, March 1

                The plan was slammed by the opposition.

                SOURCE:AA
                """;

        assertThat(violations(ExistenceCheck.TYPE, Map.of("tokens", List.of("slammed")), wire(story)))
                .containsExactly("6:14-6:21 Avoid 'slammed'");
    }

    @Test
    void aHostilePatternOverAHugeLineFinishes() {
        String line = "a".repeat(100_000);
        Map<String, Object> options = Map.of("patterns", List.of("(a+)+$"));

        assertThat(violations(ExistenceCheck.TYPE, options, wire(line + "b\n"))).isEmpty();
        assertThat(violations(ExistenceCheck.TYPE, options, wire(line + "\n"))).singleElement().asString()
                .startsWith("1:1-1:100001 Avoid 'aaaa");
    }

    @Test
    void needsAWordOrAPattern() {
        assertThatThrownBy(() -> violations(ExistenceCheck.TYPE, Map.of("ignoreCase", true), wire("x\n")))
                .isInstanceOf(OptionException.class)
                .hasMessage("option 'tokens' or 'patterns' must list at least one word or pattern");
    }

    @Test
    void anInvalidPatternShowsRe2sMessage() {
        assertThatThrownBy(() -> violations(ExistenceCheck.TYPE, Map.of("patterns", List.of("ok", "(a")), wire("x\n")))
                .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.item()).isEqualTo(1))
                .hasMessage("option 'patterns' has an invalid regular expression '(a': error parsing regexp: missing closing ): `(a`");
    }

    @Test
    void aLookAheadIsNotRe2Syntax() {
        assertThatThrownBy(() -> violations(ExistenceCheck.TYPE, Map.of("patterns", List.of("said(?= on)")), wire("x\n")))
                .hasMessageStartingWith("option 'patterns' has an invalid regular expression 'said(?= on)': error parsing regexp:");
    }
}
