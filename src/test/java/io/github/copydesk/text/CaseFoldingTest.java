package io.github.copydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseFoldingTest {

    @Test
    void exactlyTheListedCharactersOutsideAsciiFoldIntoAscii() {
        StringBuilder found = new StringBuilder();
        for (int c = 0x80; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.toLowerCase(Character.toUpperCase(c)) < 0x80) {
                found.appendCodePoint(c);
            }
        }
        assertThat(found.toString()).isEqualTo(CaseFolding.FOLDED_INTO_ASCII);
    }

    @ParameterizedTest
    @CsvSource({
        "'Reporting by Ana Lima', reporting",
        "'REPORTING BY ANA LIMA', reporting",
        "'an \u212Aorean desk', korean",
        "'\u017Fource: wire', source",
        "'\u0130stanbul, April 28', istanbul",
        "'AGÊNCIA BRASIL', agência",
    })
    void findsAWordInAnyCase(String text, String word) {
        assertThat(CaseFolding.containsAny(text, 0, text.length(), List.of("absent", CaseFolding.foldedWord(word))))
                .isTrue();
    }

    @Test
    void looksOnlyInsideTheWindow() {
        String text = "Reports came in. Nothing else.";
        List<String> reports = List.of(CaseFolding.foldedWord("reports"));
        assertThat(CaseFolding.containsAny(text, 0, 7, reports)).isTrue();
        assertThat(CaseFolding.containsAny(text, 0, 6, reports)).isFalse();
        assertThat(CaseFolding.containsAny(text, 1, text.length(), reports)).isFalse();
    }

    @Test
    void noWordsAreNeverFoundAndAnEmptyWordAlwaysIs() {
        assertThat(CaseFolding.containsAny("anything", 0, 8, List.of())).isFalse();
        assertThat(CaseFolding.containsAny("anything", 0, 8, List.of(""))).isTrue();
        assertThat(CaseFolding.containsAny("anything", 0, 8, List.of("other"))).isFalse();
    }
}
