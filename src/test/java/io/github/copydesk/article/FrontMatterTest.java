package io.github.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.article.FrontMatter.Content;
import io.github.copydesk.article.FrontMatter.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    @Test
    void textWithoutFrontMatterStartsItsBodyAtZero() {
        FrontMatter frontMatter = FrontMatter.read("Plain opening line.\n---\n");

        assertThat(frontMatter.bodyStart()).isZero();
        assertThat(frontMatter.metadata()).isEqualTo(Metadata.EMPTY);
        assertThat(frontMatter.problems()).isEmpty();
    }

    @Test
    void bodyStartsAfterTheClosingLine() {
        String text = "---\ntitle: Tide\n---  \nBody.\n";

        assertThat(text.substring(FrontMatter.read(text).bodyStart())).isEqualTo("Body.\n");
    }

    @Test
    void closingLineAtTheEndOfTheFileLeavesAnEmptyBody() {
        FrontMatter frontMatter = FrontMatter.read("+++\ntitle = \"Only metadata\"\n+++");

        assertThat(frontMatter.bodyStart()).isEqualTo(31);
        assertThat(frontMatter.metadata().title()).isEqualTo("Only metadata");
    }

    @Test
    void emptyFrontMatterIsFine() {
        FrontMatter frontMatter = FrontMatter.read("---\n---\nBody.\n");

        assertThat(frontMatter.metadata()).isEqualTo(Metadata.EMPTY);
        assertThat(frontMatter.problems()).isEmpty();
    }

    @Test
    void dateTimeWithASpaceCountsItsLocalDate() {
        FrontMatter frontMatter = FrontMatter.read("---\ndate: \"2025-12-31 23:30:00 -05:00\"\n---\n");

        assertThat(frontMatter.metadata().publicationDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void tomlReadsStringsNumbersBooleansDatesAndArrays() throws FrontMatter.Broken {
        Content content = TomlFrontMatter.parse("""
                # a comment
                title = "Say \\"hi\\" \\u00e9"   # trailing comment
                'quoted key' = 'C:\\raw'
                pages = 1_200
                ratio = 0.5
                draft = false
                published = 2025-04-28T10:00:00+03:00
                tags = ["a", 'b', 3]
                """);

        assertThat(content.values()).containsExactly(
                Map.entry("title", "Say \"hi\" é"),
                Map.entry("quoted key", "C:\\raw"),
                Map.entry("pages", 1200L),
                Map.entry("ratio", 0.5),
                Map.entry("draft", false),
                Map.entry("published", "2025-04-28T10:00:00+03:00"),
                Map.entry("tags", List.of("a", "b", 3L)));
        assertThat(content.keys()).containsEntry("pages", new Position(3, 0));
    }

    @Test
    void tomlTablesAndArraysOfTablesNestAndTopLevelKeysArePlaced() throws FrontMatter.Broken {
        Content content = TomlFrontMatter.parse("title = \"x\"\n[params]\nsubtitle = \"y\"\n[[resources]]\nsrc = \"z\"\n");

        assertThat(content.values()).containsExactly(Map.entry("title", "x"),
                Map.entry("params", Map.of("subtitle", "y")), Map.entry("resources", List.of(Map.of("src", "z"))));
        assertThat(content.keys()).containsEntry("title", new Position(0, 0)).containsEntry("params", new Position(1, 0));
    }

    @Test
    void tomlOfEveryShapeFrontMatterUsesIsReadAndEachTextValuePlaced() throws FrontMatter.Broken {
        Content content = TomlFrontMatter.parse("title = \"\"\"\nFerry line opens\"\"\"\n"
                + "subtitle = '''Fares stay the same'''\n"
                + "tags = [\n  \"ferry\",   # the first tag\n  'harbour',\n]\n"
                + "image.src = \"quay.jpg\"\nimage.credit = \"Photo: AA\"\n"
                + "author = { name = \"Jane Doe\", email = \"jane@example.com\" }\n"
                + "published = 1979-05-27 07:32:00Z\n");

        assertThat(content.values()).containsEntry("title", "Ferry line opens")
                .containsEntry("subtitle", "Fares stay the same")
                .containsEntry("tags", List.of("ferry", "harbour"))
                .containsEntry("image", Map.of("src", "quay.jpg", "credit", "Photo: AA"))
                .containsEntry("author", Map.of("name", "Jane Doe", "email", "jane@example.com"))
                .containsEntry("published", "1979-05-27 07:32:00Z");
        assertThat(content.scalars()).containsExactly(
                new FrontMatter.Scalar("title", "Ferry line opens", new Position(0, 8)),
                new FrontMatter.Scalar("subtitle", "Fares stay the same", new Position(2, 11)),
                new FrontMatter.Scalar("tags", "ferry", new Position(4, 2)),
                new FrontMatter.Scalar("tags", "harbour", new Position(5, 2)),
                new FrontMatter.Scalar("image.src", "quay.jpg", new Position(7, 12)),
                new FrontMatter.Scalar("image.credit", "Photo: AA", new Position(8, 15)),
                new FrontMatter.Scalar("author.name", "Jane Doe", new Position(9, 18)),
                new FrontMatter.Scalar("author.email", "jane@example.com", new Position(9, 38)),
                new FrontMatter.Scalar("published", "1979-05-27 07:32:00Z", new Position(10, 12)));
    }

    @Test
    void tomlDuplicateKeyIsBroken() {
        assertThatThrownBy(() -> TomlFrontMatter.parse("title = \"a\"\ntitle = \"b\"\n"))
                .isInstanceOf(FrontMatter.Broken.class)
                .hasMessageContaining("title previously defined at line 1");
    }

    @Test
    void tomlUnterminatedStringIsReportedWhereTheLineEnds() {
        FrontMatter frontMatter = FrontMatter.read("+++\ntitle = \"never closed\n+++\nBody.\n");

        assertThat(frontMatter.problems()).containsExactly(
                new InputProblem("Broken front matter: Unexpected end of line, expected \" or a character", 2, 22, true));
    }

    @Test
    void unterminatedTomlNamesItsFence() {
        FrontMatter frontMatter = FrontMatter.read("+++\ntitle = \"x\"\n");

        assertThat(frontMatter.problems()).containsExactly(
                new InputProblem("Broken front matter: no closing +++ line", 1, 1, true));
    }

    // --- hostile input: nesting and self-reference become problems, not a StackOverflowError -------

    @Test
    void yamlNestedThousandsDeepIsBrokenAtTheLevelTooDeep() {
        FrontMatter frontMatter = FrontMatter.read("---\ntags: " + "[".repeat(10_000) + "]".repeat(10_000)
                + "\n---\nBody.\n");

        assertThat(frontMatter.problems()).containsExactly(new InputProblem(
                "Broken front matter: lists and mappings nested more than 64 deep", 2, 70, true));
        assertThat(frontMatter.metadata()).isEqualTo(Metadata.EMPTY);
    }

    @Test
    void yamlNestedAFewLevelsIsRead() {
        FrontMatter frontMatter = FrontMatter.read("---\nsource: AA\nparams: {a: [[1, {b: [2]}]]}\n---\n");

        assertThat(frontMatter.problems()).isEmpty();
        assertThat(frontMatter.metadata().source()).isEqualTo("AA");
    }

    @Test
    void aDateThatContainsItselfIsReportedWithoutPrintingIt() {
        // Printing the value recursed through the alias for ever.
        FrontMatter frontMatter = FrontMatter.read("---\ndate: &d [[*d]]\n---\nBody.\n");

        assertThat(frontMatter.problems()).containsExactly(new InputProblem(
                "Front matter date is not a date: a list (expected YYYY-MM-DD)", 2, 1));
    }

    @Test
    void tomlArraysNestedThousandsDeepAreBrokenAtTheArrayTooDeep() {
        FrontMatter frontMatter = FrontMatter.read("+++\ntags = " + "[".repeat(10_000) + "]".repeat(10_000)
                + "\n+++\nBody.\n");

        assertThat(frontMatter.problems()).containsExactly(new InputProblem(
                "Broken front matter: arrays nested more than 32 deep", 2, 40, true));
    }

    @Test
    void frontMatterOverTheLimitIsTooLargeNotBroken() {
        String value = "a".repeat(FrontMatter.MAX_CODE_POINTS);
        FrontMatter frontMatter = FrontMatter.read("---\ntitle: " + value + "\n---\nBody.\n");

        assertThat(frontMatter.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).startsWith("Front matter is too large to read: 1000008 characters, the limit"
                    + " is 1000000");
            assertThat(problem.metadataUnread()).isTrue();
        });
    }
}
