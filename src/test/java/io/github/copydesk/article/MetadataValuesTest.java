package io.github.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Metadata values are blocks at their place in the file, so a rule can point into front matter. */
class MetadataValuesTest {

    /** "line:column text" of each value of {@code field}. */
    private static List<String> values(Article article, String field) {
        return article.metadataValues(field).stream().map(block -> article.lines().line(block.sourceStart()) + ":"
                + article.lines().column(block.sourceStart()) + " " + block.kind() + " "
                + article.text().substring(block.sourceStart(), block.sourceEnd())).toList();
    }

    @Test
    void yamlValuesPlainQuotedListedAndNested() {
        Article article = new MarkdownParser().parse("a.md", """
                ---
                title: "Ferry crews strike"
                section: World
                tags:
                  - port
                  - 'strike action'
                image:
                  credit: Jane Roe
                empty: ""
                ---

                Text.
                """);

        assertThat(values(article, "title")).containsExactly("2:9 METADATA Ferry crews strike");
        assertThat(values(article, "section")).containsExactly("3:10 METADATA World");
        assertThat(values(article, "tags")).containsExactly("5:5 METADATA port", "6:6 METADATA strike action");
        assertThat(values(article, "image.credit")).containsExactly("8:11 METADATA Jane Roe");
        assertThat(values(article, "empty")).isEmpty();
        assertThat(values(article, "missing")).isEmpty();
        assertThat(article.blocks()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH);
    }

    @Test
    void aValueWithEscapesMapsFromWhereItStarts() {
        Article article = new MarkdownParser().parse("a.md", "---\ntitle: \"Caf\\u00e9 opens\"\n---\n\nText.\n");

        assertThat(article.metadataValues("title")).singleElement()
                .satisfies(block -> assertThat(block.text()).isEqualTo("Café opens"))
                .satisfies(block -> assertThat(block.sourceStart()).isEqualTo(12));
    }

    @Test
    void tomlValuesInTablesToo() {
        Article article = new MarkdownParser().parse("a.md", """
                +++
                title = "Ferry crews strike"
                tags = ["port", "strike"]
                [image]
                credit = 'Jane Roe'
                +++

                Text.
                """);

        assertThat(values(article, "title")).containsExactly("2:10 METADATA Ferry crews strike");
        assertThat(values(article, "tags")).containsExactly("3:10 METADATA port", "3:18 METADATA strike");
        assertThat(values(article, "image.credit")).containsExactly("5:11 METADATA Jane Roe");
    }

    @Test
    void valuesAfterLettersOutsideTheBmpStandAtTheirColumns() {
        Article toml = new MarkdownParser().parse("a.md", """
                +++
                tags = ["\uD83D\uDCF7 port", "strike", "\uD835\uDD38"]
                +++

                Text.
                """);
        Article yaml = new MarkdownParser().parse("a.md", """
                ---
                tags: ["\uD83D\uDCF7 port", "strike", "\uD835\uDD38"]
                ---

                Text.
                """);

        assertThat(values(toml, "tags")).containsExactly("2:10 METADATA \uD83D\uDCF7 port",
                "2:20 METADATA strike", "2:30 METADATA \uD835\uDD38");
        assertThat(values(yaml, "tags")).containsExactly("2:9 METADATA \uD83D\uDCF7 port",
                "2:19 METADATA strike", "2:29 METADATA \uD835\uDD38");
    }

    @Test
    void everyOneOfThousandsOfValuesStandsAtItsPlace() {
        StringBuilder toml = new StringBuilder("+++\ntags = [");
        for (int i = 0; i < 3_000; i++) {
            toml.append(i == 0 ? "" : ", ").append(i % 7 == 0 ? "\"\uD83D\uDCF7 " : "\"tag ").append(i).append('"');
        }
        toml.append("]\n");
        for (int i = 0; i < 3_000; i++) {
            toml.append("key").append(i).append(" = \"value ").append(i).append("\"\n");
        }
        Article article = new MarkdownParser().parse("a.md", toml.append("+++\n\nText.\n").toString());

        List<Block> tags = article.metadataValues("tags");
        assertThat(tags).hasSize(3_000).allSatisfy(block -> assertThat(block.text())
                .isEqualTo(article.text().substring(block.sourceStart(), block.sourceEnd())));
        assertThat(values(article, "tags").get(2_999)).startsWith("2:").endsWith(" METADATA tag 2999");
        assertThat(values(article, "key2999")).containsExactly("3002:12 METADATA value 2999");
    }

    @Test
    void aSelfReferencingAliasIsWalkedOnce() {
        Article article = new MarkdownParser().parse("a.md", "---\nloop: &a\n  name: Roe\n  self: *a\n---\n\nText.\n");

        assertThat(values(article, "loop.name")).containsExactly("3:9 METADATA Roe");
    }

    @Test
    void theWireHeaderGivesDateAndSection() {
        Article article = WireTextParser.forArticles().parse("a.txt", " date 2025-03-11 POLITICS\nHeadline here\nStandfirst.\n\nText.\n");

        assertThat(values(article, "date")).containsExactly("1:7 METADATA 2025-03-11");
        assertThat(values(article, "section")).containsExactly("1:18 METADATA POLITICS");
    }
}
