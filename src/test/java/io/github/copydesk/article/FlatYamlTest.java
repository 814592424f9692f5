package io.github.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.article.FrontMatter.Content;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The short reading of common front matter gives what the full YAML parser gives, or leaves the text to it. */
class FlatYamlTest {
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
}
