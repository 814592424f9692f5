package io.github.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {
    private final MarkdownParser parser = new MarkdownParser();

    private Article parse(String text) {
        return parser.parse("desk/harbour-story.md", text);
    }

    /** "line:column" in the original file of the first occurrence of {@code word} in the block's text. */
    private static String where(Article article, Block block, String word) {
        int index = block.text().indexOf(word);
        assertThat(index).as("'%s' in %s", word, block.text()).isNotNegative();
        int offset = block.sourceOffset(index);
        return article.lines().line(offset) + ":" + article.lines().column(offset);
    }

    private static List<BlockKind> kinds(Article article) {
        return article.blocks().stream().map(Block::kind).toList();
    }

    private static List<String> texts(Article article) {
        return article.blocks().stream().map(Block::text).toList();
    }

    /** Where markup was only dropped, each text character is the very character at its source offset. */
    private static void assertMapsExactly(Article article) {
        for (Block block : article.blocks()) {
            for (int i = 0; i < block.text().length(); i++) {
                assertThat(article.text().charAt(block.sourceOffset(i)))
                        .as("char %d of %s", i, block).isEqualTo(block.text().charAt(i));
            }
        }
    }

    @Nested
    class Body {
        @Test
        void headingTextStartsAfterItsMarker() {
            Article article = parse("## Tide Tables Revised\n");

            Block heading = article.blocks().get(0);
            assertThat(heading.kind()).isEqualTo(BlockKind.HEADING);
            assertThat(heading.text()).isEqualTo("Tide Tables Revised");
            assertThat(where(article, heading, "Tide")).isEqualTo("1:4");
            assertThat(where(article, heading, "Revised")).isEqualTo("1:16");
            assertThat(article.format()).isEqualTo(ArticleFormat.MARKDOWN);
        }

        @Test
        void setextHeadingIsAHeading() {
            Article article = parse("Ferry Returns\n=============\n\nThe boat is back.\n");

            assertThat(kinds(article)).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH);
            assertThat(texts(article)).containsExactly("Ferry Returns", "The boat is back.");
            assertThat(where(article, article.blocks().get(1), "boat")).isEqualTo("4:5");
        }

        @Test
        void emphasisMarkupIsDroppedButPositionsStayExact() {
            Article article = parse("The mayor was **very** clear and *calm* today.\n");

            Block paragraph = article.blocks().get(0);
            assertThat(paragraph.text()).isEqualTo("The mayor was very clear and calm today.");
            assertThat(where(article, paragraph, "very")).isEqualTo("1:17");
            assertThat(where(article, paragraph, "clear")).isEqualTo("1:24");
            assertThat(where(article, paragraph, "today")).isEqualTo("1:41");
            assertMapsExactly(article);
        }

        @Test
        void linkTextIsKeptAndTheLinkRecorded() {
            String text = "Read the [council minutes](https://example.org/minutes \"Minutes\") before voting.\n";
            Article article = parse(text);

            Block paragraph = article.blocks().get(0);
            assertThat(paragraph.text()).isEqualTo("Read the council minutes before voting.");
            assertThat(where(article, paragraph, "council")).isEqualTo("1:11");
            assertThat(where(article, paragraph, "before")).isEqualTo("1:67");
            Link link = paragraph.links().get(0);
            assertThat(link.url()).isEqualTo("https://example.org/minutes");
            assertThat(link.text()).isEqualTo("council minutes");
            assertThat(text.substring(link.sourceStart(), link.sourceEnd()))
                    .isEqualTo("[council minutes](https://example.org/minutes \"Minutes\")");
            assertMapsExactly(article);
        }

        @Test
        void referenceLinksAndAutolinksResolveTheirUrls() {
            Article article = parse("See [the report][r] or <https://example.net/x>.\n\n[r]: https://example.com/report\n");

            Block paragraph = article.blocks().get(0);
            assertThat(paragraph.text()).isEqualTo("See the report or https://example.net/x.");
            assertThat(paragraph.links()).extracting(Link::url)
                    .containsExactly("https://example.com/report", "https://example.net/x");
            assertThat(article.blocks()).hasSize(1);
        }

        @Test
        void softLineBreakKeepsTheSecondLineInPlace() {
            Article article = parse("Rain fell all night\non the quayside.\n");

            Block paragraph = article.blocks().get(0);
            assertThat(paragraph.text()).isEqualTo("Rain fell all night\non the quayside.");
            assertThat(where(article, paragraph, "quayside")).isEqualTo("2:8");
            assertThat(where(article, paragraph, "\n")).isEqualTo("1:20");
            assertMapsExactly(article);
        }

        @Test
        void hardLineBreaksMapToTheLineEnd() {
            Article article = parse("First line  \nsecond line\\\nthird line\n");

            Block paragraph = article.blocks().get(0);
            assertThat(paragraph.text()).isEqualTo("First line\nsecond line\nthird line");
            int firstBreak = paragraph.text().indexOf('\n');
            int secondBreak = paragraph.text().lastIndexOf('\n');
            assertThat(paragraph.sourceOffset(firstBreak)).isEqualTo(12);
            assertThat(paragraph.sourceOffset(secondBreak)).isEqualTo(25);
            assertThat(where(article, paragraph, "third")).isEqualTo("3:1");
        }

        @Test
        void emojiLineIsAParagraphAtColumnOne() {
            Article article = parse("Intro.\n\n🔗\n\n🔗 Pier 🚢 open\n");

            assertThat(texts(article)).containsExactly("Intro.", "🔗", "🔗 Pier 🚢 open");
            Block emoji = article.blocks().get(1);
            assertThat(emoji.kind()).isEqualTo(BlockKind.PARAGRAPH);
            assertThat(where(article, emoji, "🔗")).isEqualTo("3:1");
            assertThat(where(article, article.blocks().get(2), "open")).isEqualTo("5:10");
        }

        @Test
        void aParagraphThatIsASourceLineIsOne() {
            Article article = parse("Body text.\n\nSOURCE: AA\n\n> Source: a quote, not a credit\n");

            assertThat(kinds(article)).containsExactly(BlockKind.PARAGRAPH, BlockKind.SOURCE_LINE, BlockKind.QUOTE);
            assertThat(where(article, article.blocks().get(1), "AA")).isEqualTo("3:9");
        }

        @Test
        void codeSpanKeepsItsLiteral() {
            Article article = parse("Type `tide --today` to check.\n");

            Block paragraph = article.blocks().get(0);
            assertThat(paragraph.text()).isEqualTo("Type tide --today to check.");
            assertThat(where(article, paragraph, "--today")).isEqualTo("1:12");
            assertThat(where(article, paragraph, "check")).isEqualTo("1:24");
            assertMapsExactly(article);
        }

        @Test
        void escapesAndEntitiesKeepTheRestOfTheLineExact() {
            Article article = parse("Fish &amp; chips cost 5\\* less at the pier.\n");

            Block paragraph = article.blocks().get(0);
            assertThat(paragraph.text()).isEqualTo("Fish & chips cost 5* less at the pier.");
            assertThat(where(article, paragraph, "Fish")).isEqualTo("1:1");
            assertThat(where(article, paragraph, "&")).isEqualTo("1:6");
            assertThat(where(article, paragraph, "pier")).isEqualTo("1:39");
        }

        @Test
        void blockQuoteParagraphsAreQuotes() {
            Article article = parse("> We will rebuild\n> the harbour wall.\n\nShe left.\n");

            assertThat(kinds(article)).containsExactly(BlockKind.QUOTE, BlockKind.PARAGRAPH);
            Block quote = article.blocks().get(0);
            assertThat(quote.text()).isEqualTo("We will rebuild\nthe harbour wall.");
            assertThat(where(article, quote, "We")).isEqualTo("1:3");
            assertThat(where(article, quote, "harbour")).isEqualTo("2:7");
        }

        @Test
        void listItemsAreBlocksOfTheirOwn() {
            Article article = parse("- nets mended\n- boats painted\n  and launched\n\n1. first vote\n2. second vote\n");

            assertThat(kinds(article)).containsOnly(BlockKind.LIST_ITEM);
            assertThat(texts(article)).containsExactly(
                    "nets mended", "boats painted\nand launched", "first vote", "second vote");
            assertThat(where(article, article.blocks().get(1), "launched")).isEqualTo("3:7");
            assertThat(where(article, article.blocks().get(3), "vote")).isEqualTo("6:11");
        }

        @Test
        void theInnermostContainerDecidesTheKind() {
            Article article = parse("> - quoted item\n\n- > item quote\n");

            assertThat(kinds(article)).containsExactly(BlockKind.LIST_ITEM, BlockKind.QUOTE);
        }

        @Test
        void htmlCodeAndBreaksAreNotProse() {
            String text = """
                    <!-- editor: check the figures -->

                    Before.

                    <div class="ad">Sponsored</div>

                    ```
                    code line
                    ```

                        indented code

                    ***

                    After <!-- inline note --> the break.
                    """;
            Article article = parse(text);

            assertThat(texts(article)).containsExactly("Before.", "After the break.");
            assertThat(where(article, article.blocks().get(1), "the")).isEqualTo("15:28");
        }

        @Test
        void thematicBreakLaterInTheFileIsNotFrontMatter() {
            Article article = parse("Opening line.\n\n---\n\nClosing line.\n");

            assertThat(texts(article)).containsExactly("Opening line.", "Closing line.");
            assertThat(article.problems()).isEmpty();
        }

        @Test
        void emptyInputGivesAnEmptyArticle() {
            Article article = parse("");

            assertThat(article.blocks()).isEmpty();
            assertThat(article.problems()).isEmpty();
            assertThat(article.metadata()).isEqualTo(Metadata.EMPTY);
        }
    }

    @Nested
    class Images {
        @Test
        void imageAloneInAParagraphIsJustAnImage() {
            String text = "Intro.\n\n![Boats at the quay](img/quay.jpg \"Morning light\")\n";
            Article article = parse(text);

            assertThat(kinds(article)).containsExactly(BlockKind.PARAGRAPH, BlockKind.IMAGE);
            Block image = article.blocks().get(1);
            assertThat(image.text()).isEqualTo("Boats at the quay");
            assertThat(where(article, image, "quay")).isEqualTo("3:16");
            Link link = image.links().get(0);
            assertThat(link.url()).isEqualTo("img/quay.jpg");
            assertThat(link.text()).isEqualTo("Morning light");
            assertThat(text.substring(link.sourceStart(), link.sourceEnd()))
                    .isEqualTo("![Boats at the quay](img/quay.jpg \"Morning light\")");
        }

        @Test
        void rawHtmlPhotosAreImagesAndTheirFigureCaptionsCaptions() {
            String text = "Boats <img src=\"quay.jpg\" alt=\"Boats at the quay\"> <img src=\"dot.gif\" width=\"1\">\n\n"
                    + "<figure>\n<img src=\"pier.jpg\" alt=\"The pier\">\n<figcaption>The pier at dawn.</figcaption>\n</figure>\n\n"
                    + "<div class=\"note\">Not prose.</div>\n";
            Article article = parse(text);

            assertThat(kinds(article)).containsExactly(BlockKind.PARAGRAPH, BlockKind.IMAGE, BlockKind.IMAGE,
                    BlockKind.CAPTION);
            assertThat(texts(article)).containsExactly("Boats", "Boats at the quay", "The pier", "The pier at dawn.");
            assertThat(where(article, article.blocks().get(1), "quay")).isEqualTo("1:45");
            assertThat(where(article, article.blocks().get(3), "dawn")).isEqualTo("5:25");
            assertThat(article.blocks().get(2).links()).extracting(Link::url).containsExactly("pier.jpg");
        }

        @Test
        void imageWithoutTitleHasAnEmptyLinkText() {
            Article article = parse("![Gulls](gulls.png)\n");

            assertThat(article.blocks()).singleElement().satisfies(image -> {
                assertThat(image.kind()).isEqualTo(BlockKind.IMAGE);
                assertThat(image.links()).containsExactly(new Link("gulls.png", "", 0, 19));
            });
        }

        @Test
        void imageWithoutAltTextStillPointsAtTheImage() {
            Article article = parse("Text.\n\n![](empty.png)\n");

            Block image = article.blocks().get(1);
            assertThat(image.text()).isEmpty();
            assertThat(article.lines().line(image.sourceStart())).isEqualTo(3);
        }

        @Test
        void imageInsideTextIsTakenOutOfTheParagraph() {
            Article article = parse("The crane ![a *red* crane](crane.jpg) lifted the hull.\n");

            assertThat(kinds(article)).containsExactly(BlockKind.PARAGRAPH, BlockKind.IMAGE);
            Block paragraph = article.blocks().get(0);
            Block image = article.blocks().get(1);
            assertThat(paragraph.text()).isEqualTo("The crane lifted the hull.");
            assertThat(where(article, paragraph, "lifted")).isEqualTo("1:39");
            assertThat(image.text()).isEqualTo("a red crane");
            assertThat(where(article, image, "red")).isEqualTo("1:16");
            assertMapsExactly(article);
        }

        @Test
        void blocksOfOneParagraphFollowSourceOrder() {
            Article article = parse("![Flag](flag.png)\nCaption: the new flag. ![Pole](pole.png)\n");

            assertThat(kinds(article)).containsExactly(BlockKind.IMAGE, BlockKind.PARAGRAPH, BlockKind.IMAGE);
            assertThat(texts(article)).containsExactly("Flag", "Caption: the new flag.", "Pole");
            assertThat(where(article, article.blocks().get(1), "Caption")).isEqualTo("2:1");
        }

        @Test
        void linkAroundAnImageBelongsToTheImage() {
            Article article = parse("[![Full map](map-small.png)](map-large.png)\n");

            Block image = article.blocks().get(0);
            assertThat(article.blocks()).hasSize(1);
            assertThat(image.links()).extracting(Link::url).containsExactly("map-small.png", "map-large.png");
            assertThat(image.links().get(1).text()).isEqualTo("Full map");
        }
    }

    @Nested
    class YamlFrontMatter {
        @Test
        void metadataComesFromTheFrontMatter() {
            String text = """
                    ---
                    title: Harbour Reopens
                    date: 2025-04-28
                    section: Local
                    source: Coast Wire
                    author:
                      - Ada Fenwick
                      - Tom Hale
                    tags: [port, weather]
                    ---
                    # Harbour Reopens

                    Boats returned on *Monday*.
                    """;
            Article article = parse(text);

            Metadata metadata = article.metadata();
            assertThat(metadata.title()).isEqualTo("Harbour Reopens");
            assertThat(metadata.publicationDate()).isEqualTo(LocalDate.of(2025, 4, 28));
            assertThat(metadata.section()).isEqualTo("Local");
            assertThat(metadata.source()).isEqualTo("Coast Wire");
            assertThat(metadata.byline()).isEqualTo("Ada Fenwick");
            assertThat(metadata.fields()).containsEntry("tags", List.of("port", "weather"))
                    .containsEntry("date", "2025-04-28");
            assertThat(article.problems()).isEmpty();
            assertThat(where(article, article.blocks().get(0), "Harbour")).isEqualTo("11:3");
            assertThat(where(article, article.blocks().get(1), "Monday")).isEqualTo("13:20");
        }

        @Test
        void alternativeKeysFillTheSameMetadata() {
            String text = """
                    ---
                    categories: [Sport, Local]
                    agency: Inland Press
                    byline: Mara Quist
                    date: 2025-04-28T10:00:00+03:00
                    ...
                    Body.
                    """;
            Metadata metadata = parse(text).metadata();

            assertThat(metadata.section()).isEqualTo("Sport");
            assertThat(metadata.source()).isEqualTo("Inland Press");
            assertThat(metadata.byline()).isEqualTo("Mara Quist");
            assertThat(metadata.publicationDate()).isEqualTo(LocalDate.of(2025, 4, 28));
        }

        @Test
        void emptyValuesAreLeftOutOfTheFields() {
            Metadata metadata = parse("---\ntitle: Quiet Day\nsubtitle:\nnote: ~\n---\nNothing.\n").metadata();

            assertThat(metadata.fields()).containsOnlyKeys("title");
        }

        @Test
        void brokenYamlIsReportedWhereItBreaksAndTheBodyStillParsed() {
            String text = """
                    ---
                    title: Storm Warning
                    section: News: Local: Coast
                      bad indent: here
                    ---
                    Winds will *rise* tonight.
                    """;
            Article article = parse(text);

            assertThat(article.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.message()).startsWith("Broken front matter: ").doesNotContain("\n");
                assertThat(problem.line()).isEqualTo(3);
                assertThat(problem.column()).isEqualTo(14);
            });
            assertThat(article.metadata()).isEqualTo(Metadata.EMPTY);
            Block paragraph = article.blocks().get(0);
            assertThat(paragraph.text()).isEqualTo("Winds will rise tonight.");
            assertThat(where(article, paragraph, "tonight")).isEqualTo("6:19");
        }

        @Test
        void frontMatterThatIsNotAMappingIsBroken() {
            Article article = parse("---\n- one\n- two\n---\nText.\n");

            assertThat(article.problems()).containsExactly(
                    new InputProblem("Broken front matter: expected \"key: value\" lines, found a list", 2, 1, true));
            assertThat(texts(article)).containsExactly("Text.");
        }

        @Test
        void duplicateKeysAreBroken() {
            Article article = parse("---\ntitle: One\ntitle: Two\n---\nText.\n");

            assertThat(article.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.message()).contains("duplicate key title");
                assertThat(problem.line()).isEqualTo(3);
            });
        }

        @Test
        void aliasBombIsAProblemNotAnException() {
            StringBuilder yaml = new StringBuilder("---\na: &a [x, x]\n");
            for (char key = 'b'; key <= 'p'; key++) {
                char previous = (char) (key - 1);
                yaml.append(key).append(": &").append(key).append(" [*").append(previous).append(", *")
                        .append(previous).append("]\n");
            }
            Article article = parse(yaml + "---\nText.\n");

            assertThat(article.problems()).singleElement()
                    .satisfies(problem -> assertThat(problem.message()).startsWith("Broken front matter: "));
            assertThat(texts(article)).containsExactly("Text.");
        }

        @Test
        void unterminatedFrontMatterStopsTheParse() {
            Article article = parse("---\ntitle: Lost\n\nSome text that never gets read.\n");

            assertThat(article.problems()).containsExactly(
                    new InputProblem("Broken front matter: no closing --- or ... line", 1, 1, true));
            assertThat(article.blocks()).isEmpty();
            assertThat(article.metadata()).isEqualTo(Metadata.EMPTY);
        }

        @Test
        void dateThatIsNotADateIsReportedAtItsKey() {
            Article article = parse("---\ntitle: Fog\n  \ndate: last Tuesday\n---\nThick fog.\n");

            assertThat(article.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.message()).contains("\"last Tuesday\"");
                assertThat(problem.line()).isEqualTo(4);
                assertThat(problem.column()).isEqualTo(1);
            });
            assertThat(article.metadata().publicationDate()).isNull();
            assertThat(article.metadata().title()).isEqualTo("Fog");
            assertThat(article.metadata().fields()).containsEntry("date", "last Tuesday");
        }

        @Test
        void impossibleCalendarDateIsReported() {
            Article article = parse("---\ndate: 2025-02-30\n---\nText.\n");

            assertThat(article.problems()).extracting(InputProblem::line).containsExactly(2);
            assertThat(article.metadata().publicationDate()).isNull();
        }
    }

    @Nested
    class TomlFrontMatter {
        @Test
        void metadataComesFromTomlFrontMatter() {
            String text = """
                    +++
                    title = "Bridge Closed"
                    date = 2025-04-28
                    categories = ["Traffic", "City"]
                    author = "Lin Ostrow"

                    [extra]
                    editor = "J. Moss"
                    +++
                    ## Detour

                    Use the *north* road.
                    """;
            Article article = parse(text);

            Metadata metadata = article.metadata();
            assertThat(metadata.title()).isEqualTo("Bridge Closed");
            assertThat(metadata.publicationDate()).isEqualTo(LocalDate.of(2025, 4, 28));
            assertThat(metadata.section()).isEqualTo("Traffic");
            assertThat(metadata.byline()).isEqualTo("Lin Ostrow");
            assertThat(metadata.fields()).containsEntry("extra", java.util.Map.of("editor", "J. Moss"));
            assertThat(where(article, article.blocks().get(0), "Detour")).isEqualTo("10:4");
            assertThat(where(article, article.blocks().get(1), "road")).isEqualTo("12:17");
        }

        @Test
        void brokenTomlIsReportedAtItsLine() {
            Article article = parse("+++\ntitle = \"Ok\"\nsection = Local\n+++\nText.\n");

            assertThat(article.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.message()).startsWith("Broken front matter: ");
                assertThat(problem.line()).isEqualTo(3);
                assertThat(problem.column()).isEqualTo(11);
            });
            assertThat(texts(article)).containsExactly("Text.");
        }

        @Test
        void tomlDateThatIsNotADateIsReportedAtItsKey() {
            Article article = parse("+++\n  date = \"soon\"\n+++\nText.\n");

            assertThat(article.problems()).containsExactly(new InputProblem(
                    "Front matter date is not a date: \"soon\" (expected YYYY-MM-DD)", 2, 3));
        }
    }
}
