package io.github.copydesk.rule.check;

import static io.github.copydesk.rule.check.Located.markdown;
import static io.github.copydesk.rule.check.Located.violations;
import static io.github.copydesk.rule.check.Located.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.rule.OptionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubstitutionCheckTest {
    private static Map<String, Object> swap(String... pairs) {
        Map<String, String> swap = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            swap.put(pairs[i], pairs[i + 1]);
        }
        return Map.of("swap", swap);
    }

    @Test
    void flagsEachWordWithItsSuggestion() {
        String story = "Trains to Kiev run again. Kievan Rus is history.\n\nSee the web site for times.\n";

        assertThat(violations(SubstitutionCheck.TYPE, swap("Kiev", "Kyiv", "web site", "website"), wire(story)))
                .containsExactly(
                        "1:11-1:15 Use 'Kyiv' instead of 'Kiev' -> Kyiv",
                        "3:9-3:17 Use 'website' instead of 'web site' -> website");
    }

    @Test
    void markdownMarkupDoesNotShiftPositions() {
        String story = "---\ntitle: Trains\n---\n\nTrains to **Kiev** run again.\n";

        assertThat(violations(SubstitutionCheck.TYPE, swap("Kiev", "Kyiv"), markdown(story)))
                .containsExactly("5:13-5:17 Use 'Kyiv' instead of 'Kiev' -> Kyiv");
    }

    @Test
    void ignoringCaseNeverFlagsTheSuggestionItself() {
        Map<String, Object> options = new LinkedHashMap<>(swap("E-mail", "email"));
        options.put("ignoreCase", true);

        assertThat(violations(SubstitutionCheck.TYPE, options, wire("Send an e-mail or an Email today.\n")))
                .containsExactly("1:9-1:15 Use 'email' instead of 'e-mail' -> email");
    }

    @Test
    void needsAtLeastOneSwap() {
        assertThatThrownBy(() -> violations(SubstitutionCheck.TYPE, Map.of(), wire("x\n")))
                .isInstanceOf(OptionException.class)
                .hasMessage("option 'swap' must map at least one word to its replacement");
    }

    @Test
    void aSwapMustBeAMapping() {
        assertThatThrownBy(() -> violations(SubstitutionCheck.TYPE, Map.of("swap", List.of("Kiev")), wire("x\n")))
                .hasMessage("option 'swap' must be a mapping of texts to texts");
    }

    @Test
    void aSwapNeedsAReplacement() {
        assertThatThrownBy(() -> violations(SubstitutionCheck.TYPE, swap("Kiev", "Kyiv", "web site", " "), wire("x\n")))
                .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.item()).isEqualTo(1))
                .hasMessage("option 'swap' has no replacement for 'web site'");
    }
}
