package io.github.copydesk.rule.check;

import static io.github.copydesk.rule.check.Located.violations;
import static io.github.copydesk.rule.check.Located.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.rule.OptionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsistencyCheckTest {
    private static final Map<String, Object> EITHER =
            Map.of("either", List.of(List.of("e-mail", "email"), List.of("Kyiv", "Kiev")));

    @Test
    void theSecondSpellingIsReportedOnceWithTheFirstAsSuggestion() {
        String story = """
                Flights to Kiev resume. Send an email to book.

                The e-mail address is new. Kyiv airport reopened, and e-mail queries rose.
                """;

        assertThat(violations(ConsistencyCheck.TYPE, EITHER, wire(story))).containsExactly(
                "3:5-3:11 'e-mail' and 'email' (line 1) in one article -> email",
                "3:28-3:32 'Kyiv' and 'Kiev' (line 1) in one article -> Kiev");
    }

    @Test
    void oneSpellingThroughoutIsFine() {
        assertThat(violations(ConsistencyCheck.TYPE, EITHER, wire("Send an email.\n\nThe email address is new.\n")))
                .isEmpty();
    }

    @Test
    void aGroupNeedsTwoSpellings() {
        Map<String, Object> options = Map.of("either", List.of(List.of("a", "b"), List.of("Kyiv")));

        assertThatThrownBy(() -> violations(ConsistencyCheck.TYPE, options, wire("x\n")))
                .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.item()).isEqualTo(1))
                .hasMessage("option 'either' has a group with fewer than two spellings: [Kyiv]");
    }

    @Test
    void eitherIsAListOfLists() {
        assertThatThrownBy(() -> violations(ConsistencyCheck.TYPE, Map.of("either", List.of("e-mail", "email")), wire("x\n")))
                .hasMessage("option 'either' must be a list of lists of texts");
        assertThatThrownBy(() -> violations(ConsistencyCheck.TYPE, Map.of(), wire("x\n")))
                .hasMessage("option 'either' must list at least one group of spellings");
    }
}
