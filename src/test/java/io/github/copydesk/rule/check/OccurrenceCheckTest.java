package io.github.copydesk.rule.check;

import static io.github.copydesk.rule.check.Located.check;
import static io.github.copydesk.rule.check.Located.markdown;
import static io.github.copydesk.rule.check.Located.violations;
import static io.github.copydesk.rule.check.Located.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.rule.Scope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OccurrenceCheckTest {
    private static final String STORY = """
            What a night! The crowd sang until dawn!

            Nobody went home! The band played on.
            """;

    @Test
    void tooManyIsReportedAtTheFirstMatchOverTheLimit() {
        assertThat(violations(OccurrenceCheck.TYPE, Map.of("pattern", "!", "max", 1), wire(STORY)))
                .containsExactly("1:40-1:41 '!' appears 3 times, more than the 1 allowed");
    }

    @Test
    void theCountCoversTheWholeScopeOfAnArticle() {
        assertThat(violations(OccurrenceCheck.TYPE, Map.of("pattern", "!", "max", 3), wire(STORY))).isEmpty();
    }

    @Test
    void minOneMakesATokenRequiredAndReportsAtTheFirstBlock() {
        Map<String, Object> options = Map.of("token", "said", "min", 1);

        assertThat(violations(OccurrenceCheck.TYPE, options, wire(STORY)))
                .containsExactly("1:1-1:41 'said' appears 0 times, fewer than the 1 required");
        assertThat(violations(OccurrenceCheck.TYPE, options, wire("The band played on, the singer said.\n"))).isEmpty();
    }

    @Test
    void aRequiredMetadataFieldThatIsMissingIsReportedAtTheTop() {
        Scope source = new Scope(Set.of(), List.of("source"));
        String withSource = "---\ntitle: Night\nsource: Reuters\n---\n\nText.\n";
        String without = "---\ntitle: Night\n---\n\nText.\n";

        assertThat(Located.violations(check(OccurrenceCheck.TYPE, Map.of("pattern", ".", "min", 1)), source,
                markdown(withSource))).isEmpty();
        assertThat(Located.violations(check(OccurrenceCheck.TYPE, Map.of("pattern", ".", "min", 1)), source,
                markdown(without))).containsExactly("1:1-1:1 '.' appears 0 times, fewer than the 1 required");
    }

    @Test
    void needsATokenOrAPatternButNotBoth() {
        assertThatThrownBy(() -> violations(OccurrenceCheck.TYPE, Map.of("max", 1), wire("x\n")))
                .hasMessage("option 'token' or 'pattern' must be set, and not both");
        assertThatThrownBy(() -> violations(OccurrenceCheck.TYPE, Map.of("token", "a", "pattern", "b", "max", 1), wire("x\n")))
                .hasMessage("option 'token' or 'pattern' must be set, and not both");
    }

    @Test
    void needsSaneLimits() {
        assertThatThrownBy(() -> violations(OccurrenceCheck.TYPE, Map.of("token", "a"), wire("x\n")))
                .hasMessage("option 'min' or 'max' must be set");
        assertThatThrownBy(() -> violations(OccurrenceCheck.TYPE, Map.of("token", "a", "min", 3, "max", 2), wire("x\n")))
                .hasMessage("option 'min' (3) is more than 'max' (2)");
        assertThatThrownBy(() -> violations(OccurrenceCheck.TYPE, Map.of("token", "a", "max", -1), wire("x\n")))
                .hasMessage("option 'max' must not be negative");
        assertThatThrownBy(() -> violations(OccurrenceCheck.TYPE, Map.of("token", "a", "max", 1.5), wire("x\n")))
                .hasMessage("option 'max' must be a whole number");
    }
}
