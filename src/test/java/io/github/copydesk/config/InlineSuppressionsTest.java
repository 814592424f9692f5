package io.github.copydesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InlineSuppressionsTest {
    private static final Set<String> RULES = Set.of("promo-link", "source-line", "quote-attribution");

    private static Finding at(int line, String rule) {
        return new Finding("a.md", line, 1, line, 2, rule, Severity.ERROR, "found", "x", "x", "");
    }

    private static InlineSuppressions.Outcome apply(String text, Finding... findings) {
        return InlineSuppressions.apply("a.md", text, List.of(findings), RULES);
    }

    private static List<String> problems(InlineSuppressions.Outcome outcome) {
        return outcome.problems().stream().map(f -> f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.message())
                .toList();
    }

    @Test
    void disableNextLineCoversTheNextLineThatIsNotBlank() {
        String text = "Intro.\n\n<!-- copydesk-disable-next-line promo-link -- partner teaser, kept by contract -->\n\n👉\n\n👉\n";

        InlineSuppressions.Outcome outcome = apply(text, at(5, "promo-link"), at(7, "promo-link"));

        assertThat(outcome.suppressed()).containsExactly(new SuppressedFinding(at(5, "promo-link"),
                SuppressedFinding.Kind.INLINE, "partner teaser, kept by contract"));
        assertThat(outcome.active()).containsExactly(at(7, "promo-link"));
        assertThat(outcome.problems()).isEmpty();
    }

    @Test
    void disableCoversTheLinesUpToItsEnableAndOnlyItsRules() {
        String text = """
                One.
                <!-- copydesk-disable quote-attribution, promo-link -- quotes from the court record -->
                Three.
                Four.
                <!-- copydesk-enable quote-attribution -->
                Six.
                """;

        InlineSuppressions.Outcome outcome = apply(text, at(1, "quote-attribution"), at(3, "quote-attribution"),
                at(4, "source-line"), at(6, "quote-attribution"), at(6, "promo-link"));

        assertThat(outcome.suppressed()).extracting(s -> s.finding().line() + " " + s.finding().ruleId())
                .containsExactly("3 quote-attribution", "6 promo-link");
        assertThat(outcome.active()).containsExactly(at(1, "quote-attribution"), at(4, "source-line"),
                at(6, "quote-attribution"));
        assertThat(outcome.problems()).isEmpty();
    }

    @Test
    void disableFileCoversEveryLine() {
        String text = "One.\n\nTwo.\n\n<!-- copydesk-disable-file promo-link -- an archive page of links -->\n";

        InlineSuppressions.Outcome outcome = apply(text, at(1, "promo-link"), at(3, "promo-link"));

        assertThat(outcome.active()).isEmpty();
        assertThat(outcome.suppressed()).hasSize(2);
    }

    @Test
    void aSuppressionWithoutAReasonIsAFindingAndSuppressesNothing() {
        String text = "Intro.\n\n  <!-- copydesk-disable-next-line promo-link -->\n👉\n";

        InlineSuppressions.Outcome outcome = apply(text, at(4, "promo-link"));

        assertThat(outcome.active()).containsExactly(at(4, "promo-link"));
        assertThat(problems(outcome)).containsExactly("3:3 copydesk-suppression copydesk-disable-next-line promo-link"
                + " has no reason: add one after ' -- ' to say why the finding may stay");
        assertThat(outcome.problems().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(outcome.problems().get(0).matched()).isEqualTo("<!-- copydesk-disable-next-line promo-link -->");
        assertThat(problems(apply("<!-- copydesk-disable-next-line promo-link --  -->\n👉\n")))
                .singleElement().asString().contains("has no reason");
    }

    @Test
    void anUnknownRuleIsAFindingThatNamesTheNearestOne() {
        String text = "<!-- copydesk-disable-next-line promo-links -- partner teaser -->\n👉\n";

        InlineSuppressions.Outcome outcome = apply(text, at(2, "promo-link"));

        assertThat(outcome.active()).containsExactly(at(2, "promo-link"));
        assertThat(problems(outcome)).containsExactly("1:1 copydesk-suppression copydesk-disable-next-line names"
                + " unknown rule 'promo-links' (did you mean 'promo-link'?)");
    }

    @Test
    void aSuppressionThatSuppressesNothingIsAFinding() {
        String text = "One.\n<!-- copydesk-disable-next-line promo-link -- partner teaser -->\nTwo.\n"
                + "<!-- copydesk-disable-file source-line -- wire copy -->\n";

        assertThat(problems(apply(text))).containsExactly(
                "2:1 copydesk-suppression copydesk-disable-next-line promo-link suppresses nothing:"
                        + " no 'promo-link' finding starts on line 3; remove it",
                "4:1 copydesk-suppression copydesk-disable-file source-line suppresses nothing:"
                        + " no 'source-line' finding in the file; remove it");
    }

    @Test
    void misspeltDirectivesUnmatchedEnablesAndUnclosedCommentsAreFindings() {
        String text = "<!-- copydesk-disable-line promo-link -- x -->\n<!-- copydesk-enable promo-link -->\n"
                + "<!-- copydesk-disable-file -- no rule -->\n<!-- copydesk-disable promo-link -- open";

        assertThat(problems(apply(text))).containsExactly(
                "1:1 copydesk-suppression unknown copydesk comment 'copydesk-disable-line'"
                        + " (did you mean 'copydesk-disable-file'?)",
                "2:1 copydesk-suppression copydesk-enable promo-link has no copydesk-disable promo-link before it",
                "3:1 copydesk-suppression copydesk-disable-file names no rule: name the rules it is for",
                "4:1 copydesk-suppression copydesk comment is not closed with '-->'");
    }

    @Test
    void otherCommentsAndTextAreLeftAlone() {
        String text = "<!-- an editor's note -->\nThe copydesk-disable flag -- as text.\n";

        InlineSuppressions.Outcome outcome = apply(text, at(2, "promo-link"));

        assertThat(outcome.active()).containsExactly(at(2, "promo-link"));
        assertThat(outcome.suppressed()).isEmpty();
        assertThat(outcome.problems()).isEmpty();
    }
}
