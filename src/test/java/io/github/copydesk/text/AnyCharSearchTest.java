package io.github.copydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnyCharSearchTest {

    private static List<Integer> every(String text, String chars) {
        AnyCharSearch search = new AnyCharSearch(text, chars);
        List<Integer> found = new ArrayList<>();
        for (int i = search.from(0); i >= 0; i = search.from(i + 1)) {
            found.add(i);
        }
        return found;
    }

    @Test
    void findsEachOfTheCharactersInTextOrder() {
        assertThat(every("He said “yes.” Then: \"no!\"", "\"“”.!")).containsExactly(8, 12, 13, 21, 24, 25);
    }

    @Test
    void aCharacterThatIsNotInTheTextIsNeverFound() {
        assertThat(every("plain words only", "“”\"")).isEmpty();
        assertThat(every("", ".")).isEmpty();
    }

    @Test
    void aSearchMayJumpAheadAndThenFindsNothingBehindItsStart() {
        AnyCharSearch search = new AnyCharSearch("a.b.c.d", ".");
        assertThat(search.from(4)).isEqualTo(5);
        assertThat(search.from(6)).isEqualTo(-1);
    }
}
