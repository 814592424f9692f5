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

    @Test
    void oneLongWordIsCutToABoundedLengthWithAnEllipsis() {
        String url = "https://example.com/" + "a".repeat(100_000);

        String excerpt = Excerpt.of("See " + url + " now");

        assertThat(excerpt).hasSize(Excerpt.MAX_CHARACTERS + 3).startsWith("See https://example.com/aaa").endsWith("a...");
    }

    @Test
    void aCutNeverSplitsACharacter() {
        assertThat(Excerpt.cut("😀".repeat(10), 3)).isEqualTo("😀😀😀...");
        assertThat(Excerpt.cut("short", 10)).isEqualTo("short");
    }
}
