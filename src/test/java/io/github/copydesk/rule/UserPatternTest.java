package io.github.copydesk.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UserPatternTest {
    private static final long LIMIT = UserPattern.TIME_LIMIT.toNanos();

    @Test
    void matchingStopsOnceTheTimeLimitHasPassed() {
        AtomicLong now = new AtomicLong();
        // The clock jumps past the limit after the first reading: the next check gives up.
        UserPattern pattern = UserPattern.regex("(.*a){20}", false, "patterns", 0);

        assertThatThrownBy(() -> pattern.matches("a".repeat(1000), () -> now.getAndSet(LIMIT + 1), LIMIT))
                .isInstanceOf(UserPattern.TooSlow.class)
                .hasToString("pattern '(.*a){20}' gave up after 3 s on a text of 1000 characters");
    }

    @Test
    void withinTheLimitEveryMatchIsFound() {
        UserPattern pattern = UserPattern.regex("a+b", false, "patterns", 0);

        assertThat(pattern.matches("x".repeat(1000) + "aab ab", () -> 0L, LIMIT))
                .containsExactly(new UserPattern.Match(1000, 1003, "aab", "aab"), new UserPattern.Match(1004, 1006, "ab", "ab"));
    }

    @Test
    void tokensMatchWholeWordsInAnyScript() {
        UserPattern token = UserPattern.token("İHA", false, "tokens", 0);

        assertThat(token.matches("İHA, İHAS and (İHA)")).extracting(UserPattern.Match::start).containsExactly(0, 15);
    }

    @Test
    void aGroupIsTheKeyOfAMatch() {
        UserPattern pattern = UserPattern.regex("\\(([A-Z]+)\\)", false, "then", -1);

        assertThat(pattern.matches("World Health Organization (WHO)"))
                .containsExactly(new UserPattern.Match(26, 31, "(WHO)", "WHO"));
        assertThat(List.of(pattern.hasGroup(), UserPattern.token("x", false, "tokens", 0).hasGroup()))
                .containsExactly(true, false);
    }
}
