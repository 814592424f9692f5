package io.github.copydesk.rule.check;

import static io.github.copydesk.rule.check.Located.violations;
import static io.github.copydesk.rule.check.Located.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionalCheckTest {
    private static final Map<String, Object> ACRONYMS = Map.of(
            "if", "\\b([A-Z]{3,5})\\b",
            "then", "\\b[A-Z][a-z]+(?:\\s+(?:of\\s+)?[A-Z][a-z]+)*\\s+\\(([A-Z]{3,5})\\)",
            "exceptions", List.of("BBC"));

    @Test
    void eachAcronymMustBeSpeltOutSomewhereInTheArticle() {
        String story = """
                NATO and the WHO met. The BBC filmed it.

                The North Atlantic Treaty Organization (NATO) sent ships; NATO and WHO agreed.
                """;

        assertThat(violations(ConditionalCheck.TYPE, ACRONYMS, wire(story)))
                .containsExactly("1:14-1:17 'WHO' appears without a match of '"
                        + ACRONYMS.get("then") + "'");
    }

    @Test
    void withoutGroupsAnyMatchOfThenWillDo() {
        Map<String, Object> options = Map.of("if", "(?i)\\bpoll\\b", "then", "margin of error");
        String polled = "A poll found support at 40%.\n";

        assertThat(violations(ConditionalCheck.TYPE, options, wire(polled)))
                .containsExactly("1:3-1:7 'poll' appears without a match of 'margin of error'");
        assertThat(violations(ConditionalCheck.TYPE, options, wire(polled + "\nThe margin of error is 3 points.\n")))
                .isEmpty();
    }

    @Test
    void needsIfAndThen() {
        assertThatThrownBy(() -> violations(ConditionalCheck.TYPE, Map.of("if", "x"), wire("x\n")))
                .hasMessage("option 'then' must be set: the conditional check needs 'if' and 'then'");
    }

    @Test
    void anInvalidPatternIsNamed() {
        assertThatThrownBy(() -> violations(ConditionalCheck.TYPE, Map.of("if", "x", "then", "[a-"), wire("x\n")))
                .hasMessage("option 'then' has an invalid regular expression '[a-': error parsing regexp: missing closing ]: `[a-`");
    }
}
