package io.github.copydesk.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FixTest {

    private static String apply(String text, Fix fix) {
        return text.substring(0, fix.start()) + fix.replacement() + text.substring(fix.end());
    }

    @Test
    void removesWholeLinesWithTheBlankLinesAfterThem() {
        String text = "One.\n\n👉\n\n\nTwo.\n";
        int start = text.indexOf('👉');

        Fix fix = Fix.removingLines(text, start, start + 2).orElseThrow();

        assertThat(fix).isEqualTo(new Fix(6, 11, ""));
        assertThat(apply(text, fix)).isEqualTo("One.\n\nTwo.\n");
    }

    @Test
    void takesBlanksAroundTheTextOnItsLines() {
        String text = "One.\n\n   👉  \n\nTwo.\n";
        int start = text.indexOf('👉');

        assertThat(apply(text, Fix.removingLines(text, start, start + 2).orElseThrow())).isEqualTo("One.\n\nTwo.\n");
    }

    @Test
    void atTheEndRemovesTheBlankLinesBeforeAndKeepsTheLastLineEnd() {
        String withEnd = "One.\n\n👉\n";
        String without = "One.\n\n👉";

        assertThat(apply(withEnd, Fix.removingLines(withEnd, 6, 8).orElseThrow())).isEqualTo("One.\n");
        assertThat(apply(without, Fix.removingLines(without, 6, 8).orElseThrow())).isEqualTo("One.");
    }

    @Test
    void aTextAloneInTheFileLeavesItEmpty() {
        assertThat(Fix.removingLines("👉\n", 0, 2)).contains(new Fix(0, 3, ""));
    }

    @Test
    void noFixWhenTheLinesHoldMoreThanTheText() {
        String text = "One.\n\n- Read more: Two\n";
        int start = text.indexOf("Read");

        assertThat(Fix.removingLines(text, start, text.length() - 1)).isEmpty();
        assertThat(Fix.removingLines("One 👉 two\n", 4, 6)).isEmpty();
    }
}
