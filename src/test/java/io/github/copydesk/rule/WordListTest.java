package io.github.copydesk.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordListTest {
    /**
     * Pieces of text that try the edges: letters RE2 folds with ASCII ones (Kelvin sign, long s),
     * letters Java's case mapping pairs and RE2 does not (dotted and dotless i), final sigma, sharp
     * s, a combining accent, letters outside the 16-bit range, every blank RE2's {@code \s} knows
     * and two it does not (vertical tab, no-break space), punctuation and digits.
     */
    private static final String[] LETTERS = {"a", "b", "A", "B", "k", "K", "\u212A", "s", "S", "\u017F", "ß", "ẞ",
        "i", "I", "İ", "ı", "σ", "ς", "Σ", "é", "E", "\u0301", "1", "😀", "𐐀", "𐐨", "-", ".", "'", "\u000B",
        "\u00A0"};
    private static final String[] BLANKS = {" ", "  ", "\n", "\t", "\r\n", "\f"};

    @Test
    void findsWhatEachWordFindsAlone() {
        for (long seed = 0; seed < 400; seed++) {
            Random random = new Random(seed);
            boolean ignoreCase = random.nextBoolean();
            List<UserPattern> words = new ArrayList<>();
            int count = 1 + random.nextInt(25);
            for (int w = 0; w < count; w++) {
                words.add(UserPattern.token(phrase(random), ignoreCase, "tokens", w));
            }
            String text = text(random, 400);

            assertThat(WordList.of(words).matches(text)).as("seed %d", seed).isEqualTo(oneByOne(words, text));
        }
    }

    @Test
    void findsWordsOfAList() {
        WordList list = WordList.of(UserPattern.tokens(List.of("York", "New York", "new  york", "or"), true, "tokens"));

        assertThat(list.matches("In New\nYork or new york, not Yorkshire."))
                .containsExactly(
                        new WordList.Found(0, new UserPattern.Match(7, 11, "York", "York")),
                        new WordList.Found(0, new UserPattern.Match(19, 23, "york", "york")),
                        new WordList.Found(1, new UserPattern.Match(3, 11, "New\nYork", "New\nYork")),
                        new WordList.Found(1, new UserPattern.Match(15, 23, "new york", "new york")),
                        new WordList.Found(2, new UserPattern.Match(3, 11, "New\nYork", "New\nYork")),
                        new WordList.Found(2, new UserPattern.Match(15, 23, "new york", "new york")),
                        new WordList.Found(3, new UserPattern.Match(12, 14, "or", "or")));
    }

    /**
     * The case key puts together every two characters RE2 matches together with
     * {@code ignoreCase}: what matches the letters of one key, among every character with a case
     * mapping and every other character of the scripts and symbol blocks that have cases, has
     * that key. The letters RE2 cannot fold ({@link Re2CaseFolding}) are left out: RE2 cannot
     * compile them ignoring case.
     */
    @Test
    void charactersRe2FoldsTogetherShareACaseKey() {
        TreeSet<Integer> cased = new TreeSet<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int[] images = {Character.toLowerCase(c), Character.toUpperCase(c), Character.toTitleCase(c)};
            for (int image : images) {
                if (image != c && !Re2CaseFolding.unfoldable(c) && !Re2CaseFolding.unfoldable(image)) {
                    cased.add(c);
                    cased.add(image);
                }
            }
        }
        TreeSet<Integer> tried = new TreeSet<>(cased);
        int[][] blocksWithCases = {{0, 0x52F}, {0x1E00, 0x1FFF}, {0x2100, 0x218F}, {0x2C00, 0x2D2F},
            {0xA640, 0xA7FF}, {0xFF00, 0xFFEF}};
        for (int[] block : blocksWithCases) {
            for (int c = block[0]; c <= block[1]; c++) {
                tried.add(c);
            }
        }
        String text = tried.stream().map(Character::toString).collect(Collectors.joining());
        Map<Integer, List<Integer>> byKey = cased.stream().collect(
                Collectors.groupingBy(WordList::caseKey, TreeMap::new, Collectors.toList()));
        for (List<Integer> group : byKey.values()) {
            Matcher matcher = Pattern.compile(characterClass(group), Pattern.CASE_INSENSITIVE).matcher(text);
            while (matcher.find()) {
                int found = text.codePointAt(matcher.start());
                assertThat(WordList.caseKey(found)).as("U+%04X and U+%04X", found, group.get(0))
                        .isEqualTo(WordList.caseKey(group.get(0)));
            }
        }
    }

    /** What the check did before lists were matched in one pass: each word on its own. */
    private static List<WordList.Found> oneByOne(List<UserPattern> words, String text) {
        List<WordList.Found> found = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            for (UserPattern.Match match : words.get(w).matches(text)) {
                found.add(new WordList.Found(w, match));
            }
        }
        return found;
    }

    private static String phrase(Random random) {
        int words = 1 + random.nextInt(3);
        StringBuilder phrase = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                phrase.append(BLANKS[random.nextInt(BLANKS.length)]);
            }
            int letters = 1 + random.nextInt(3);
            for (int l = 0; l < letters; l++) {
                String letter;
                do {
                    letter = LETTERS[random.nextInt(LETTERS.length)];
                } while (letter.equals("\u000B") || letter.equals("\u0301") && l == 0);
                phrase.append(letter);
            }
        }
        return phrase.toString();
    }

    private static String text(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < pieces; p++) {
            text.append(random.nextInt(4) == 0 ? BLANKS[random.nextInt(BLANKS.length)]
                    : LETTERS[random.nextInt(LETTERS.length)]);
        }
        return text.toString();
    }

    private static String characterClass(Iterable<Integer> codePoints) {
        StringBuilder pattern = new StringBuilder("[");
        for (int c : codePoints) {
            pattern.append("\\x{").append(Integer.toHexString(c)).append('}');
        }
        return pattern.append(']').toString();
    }
}
