package io.github.copydesk.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Re2CaseFoldingTest {

    /**
     * The letters whose fold orbit in RE2/J never comes back to them are exactly the ones named:
     * RE2/J's compiler follows that orbit, so for any other letter it ends. The orbit is read from
     * RE2/J's own fold function, which is not public.
     */
    @Test
    void theUnfoldableLettersAreTheOnesWhoseFoldOrbitNeverEnds() throws Exception {
        Method simpleFold = Class.forName("com.google.re2j.Unicode").getDeclaredMethod("simpleFold", int.class);
        simpleFold.setAccessible(true);
        List<Integer> neverEnding = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int folded = (int) simpleFold.invoke(null, c);
            for (int step = 0; folded != c && step < 8; step++) {
                folded = (int) simpleFold.invoke(null, folded);
            }
            if (folded != c) {
                neverEnding.add(c);
            }
        }
        List<Integer> named = new ArrayList<>();
        for (int c = Re2CaseFolding.FIRST_UNFOLDABLE; c <= Re2CaseFolding.LAST_UNFOLDABLE; c++) {
            named.add(c);
        }
        assertThat(neverEnding).isEqualTo(named);
    }

    @Test
    void aWordWithAnUnfoldableLetterMatchesItsCasesIgnoringCase() {
        UserPattern word = UserPattern.token("\u1c80ера", true, "tokens", 0);

        assertThat(word.matches("\u1c80ера ВЕРА вера Вера").stream().map(UserPattern.Match::text))
                .containsExactly("\u1c80ера", "ВЕРА", "вера", "Вера");
    }

    @Test
    void aWordWithAnUnfoldableLetterMatchesOnlyItselfWithCase() {
        UserPattern word = UserPattern.token("\u1c80ера", false, "tokens", 0);

        assertThat(word.matches("\u1c80ера вера").stream().map(UserPattern.Match::text)).containsExactly("\u1c80ера");
    }

    @Test
    void aWordListWithAnUnfoldableLetterFindsWhatEachWordFinds() {
        List<UserPattern> words = UserPattern.tokens(List.of("\u1c80ера", "вера"), true, "tokens");

        assertThat(WordList.of(words).matches("Вера \u1c80ера").stream().map(found -> found.index() + ":"
                + found.match().text())).containsExactlyInAnyOrder("0:Вера", "0:\u1c80ера", "1:Вера");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u1c80", "x\\x{1c84}", "[а-\u1c88]", "[\\x{1000}-\\x{2000}]", "\\x{1C80}"})
    void aRegexRe2CannotCompileIgnoringCaseIsRefusedWithItsPlace(String regex) {
        assertThatThrownBy(() -> UserPattern.regex(regex, true, "pattern", 0))
                .isInstanceOf(OptionException.class)
                .hasMessageContaining("option 'pattern'")
                .hasMessageContaining("cannot match ignoring case at character");
    }

    @Test
    void aRegexAskingForCaseFoldingItselfIsRefusedToo() {
        assertThatThrownBy(() -> UserPattern.regex("(?i)\u1c80", false, "pattern", 0))
                .isInstanceOf(OptionException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-\u6f22", "[\u1c89-\u1cbf]", "[\\x{1c89}-\\x{1cbf}]", "\\p{Cyrillic}+", "[а-я]"})
    void aRegexWithoutAnUnfoldableLetterCompilesIgnoringCase(String regex) {
        assertThat(UserPattern.regex(regex, true, "pattern", 0).source()).isEqualTo(regex);
    }

    @Test
    void aRegexWithAnUnfoldableLetterCompilesWithCase() {
        assertThat(UserPattern.regex("[\u1c80Вв]ера", false, "pattern", 0).matches("\u1c80ера вера")).hasSize(2);
    }
}
