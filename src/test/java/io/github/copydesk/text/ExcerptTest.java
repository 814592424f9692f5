package io.github.copydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void shortTextIsShownWhole() {
        assertThat(Excerpt.of("🔗")).isEqualTo("🔗");
        assertThat(Excerpt.of("  Read more:  here ")).isEqualTo("Read more: here");
    }

    @Test
    void longTextIsCutAfterSixWords() {
        assertThat(Excerpt.of("TRT Global - North Korea confirms troop deployment to Russia's Kursk"))
                .isEqualTo("TRT Global - North Korea confirms ...");
    }

    @Test
    void lineBreaksBecomeSpaces() {
        assertThat(Excerpt.of("Brand - Headline\n\nStandfirst\n\n🔗")).isEqualTo("Brand - Headline Standfirst 🔗");
    }
}
