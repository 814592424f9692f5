package io.github.copydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
    private final PhraseIndex index = new PhraseIndex(List.of("said", "according to", "Getty Images", "Agência Brasil",
            "EPA-EFE"));

    @Test
    void findsWholeWordsAndPhrasesInAnyCase() {
        String text = "SAID the mayor, according  to aides; unsaid, saidso. Photo: getty images.";
        assertThat(index.find(text, 0, text.length())).containsExactly(
                new PhraseIndex.Match(0, 4, "said"),
                new PhraseIndex.Match(16, 29, "according to"),
                new PhraseIndex.Match(60, 72, "Getty Images"));
    }

    @Test
    void wordsWithLettersBeyondAsciiAreLookedUp() {
        String text = "Foto: AGÊNCIA BRASIL / EPA-EFE";
        assertThat(index.find(text, 0, text.length())).extracting(PhraseIndex.Match::phrase)
                .containsExactly("Agência Brasil", "EPA-EFE");
    }

    @Test
    void aPhraseSplitByPunctuationIsNoPhrase() {
        String text = "according, to the report";
        assertThat(index.find(text, 0, text.length())).isEmpty();
    }

    @Test
    void findsOnlyInsideTheRangeAsked() {
        String text = "he said it, she said";
        assertThat(index.find(text, 5, text.length())).containsExactly(new PhraseIndex.Match(16, 20, "said"));
    }

    @Test
    void wholeTextIsOnePhrase() {
        assertThat(index.isWhole("  Getty   Images ")).isTrue();
        assertThat(index.isWhole("Getty Images staff")).isFalse();
    }
}
