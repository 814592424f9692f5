package io.github.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.article.FrontMatter.Content;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The short reading of common front matter gives what the full YAML parser gives, or leaves the text to it. */
class FlatYamlTest {
    /** Values as most front matter writes them. */
    private static final String[] ORDINARY_VALUES = {"Tide", "2024-05-01", "False", "~", "C#", "'q'", "\"q\"", "ü—…",
        "Tide  ", "a,b", "https://e.org/a?b#c", "It's fine"};
    /** Keys and values that front matter has, and ones that only look like it: numbers, comments, indicators. */
    private static final String[] KEYS = {"title", "date", "section", "source", "tags", "null", "true", "1st", "a-b",
        "Key", "k".repeat(130)};
    private static final String[] VALUES = {"Tide", "2024-05-01", "12", "0.5", "true", "False", "~", "null", "",
        "a: b", "a:b", "C#", "a #c", "'q'", "\"q\"", "\"a\\\"b\"", "'it''s'", "\"x\" y", "-x", "[a, b]", "{a: 1}",
        "&a x", "*a", "!t x", "|", ">", "%x", "@x", "`x", "?x", ":x", ",x", "ü—…", "🌊", "x\ty", "0x1F", ".inf",
        "yes", "Tide  ", "x:", "'a\"b'", "\u00a0nb", "\ufeff", "a,b", "x]", "https://e.org/a?b#c", "It's fine"};

    @ParameterizedTest
    @ValueSource(strings = {
        "title: Tide tables\ndate: 2025-04-28\nsection: Coast\nsource: AA\n",
        "title: \"Harbour: a report\"\nauthor: 'Ana \"Ani\" Ruiz'\n",
        "title:   Spaces after the colon and at the end   \n\n\nsection: Coast\n",
        "title: C# and https://example.org/a?b=c#d, [brackets] {braces}\n",
        "tags:\n  - coast\n  - 'harbour'\n  - \"ferry\"\nsection: Coast\n",
        "tags:\n- coast\n- harbour\n",
        "draft: false\npublished: True\nimage: ~\ncaption: null\n",
        "title: Ünïcödé — “quotes” and ‘marks’ … ½\n",
        "photo-credit: AFP\nsource_line: AA\n",
        "title: It's a 'plain' value with \"quotes\" inside\n",
        "tags:\n  - ~\n  - true\n",
    })
    void readsCommonFrontMatterAsTheFullParserDoes(String yaml) throws FrontMatter.Broken {
        Content full = FrontMatter.loadFullYaml(yaml);

        assertThat(FlatYaml.read(yaml)).contains(full);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "\n\n",
        "# a comment\ntitle: Tide\n",
        "title: Tide # a comment\n",
        "title: \"Say \\\"hi\\\"\"\n",
        "title: 'it''s'\n",
        "title: a: b\n",
        "credit: Photo: AFP\n",
        "title: Tide\ntitle: Ebb\n",
        "count: 12\n",
        "ratio: 0.5\n",
        "empty:\n",
        "empty:\nnext: value\n",
        "image:\n  credit: AFP\n",
        "title: First line\n  continued\n",
        "tags: [coast, harbour]\n",
        "tags:\n  - coast\n    - harbour\n",
        "tags:\n  - coast\n - harbour\n",
        "title: Tide\n- stray item\n",
        "anchor: &a value\nalias: *a\n",
        "title: |\n  block\n",
        "title:\ttab\n",
        "title: Tide\r\nsection: Coast\r\n",
        "title: \"unclosed\n",
        "title: \"closed\" then more\n",
        "null: value\n",
        "1st: value\n",
        "title:value\n",
        "%YAML 1.2\n---\ntitle: Tide\n",
        "title: emoji 🌊\n",
        "title: ends with a colon:\n",
    })
    void leavesEverythingElseToTheFullParser(String yaml) {
        assertThat(FlatYaml.read(yaml)).isEmpty();
    }

    @Test
    void generatedHeadersReadAsTheFullParserReadsThemOrAreLeftToIt() {
        Random random = new Random(8);
        int read = 0;
        for (int i = 0; i < 20_000; i++) {
            String yaml = generatedHeader(random);
            Optional<Content> flat = FlatYaml.read(yaml);
            if (flat.isPresent()) {
                read++;
                assertThat(flat.get()).as(yaml).isEqualTo(fullReading(yaml));
            }
        }
        // The generator must reach the short reading often, or this test would check nothing.
        assertThat(read).isGreaterThan(1_000);
    }

    private static Content fullReading(String yaml) {
        try {
            return FrontMatter.loadFullYaml(yaml);
        } catch (FrontMatter.Broken e) {
            throw new AssertionError("read as flat, but the full parser finds it broken: " + e.getMessage(), e);
        }
    }

    /** A few lines of entries, list items, bare keys and blank lines, mostly well formed. */
    private static String generatedHeader(Random random) {
        StringBuilder yaml = new StringBuilder();
        for (int line = random.nextInt(6); line >= 0; line--) {
            switch (random.nextInt(10)) {
                case 0, 1, 2, 3, 4, 5 -> yaml.append(pick(random, KEYS)).append(random.nextInt(8) == 0 ? ":" : ": ")
                        .append(value(random));
                case 6, 7 -> yaml.append(random.nextBoolean() ? "  " : "").append("- ").append(value(random));
                case 8 -> yaml.append(pick(random, KEYS)).append(':');
                default -> yaml.append(random.nextBoolean() ? "" : "# note");
            }
            yaml.append('\n');
        }
        return yaml.toString();
    }

    /** Mostly ordinary values, so that whole headers are often in the short reading's shape. */
    private static String value(Random random) {
        return pick(random, random.nextInt(4) > 0 ? ORDINARY_VALUES : VALUES);
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
