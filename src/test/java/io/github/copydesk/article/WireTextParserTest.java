package io.github.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireTextParserTest {
    static final String ARTICLE = """
             date 2025-03-14 ECONOMY
            Harbour city opens new ferry line to the islands
            Mayor says, "The islands are now twenty minutes from the old town."
            The first ferry leaves the harbour on its opening run. / Photo: Harbour Authority
            March 14, 2025

            The harbour authority on Friday opened a ferry line that links the old town with three islands.

            Tickets cost the same as a bus fare, officials said,
            and children travel free.

            SOURCE:AA
            """;

    private final WireTextParser parser = WireTextParser.forArticles();

    private static String at(Article article, Block block, int textIndex) {
        int offset = block.sourceOffset(textIndex);
        return article.lines().line(offset) + ":" + article.lines().column(offset);
    }

    @Test
    void readsTheHeaderIntoMetadata() {
        Article article = parser.parse("a.txt", ARTICLE);

        assertThat(article.metadata().publicationDate()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(article.metadata().section()).isEqualTo("ECONOMY");
        assertThat(article.metadata().title()).isEqualTo("Harbour city opens new ferry line to the islands");
        assertThat(article.format()).isEqualTo(ArticleFormat.WIRE_TEXT);
        assertThat(article.problems()).isEmpty();
    }

    @Test
    void classifiesTheHeadBlockAndTheBody() {
        Article article = parser.parse("a.txt", ARTICLE);

        assertThat(article.blocks()).extracting(Block::kind).containsExactly(
                BlockKind.HEADLINE, BlockKind.STANDFIRST, BlockKind.CAPTION, BlockKind.DATELINE,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.SOURCE_LINE);
        assertThat(article.blocks().get(3).text()).isEqualTo("March 14, 2025");
        assertThat(article.blocks().get(6).text()).isEqualTo("SOURCE:AA");
    }

    @Test
    void blocksPointAtTheirLinesAndColumns() {
        Article article = parser.parse("a.txt", ARTICLE);
        List<Block> blocks = article.blocks();

        assertThat(at(article, blocks.get(0), 0)).isEqualTo("2:1");
        assertThat(at(article, blocks.get(4), 0)).isEqualTo("7:1");
        Block twoLines = blocks.get(5);
        assertThat(at(article, twoLines, twoLines.text().indexOf("children"))).isEqualTo("10:5");
        assertThat(at(article, blocks.get(6), 0)).isEqualTo("12:1");
    }

    @Test
    void aParagraphKeepsItsLineBreaks() {
        Article article = parser.parse("a.txt", ARTICLE);

        assertThat(article.blocks().get(5).text())
                .isEqualTo("Tickets cost the same as a bus fare, officials said,\nand children travel free.");
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        Article article = parser.parse("a.txt", "Headline\nDeck\n\n🔗 Next story here\n");
        Block marker = article.blocks().get(2);

        assertThat(at(article, marker, marker.text().indexOf("Next"))).isEqualTo("4:3");
    }

    @Test
    void headerWithoutSectionAndWithLeadingWhitespace() {
        Article article = parser.parse("a.txt", "   date 2024-12-31\nHeadline\n\nBody text.\n");

        assertThat(article.metadata().publicationDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(article.metadata().section()).isNull();
        assertThat(article.blocks()).extracting(Block::kind).containsExactly(BlockKind.HEADLINE, BlockKind.PARAGRAPH);
    }

    @Test
    void anImpossibleHeaderDateIsAProblemAtTheDate() {
        Article article = parser.parse("a.txt", " date 2025-02-30 WORLD\nHeadline\n\nBody.\n");

        assertThat(article.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.column()).isEqualTo(7);
            assertThat(problem.message()).contains("2025-02-30");
        });
        assertThat(article.metadata().publicationDate()).isNull();
        assertThat(article.blocks()).hasSize(2);
    }

    @Test
    void withoutHeaderAMultiLineFirstChunkIsTheHeadBlock() {
        Article article = parser.parse("a.txt", "Storm closes mountain pass\nSnow ploughs are out. / Photo: AA\n\n"
                + "ALPVILLE (AA) - The pass closed on Tuesday.\n");

        assertThat(article.blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.HEADLINE, BlockKind.CAPTION, BlockKind.PARAGRAPH);
    }

    @Test
    void withoutHeaderProseIsNotMistakenForAHeadBlock() {
        Article article = parser.parse("a.txt", "ALPVILLE (Reuters) - The pass closed on Tuesday,\n"
                + "officials said.\n\nIt reopens on Friday.\n");

        assertThat(article.blocks()).extracting(Block::kind).containsOnly(BlockKind.PARAGRAPH);
    }

    @Test
    void withNeitherHeaderNorBlankLinesEveryLineUnderTheHeadlineIsAParagraph() {
        Article article = parser.parse("a.txt", "Council backs new ferry timetable\nBy Jane Doe\n"
                + "Residents watch the first ferry leave on Monday.\nThe council voted 9-2 on Monday.\n"
                + "Fares stay the same, officials said.\n");

        assertThat(article.blocks()).extracting(Block::kind).containsExactly(BlockKind.HEADLINE,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        assertThat(article.metadata().title()).isEqualTo("Council backs new ferry timetable");
        assertThat(article.metadata().byline()).isEqualTo("By Jane Doe");
        assertThat(at(article, article.blocks().get(3), 0)).isEqualTo("4:1");
    }

    @Test
    void inPlainTextALineStartingInLowerCaseGoesOnWithTheParagraphBefore() {
        Article article = parser.parse("a.txt", "Council backs new ferry timetable\n"
                + "Tickets cost the same as a bus fare, officials said,\nand children travel free.\n"
                + "The first ferry leaves on Monday.\n");

        assertThat(article.blocks()).extracting(Block::text).containsExactly("Council backs new ferry timetable",
                "Tickets cost the same as a bus fare, officials said,\nand children travel free.",
                "The first ferry leaves on Monday.");
    }

    @Test
    void aTitleStoredTwiceIsAHeadlineBothTimes() {
        Article plain = parser.parse("a.txt", "Ferry fares to stay the same\nFerry fares to stay  the same\n"
                + "The council voted on Monday.\n");
        Article wire = parser.parse("a.txt", "Ferry fares to stay the same\nFERRY FARES TO STAY THE SAME\n"
                + "The operator says the timetable is unchanged\n\nThe council voted on Monday.\n");

        assertThat(plain.blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.HEADLINE, BlockKind.HEADLINE, BlockKind.PARAGRAPH);
        assertThat(wire.blocks()).extracting(Block::kind).containsExactly(BlockKind.HEADLINE, BlockKind.HEADLINE,
                BlockKind.STANDFIRST, BlockKind.PARAGRAPH);
    }

    @Test
    void withoutHeaderAHeadLineIsACaptionOnlyWithACreditsForm() {
        Article article = parser.parse("a.txt", "Ferry fares to stay the same\nOperator keeps the timetable\n"
                + "Updated 3 hours ago\nThe ferry at the quay. / Photo: AA\n\nThe council voted on Monday.\n");

        assertThat(article.blocks()).extracting(Block::kind).containsExactly(BlockKind.HEADLINE,
                BlockKind.STANDFIRST, BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.PARAGRAPH);
    }

    @Test
    void withoutHeaderABlankLineLayoutSplitsAChunkOfWholeLinesButNotAWrappedParagraph() {
        Article article = parser.parse("a.txt", "Ferry fares to stay the same\n\nThe council voted on Monday.\n"
                + "Fares stay the same, officials said.\n\nTickets cost the same as a bus fare, officials said,\n"
                + "and children travel free.\n");

        assertThat(article.blocks()).extracting(Block::kind).containsExactly(BlockKind.HEADLINE,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        assertThat(article.blocks().get(3).text()).endsWith("and children travel free.");
    }

    @Test
    void aSourceLineInsideAChunkStandsAlone() {
        Article article = parser.parse("a.txt", "Headline\nDeck\n\nLast paragraph.\nSource: Reuters\n");

        assertThat(article.blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.HEADLINE, BlockKind.STANDFIRST, BlockKind.PARAGRAPH, BlockKind.SOURCE_LINE);
        assertThat(article.blocks().get(3).text()).isEqualTo("Source: Reuters");
    }

    @Test
    void aBylineInTheHeadBlockIsMetadata() {
        Article article = parser.parse("a.txt", "Headline here\nBy Jane Doe\nMarch 3, 2025\n\nBody.\n");

        assertThat(article.metadata().byline()).isEqualTo("By Jane Doe");
        assertThat(article.blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.HEADLINE, BlockKind.DATELINE, BlockKind.PARAGRAPH);
    }

    @Test
    void aDateLineWithAnOrdinalDayIsTheDateline() {
        Article article = parser.parse("a.txt", " date 2025-03-03\nHeadline here\nStandfirst here.\nMarch 3rd, 2025\n\nBody.\n");

        assertThat(article.blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.HEADLINE, BlockKind.STANDFIRST, BlockKind.DATELINE, BlockKind.PARAGRAPH);
        assertThat(article.blocks().get(2).text()).isEqualTo("March 3rd, 2025");
    }

    @Test
    void snippetsHaveNoHeadBlock() {
        Article article = WireTextParser.forSnippets().parse("example", "Read more\n\nA sentence.\n\nSOURCE: AA");

        assertThat(article.blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.SOURCE_LINE);
    }

    @Test
    void emptyAndBlankFilesGiveNoBlocks() {
        assertThat(parser.parse("a.txt", "").blocks()).isEmpty();
        assertThat(parser.parse("a.txt", "\n  \n\t\n").blocks()).isEmpty();
    }

    @Test
    void trailingWhitespaceIsNotPartOfABlock() {
        Article article = parser.parse("a.txt", "Headline\nDeck\n\n  Indented body.   \n");
        Block body = article.blocks().get(2);

        assertThat(body.text()).isEqualTo("Indented body.");
        assertThat(at(article, body, 0)).isEqualTo("4:3");
    }

    @Test
    void proseThatStartsWithByIsNotAByline() {
        Article article = parser.parse("a.txt", "Headline here\nDeck line\n\nBy Monday, the army had left the town.\n");

        assertThat(article.metadata().byline()).isNull();
    }

    @Test
    void aBylineMayNameSeveralPeopleAndAPlace() {
        Article article = parser.parse("a.txt", "Headline here\nBY JANE DOE and John Roe in Ankara\nMarch 3, 2025\n\nBody.\n");

        assertThat(article.metadata().byline()).isEqualTo("BY JANE DOE and John Roe in Ankara");
    }

    @Test
    void aMixedCaseSourceLineInTheMiddleCreditsAFigureNotTheArticle() {
        Article article = parser.parse("a.txt", "Headline\nDeck\n\nPrices rose 3 percent.\nSource: TurkStat\n\n"
                + "SOURCE: TEST\n\nLast paragraph.\n\nSource: AA\n");

        assertThat(article.blocks()).extracting(Block::kind).containsExactly(BlockKind.HEADLINE, BlockKind.STANDFIRST,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.SOURCE_LINE, BlockKind.PARAGRAPH,
                BlockKind.SOURCE_LINE);
        assertThat(article.blocks().get(3).text()).isEqualTo("Source: TurkStat");
    }

    // --- hostile input: long runs and long repetitions are read in linear time and stack depth ---------

    @Test
    void aLongRunOfBlanksInsideTheHeaderSectionIsPartOfTheSection() {
        // The lazy section before the trailing blanks tried every split of the run: quadratic time.
        String section = "WORLD" + " ".repeat(400_000) + "NEWS";
        Article article = parser.parse("a.txt", "date 2025-03-14 " + section + " \t\nHeadline\nDeck\n\nBody.\n");

        assertThat(article.metadata().section()).isEqualTo(section);
        assertThat(article.metadata().publicationDate()).isEqualTo(LocalDate.of(2025, 3, 14));
    }

    @Test
    void aLongRunOfCombiningMarksInTheHeadBlockIsReadAsText() {
        // Without the Unicode flag, Java's \b walks back over all combining marks before a position:
        // the photo-credit search tried that at every position of the run, in quadratic time.
        String deck = "Deck" + "\u0301".repeat(100_000);
        Article article = parser.parse("a.txt", "Headline\n" + deck + "\n\nBody.\n");

        assertThat(article.blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.HEADLINE, BlockKind.STANDFIRST, BlockKind.PARAGRAPH);
        assertThat(article.blocks().get(1).text()).isEqualTo(deck);
    }

    @Test
    void aLineNamingThousandsOfPeopleIsNoBylineAndDoesNotOverflowTheStack() {
        // The byline pattern recursed once per name in the regex engine: a StackOverflowError, not a finding.
        String names = "By Jane Doe" + " and Jane Doe".repeat(5_000);
        Article article = parser.parse("a.txt", "Headline\n" + names + "\nMarch 3, 2025\n\n" + names + "\n\nBody.\n");

        assertThat(article.metadata().byline()).isNull();
        assertThat(article.blocks()).extracting(Block::kind).containsExactly(BlockKind.HEADLINE,
                BlockKind.STANDFIRST, BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    }

    @Test
    void aBylineWithoutByNamesAPersonAndAPlace() {
        Article article = parser.parse("a.txt", "Headline here\nMira Holt in Tbilisi\nMarch 3, 2025\n\nBody.\n");

        assertThat(article.metadata().byline()).isEqualTo("Mira Holt in Tbilisi");
        assertThat(parser.parse("a.txt", "Headline here\nProtests in Tbilisi\nMarch 3, 2025\n\nBody.\n")
                .metadata().byline()).isNull();
    }
}
