package io.github.copydesk.rule.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.article.Metadata;
import io.github.copydesk.article.WireTextParser;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class SourceLineCheckTest {
    private static final Set<BlockKind> ALL = Set.of(BlockKind.values());
    private static final String NO_SOURCE = "No source credited: end the article with a source line such as 'SOURCE: AA'";
    private static final String NO_SOURCE_SHOWN = "No source credited in the text: if this is not the desk's own copy,"
            + " end it with a source line such as 'SOURCE: AA'";
    private static final String NOT_LAST = "The source line must be the last line of the article";
    private static final Path RULE_FILE = Path.of("rules/newsroom/source-line.yml");

    /** A made-up wire article in the shape of the newsroom's copy, with {@code %s} for the opening and the ending. */
    private static final String ARTICLE = """
             date 2025-03-11 BUSINESS
            Harbour to close for three weeks of repairs
            The operator says ferries will use the northern pier while the quay is rebuilt
            Cranes stand idle at the old quay on Monday. / Photo: Staff
            March 11, 2025

            %sThe harbour of the coastal town will close for three weeks from April for repairs to its main quay, the operator said on Tuesday.

            "The quay has served us for sixty years and it needs new foundations," the operator's director told reporters.

            Ferries will use the northern pier while the work goes on, and fares will not change.
            %s""";

    private static String article(String opening, String ending) {
        return ARTICLE.formatted(opening, ending);
    }

    private static List<Violation> check(Article article, Map<String, Object> options) {
        List<Violation> violations = new ArrayList<>();
        Check check = SourceLineCheck.TYPE.create(new CheckOptions(options));
        check.check(article, ALL, violations::add);
        return violations;
    }

    private static List<Violation> checkArticle(String text) {
        return check(WireTextParser.forArticles().parse("harbour.txt", text), Map.of());
    }

    private static List<Violation> checkArticle(String text, Map<String, Object> options) {
        return check(WireTextParser.forArticles().parse("harbour.txt", text), options);
    }

    private static Article withMetadata(String text, String source, String byline) {
        Article parsed = WireTextParser.forArticles().parse("harbour.txt", text);
        Metadata metadata = new Metadata(null, null, source, null, byline, Map.of());
        return new Article(parsed.path(), parsed.format(), parsed.text(), metadata, parsed.blocks(), parsed.problems());
    }

    private static String excerpt(String text, Violation violation) {
        return text.substring(violation.sourceStart(), violation.sourceEnd());
    }

    @Nested
    class AcceptedCredits {
        @ParameterizedTest
        @ValueSource(strings = {"SOURCE:AA", "SOURCE: AA", "Source: Reuters", "SOURCE: Agencies",
                "Source: TRT World and Agencies", "source : Al Jazeera and news agencies", "SOURCE: AA."})
        void sourceLines(String line) {
            assertThat(checkArticle(article("", "\n" + line + "\n"))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"KIEV (Reuters) - ", "WASHINGTON (AP) — ", "ISTANBUL (AA) – ",
                "BEIJING, April 28 (Xinhua) -- ", "(AFP) - ", "LONDON, April 28 (Reuters) - ", "Paris (AFP) - ",
                "New Delhi, Apr 28 (PTI) ", "New Delhi [India], April 28 (ANI): ", "MOSCOW, April 28. /TASS/. ",
                "Tehran, IRNA - ", "Madrid, Apr 28 (EFE).- ", "KUALA LUMPUR, March 11 (Bernama) -- ",
                "(CNN) — ", "ABU DHABI, 11th March, 2025 (WAM) -- "})
        void datelineTagsInTheFirstParagraph(String tag) {
            assertThat(checkArticle(article(tag, ""))).isEmpty();
        }

        @Test
        void agencySelfCreditInTheFirstParagraph() {
            String text = article("", "").replace("the operator said on Tuesday.", "the operator said, Ukrinform reports.");
            assertThat(checkArticle(text)).isEmpty();
        }

        @Test
        void datelineTagInTheHeadBlock() {
            String text = """
                    Harbour to close for repairs
                    The operator says ferries will use the northern pier
                    LISBON, March 11 (Reuters)

                    The harbour will close for three weeks, the operator said.
                    """;
            assertThat(checkArticle(text)).isEmpty();
        }

        @Test
        void datelineTagInTheSecondParagraphAfterAByline() {
            String text = article("", "").replace("The harbour of the coastal town",
                    "Staff report\n\nLISBON (Reuters) - The harbour of the coastal town");
            assertThat(checkArticle(text)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"(Reporting by Ana Lima; Editing by Tom Reed)",
                "Reporting by Ana Lima in Lisbon; additional reporting by Joe Bloggs; Writing by Tom Reed",
                "Compiled by Daily Sabah", "(With inputs from agencies)", "With input from AP",
                "Associated Press writer Ana Lima in Lisbon contributed to this report.", "(With agency inputs)"})
        void creditPhrasesAtTheEnd(String line) {
            assertThat(checkArticle(article("", "\n" + line + "\n"))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"— AA", "- Reuters", "(ILKHA)", "(İHA)", "AGENCIES", "Agencies", "(AFP)",
                "— Reuters/AFP", "Xinhua", "/AA/", "(With AFP)", "- with Reuters", "— From wire reports",
                "Staff and wire reports"})
        void trailingAgencyCreditAsTheLastBlock(String line) {
            assertThat(checkArticle(article("", "\n" + line + "\n"))).isEmpty();
        }

        /** Unicode case pairs that leave ASCII: the dotted capital I and the Kelvin sign. */
        @ParameterizedTest
        @ValueSource(strings = {"(iha)", "(IHA)", "(İha)", "(KYODO)", "(kyodo)", "(\u212Ayodo)"})
        void agencyCreditInAnyCaseOfItsFirstLetter(String line) {
            String text = article("", "\n" + line + "\n");
            assertThat(checkArticle(text, Map.of("agencies", List.of("İHA", "Kyodo")))).isEmpty();
            assertThat(checkArticle(text, Map.of("agencies", List.of("Reuters")))).isNotEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {" (Reuters)", " — AA", " /AA/", " (IHA)"})
        void trailingAgencyCreditClosingTheLastParagraph(String credit) {
            String text = article("", "").replace("will not change.", "will not change." + credit);
            assertThat(checkArticle(text)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"TRT World and Agencies", "Daily Sabah with Agencies", "Al Jazeera and news agencies",
                "DAILY SABAH WITH AA", "News Desk", "Staff Reporter", "By our correspondent", "BBC News"})
        void outletOrDeskCreditLines(String line) {
            assertThat(checkArticle(article("", "\n" + line + "\n"))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"DAILY SABAH WITH AGENCIES", "Al Jazeera Staff", "BBC News, Lisbon"})
        void outletCreditLinesUnderTheHeadline(String line) {
            String text = article("", "").replace("March 11, 2025\n", line + "\nMarch 11, 2025\n");
            assertThat(checkArticle(text)).isEmpty();
        }

        @Test
        void frontMatterSource() {
            assertThat(check(withMetadata(article("", ""), "AA", null), Map.of())).isEmpty();
        }

        @Test
        void metadataBylineWhenBylinesAreAccepted() {
            assertThat(check(withMetadata(article("", ""), null, "Jane Roe"), Map.of())).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"By Mira Stone", "by Xinhua writers Li Wei, Zhang San", "Mira Stone |11.03.2025"})
        void bylineParagraphWhenBylinesAreAccepted(String byline) {
            String text = article("", "").replace("The harbour of the coastal town",
                    byline + "\n\nThe harbour of the coastal town");
            assertThat(checkArticle(text)).isEmpty();
        }

        @Test
        void bylineInTheHeadBlock() {
            String text = article("", "").replace("March 11, 2025\n", "By Mira Stone\nMarch 11, 2025\n");
            assertThat(checkArticle(text)).isEmpty();
        }
    }

    @Nested
    class NoSource {
        @Test
        void isOneViolationOnTheLastBlockWithItsLineAndColumn() {
            String text = article("", "");
            Article article = WireTextParser.forArticles().parse("harbour.txt", text);

            List<Violation> violations = check(article, Map.of());

            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.detail()).isEqualTo(NO_SOURCE);
                assertThat(article.lines().line(v.sourceStart())).isEqualTo(11);
                assertThat(article.lines().column(v.sourceStart())).isEqualTo(1);
                assertThat(article.lines().line(v.sourceEnd())).isEqualTo(11);
                assertThat(article.lines().column(v.sourceEnd())).isEqualTo(86);
                assertThat(excerpt(text, v)).startsWith("Ferries will use").endsWith("will not change.");
            });
        }

        @Test
        void bylineDoesNotCountWhenBylinesAreNotAccepted() {
            String text = article("", "").replace("March 11, 2025\n", "By Mira Stone\nMarch 11, 2025\n");
            assertThat(checkArticle(text, Map.of("acceptByline", false)))
                    .extracting(Violation::detail).containsExactly(NO_SOURCE);
        }

        @Test
        void metadataBylineDoesNotCountWhenBylinesAreNotAccepted() {
            Article article = withMetadata(article("", ""), null, "Jane Roe");
            assertThat(check(article, Map.of("acceptByline", false))).hasSize(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Reuters reported on Monday that the harbour would close for repairs.",
            "The harbour master told Anadolu that the repairs would take a month.",
            "The operator told the Associated Press (AP) on Monday that fares would not change.",
            "By Monday, the old quay had been fenced off.",
            "Data compiled by Bloomberg show traffic at the harbour is falling.",
            "The deal was reported by Reuters and AFP last week, the operator said."})
        void lookAlikesAreNotCredits(String paragraph) {
            String text = article("", "\n" + paragraph + "\n");
            assertThat(checkArticle(text)).extracting(Violation::detail).containsExactly(NO_SOURCE);
        }

        @Test
        void lookAlikeInTheFirstParagraphIsNotADatelineTag() {
            String text = article("The minister (AA) said ", "");
            assertThat(checkArticle(text)).extracting(Violation::detail).containsExactly(NO_SOURCE);
        }

        @Test
        void outletNameAsTheHeadlineIsNoCredit() {
            String text = " date 2025-03-11 WORLD\nDawn\nThe fleet sails early\n\nFishing boats left the harbour before dawn.\n";
            assertThat(checkArticle(text)).extracting(Violation::detail).containsExactly(NO_SOURCE_SHOWN);
        }

        @Test
        void emptyArticleHasNothingToReport() {
            assertThat(checkArticle("")).isEmpty();
        }
    }

    @Nested
    class SourceLinePlacement {
        @Test
        void sourceLineBeforeTheEndIsReportedAtItsLineColumnOne() {
            String text = article("", "").replace("\nFerries will use", "\nSOURCE: AA\n\nFerries will use");
            Article article = WireTextParser.forArticles().parse("harbour.txt", text);

            List<Violation> violations = check(article, Map.of());

            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.detail()).isEqualTo("The source line must be the last line of the article");
                assertThat(article.lines().line(v.sourceStart())).isEqualTo(11);
                assertThat(article.lines().column(v.sourceStart())).isEqualTo(1);
                assertThat(excerpt(text, v)).isEqualTo("SOURCE: AA");
            });
        }

        @Test
        void everySourceLineButTheLastIsReported() {
            String text = article("", "\nSOURCE: AA\nSOURCE: Reuters\n");
            assertThat(checkArticle(text)).extracting(v -> excerpt(text, v)).containsExactly("SOURCE: AA");
        }
    }

    @Nested
    class AllowedAgencies {
        private static final Map<String, Object> ONLY_AA = Map.of("allowedAgencies", List.of("AA", "IHA"));

        static Stream<Arguments> creditsOutsideTheList() {
            return Stream.of(
                    Arguments.of(article("", "\nSOURCE: Reuters\n"), "Reuters"),
                    Arguments.of(article("LISBON (Reuters) - ", ""), "Reuters"),
                    Arguments.of(article("", "\n— AFP\n"), "AFP"),
                    Arguments.of(article("", "\nSOURCE: AA / Xinhua\n"), "Xinhua"));
        }

        @ParameterizedTest
        @MethodSource("creditsOutsideTheList")
        void creditOutsideTheListIsReportedOnTheName(String text, String agency) {
            assertThat(checkArticle(text, ONLY_AA)).singleElement().satisfies(v -> {
                assertThat(excerpt(text, v)).isEqualTo(agency);
                assertThat(v.detail()).contains("'" + agency + "'", "AA, IHA");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"\nSOURCE: aa\n", "\n(IHA)\n", "\nTRT World and Agencies\n", "\nSOURCE: Agencies\n"})
        void allowedAgenciesAndOutletsPass(String ending) {
            assertThat(checkArticle(article("", ending), ONLY_AA)).isEmpty();
        }

        @Test
        void anyAgencyPassesWhenTheListIsEmpty() {
            assertThat(checkArticle(article("", "\nSOURCE: Kyiv Wire Service\n"))).isEmpty();
        }
    }

    @Nested
    class MetadataAgreement {
        @Test
        void sourceLineThatDisagreesWithTheFrontMatterIsReported() {
            String text = article("", "\nSOURCE: Reuters\n");
            List<Violation> violations = check(withMetadata(text, "AA", null), Map.of());
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(excerpt(text, v)).isEqualTo("SOURCE: Reuters");
                assertThat(v.detail()).contains("'Reuters'", "'AA'");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"A.A.", "aa", " AA "})
        void caseAndPunctuationDoNotMatter(String declared) {
            assertThat(check(withMetadata(article("", "\nSOURCE:AA\n"), declared, null), Map.of())).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"AA, Anadolu Agency", "AFP, Agence France-Presse", "PTI, Press Trust of India",
                "TRT World and Agencies, TRT World", "TRT World, TRT World and Agencies", "AA, Anadolu",
                "AP, The Associated Press"})
        void anAbbreviationOrAFullerFormOfTheSameNameAgrees(String line, String declared) {
            assertThat(check(withMetadata(article("", "\nSOURCE: " + line + "\n"), declared, null), Map.of())).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"AP, Anadolu Agency", "Reuters, Xinhua", "TRT, Daily Sabah"})
        void differentSourcesDisagree(String line, String declared) {
            assertThat(check(withMetadata(article("", "\nSOURCE: " + line + "\n"), declared, null), Map.of())).hasSize(1);
        }

        @Test
        void aSourceLineNamingNoAgencyOrOutletCreditsDataNotTheArticle() {
            assertThat(check(withMetadata(article("", "\nSource: TurkStat\n"), "AA", null), Map.of())).isEmpty();
        }
    }

    @Nested
    class Options {
        @Test
        void typeAcceptsItsOptionsAndReadsEveryBlockKind() {
            assertThat(SourceLineCheck.TYPE.name()).isEqualTo("source-line");
            assertThat(SourceLineCheck.TYPE.optionNames())
                    .containsExactlyInAnyOrder("acceptByline", "allowedAgencies", "agencies", "outlets", "creditPhrases",
                    "sourceLineForm", "houseCredits", "notTags", "leftoverCues", "agencyCopyCues", "noCredit",
                    "noCreditUnshown", "issuingBodies", "creditSentences");
            assertThat(SourceLineCheck.TYPE.defaultScope()).containsExactlyInAnyOrder(BlockKind.values());
        }

        static Stream<Arguments> badOptions() {
            return Stream.of(
                    Arguments.of("acceptByline", "yes"),
                    Arguments.of("allowedAgencies", List.of(Map.of("name", "AA"))),
                    Arguments.of("agencies", 42),
                    Arguments.of("outlets", List.of("TRT World", " ")),
                    Arguments.of("creditPhrases", List.of("")),
                    Arguments.of("noCredit", "loud"),
                    Arguments.of("noCreditUnshown", List.of("info", "error")),
                    Arguments.of("houseCredits", List.of(" ")));
        }

        @ParameterizedTest
        @MethodSource("badOptions")
        void badOptionValueIsAnOptionException(String option, Object value) {
            assertThatThrownBy(() -> new SourceLineCheck(new CheckOptions(Map.of(option, value))))
                    .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.option()).isEqualTo(option))
                    .hasMessageContaining(option);
        }

        @Test
        void customAgencyListIsUsed() {
            String text = article("PORTO (Gazeta Wire) - ", "");
            assertThat(checkArticle(text)).isEmpty();
            String lowerCasePlace = article("Porto (Gazeta) ", "");
            assertThat(checkArticle(lowerCasePlace)).hasSize(1);
            assertThat(checkArticle(lowerCasePlace, Map.of("agencies", List.of("Gazeta")))).isEmpty();
        }
    }

    @Nested
    class HostileInput {
        private static final Map<String, Object> ONLY_AA = Map.of("allowedAgencies", List.of("AA"));

        @Test
        void aCreditLineOfThousandsOfNamesDoesNotOverflowTheStack() {
            // One "word" of names passed the word limit, and matching it recursed once per name.
            String text = article("", "\n" + "AA/".repeat(3_000) + "AA\n");

            assertThat(checkArticle(text)).isEmpty();
        }

        @Test
        void aSourceLineWithALongRunOfBlanksIsSplitIntoItsNames() {
            // The lazy value before trailing blanks and dots tried every split of the run: quadratic time.
            String text = article("", "\nSOURCE: AA /" + " ".repeat(300_000) + "Reuters" + " .".repeat(50_000) + "\n");

            assertThat(checkArticle(text, ONLY_AA)).singleElement()
                    .satisfies(v -> assertThat(excerpt(text, v)).isEqualTo("Reuters"));
        }

        @Test
        void aBracketedSourceWithALongRunOfBlanksIsOneName() {
            String name = "AFP" + " ".repeat(100_000) + "x";
            String text = article("", "\nSOURCE: (" + name + ")\n");

            assertThat(checkArticle(text, ONLY_AA)).singleElement()
                    .satisfies(v -> assertThat(excerpt(text, v)).isEqualTo(name));
        }

        @Test
        void aDatelineTagBeforeALongRunOfBlanksIsReadAsATag() {
            // The blanks on either side of an optional stop after the tag split the run: quadratic time.
            String blanks = " ".repeat(100_000);

            assertThat(checkArticle(article("KIEV (Reuters)" + blanks + "- ", ""))).isEmpty();
            assertThat(checkArticle(article("KIEV (Reuters)" + blanks + "said that ", "")))
                    .extracting(Violation::detail).containsExactly(NO_SOURCE);
            assertThat(checkArticle(article("KIEV (Harbour Wire)" + blanks + ": - ", ""))).isEmpty();
        }
    }

    @Test
    void oneInstanceServesManyArticlesAtOnce() {
        Check check = new SourceLineCheck(CheckOptions.none());
        List<String> texts = List.of(article("", ""), article("LISBON (Reuters) - ", ""), article("", "\nSOURCE: AA\n"));
        List<Integer> counts = IntStream.range(0, 300).parallel().mapToObj(i -> {
            List<Violation> found = new ArrayList<>();
            check.check(WireTextParser.forArticles().parse("a.txt", texts.get(i % 3)), ALL, found::add);
            return found.size();
        }).toList();
        assertThat(counts).containsExactlyElementsOf(
                IntStream.range(0, 300).mapToObj(i -> i % 3 == 0 ? 1 : 0).toList());
    }

    /**
     * Stored text without blank lines, as the plain layout reads it: the first line the headline,
     * every other non-empty line a paragraph, a line in the wire desk's {@code SOURCE} form its source line.
     */
    private static Article plain(String text) {
        List<io.github.copydesk.article.Block> blocks = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                BlockKind kind = blocks.isEmpty() ? BlockKind.HEADLINE
                        : trimmed.startsWith("SOURCE") ? BlockKind.SOURCE_LINE : BlockKind.PARAGRAPH;
                blocks.add(io.github.copydesk.article.Block.verbatim(kind, trimmed, offset + line.indexOf(trimmed)));
            }
            offset += line.length() + 1;
        }
        return new Article("plain.txt", io.github.copydesk.article.ArticleFormat.WIRE_TEXT, text, Metadata.EMPTY, blocks,
                List.of());
    }

    /** A plain-layout story of four paragraphs with {@code %s} for the lines above and below it. */
    private static final String PLAIN = """
            Ferry fares to rise in June
            %s
            The ferry operator will raise fares by five per cent from June, its chief executive said on Monday.
            She said fuel and repairs to the northern pier had cost the company more than it expected this year.
            Season tickets bought before the end of May will keep their price until they run out, she added.
            The council, which owns a third of the company, will discuss the rise at its meeting next week.
            %s
            """;

    private static List<Violation> checkPlain(String top, String bottom) {
        return check(plain(PLAIN.formatted(top, bottom)), Map.of());
    }

    @Nested
    class RealCopyForms {
        @ParameterizedTest
        @ValueSource(strings = {"RIVERTON, Ore. (KXYZ) — ", "(MENAFN- Harbour Times) ",
                "NEW YORK, Sept. 22, 2025 /PRNewswire/ -- ", "TORONTO, March 3, 2025 /CNW/ - ",
                "Accra, March 24, GNA - ", "Tamale, March 24, TNA - ", "03 Dec 2025; MEMO: ",
                "SAN MATEO, Calif.--(HARBOUR WIRE)--", "(KXYZ) "})
        void datelineTagsOutsideTheListsCredit(String tag) {
            assertThat(checkArticle(article(tag, ""))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"RIVERTON (UPDATE) ", "LISBON (VIDEO) — ", "Officials in Accra (GNA) said ",
                "The court (ICC) said ", "Kumasi, KNUST - "})
        void bracketsThatAreNoDatelineTagDoNotCredit(String opening) {
            assertThat(checkArticle(article(opening, ""))).extracting(Violation::detail).containsExactly(NO_SOURCE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ANKARA-Anadolu Agency", "ISTANBUL – AA", "Press Trust of India August 5, 2025, 14:50 IST",
                "PTI | Riverton | Updated: Aug 5, 2025 14:50 IST", "By JANE DOE and JOHN ROE, Associated Press Writers",
                "By Jane Doe, Associated Press Writer Posted: Aug 5, 2025 3:40 p.m.", "Tribune News Service",
                "A Correspondent", "Staff Reporter", "Valley Report", "Courtesy: The Canadian Press.",
                "The Harbour Post (Riverton)", "Vanguard (Lagos)"})
        void creditLinesAndBylinesNearTheTopOfPlainText(String line) {
            assertThat(checkPlain(line, "")).isEmpty();
            assertThat(checkPlain("Listen to this article\nShare\n" + line, "")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"This report by The Canadian Press was first published May 30, 2025.",
                "Published in the Valley Courier, October 7th, 2016", "(With inputs from PTI)", "Source: AAP",
                "A Correspondent", "Tribune News Service"})
        void endCreditsOfPlainText(String line) {
            assertThat(checkPlain("", line)).isEmpty();
            assertThat(checkPlain("", line + "\nRead more: Council to vote on the ferry budget\nShare this article"
                    + "\nhttps://example.com/ferries\nRelated\nTram depot to become a market hall")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Ferry Fares (Update)", "Harbour Talks (Live)"})
        void aTitleWithABracketedTagIsNoOutletLine(String line) {
            assertThat(checkPlain(line, "")).isNotEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"The post Ferry fares to rise in June appeared first on Valley Courier.",
                "The Associated Press created this story using data from the harbour board.",
                "Courier harbour writer Jane Doe can be reached at jdoe@example.org or 555-0100."})
        void creditSentencesAtTheEndOfPlainText(String line) {
            assertThat(checkPlain("", "")).isNotEmpty();
            assertThat(checkPlain("", line)).isEmpty();
            assertThat(checkPlain("", line + "\nViewing all articles\nBrowse latest Browse all 120")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"next week.AGENCIES", "next week. AFP", "next week. PTI ABC XYZ",
                "next week.\"This report by The Canadian Press was first published May 30, 2025. Advertisement",
                "next week. (TSX:HBR)Jane Doe, The Canadian Press"})
        void agencyGluedToTheLastSentence(String ending) {
            assertThat(check(plain(PLAIN.formatted("", "").replace("next week.", ending)), Map.of())).isEmpty();
        }

        @Test
        void aDatelineTagOpeningAFileWhoseFirstLineIsReadAsTheHeadline() {
            String text = PLAIN.formatted("", "").replace("Ferry fares to rise in June\n",
                    "NEW YORK, Sept. 22, 2025 /PRNewswire/ -- Northwind Ferries today announced new fares.\n");
            assertThat(check(plain(text), Map.of())).isEmpty();
        }

        @Test
        void bylineGluedToASentenceCaseHeadline() {
            String text = PLAIN.formatted("", "").replace("Ferry fares to rise in June", "Ferry fares to rise in June By Jane Doe");
            assertThat(check(plain(text), Map.of())).isEmpty();
            String glued = PLAIN.formatted("", "").replace("Ferry fares to rise in June", "Ferry fares to rise in JuneBy Jane Doe");
            assertThat(check(plain(glued), Map.of())).isEmpty();
        }

        @Test
        void titleCaseHeadlineWithByIsNoByline() {
            String text = PLAIN.formatted("", "").replace("Ferry fares to rise in June", "Fares Driven Up By Fuel Costs");
            assertThat(check(plain(text), Map.of())).extracting(Violation::detail).containsExactly(NO_SOURCE_SHOWN);
        }

        @Test
        void aSourceLineFollowedOnlyByLeftoversIsTheLastLine() {
            String leftovers = "SOURCE: AA\nRead more: Council to vote on the ferry budget\n🔗\n"
                    + "Sign up for our morning newsletter to get the top stories before breakfast.\n"
                    + "https://example.com/ferries?utm_source=share\nShare this with family and friends\n"
                    + "Follow @valleycourier for updates.\nHarbour Gazette - Tram depot to become a market hall\n"
                    + "The old depot will open as a covered market in the autumn, the council says.\n»";
            assertThat(check(plain(PLAIN.formatted("", leftovers)), Map.of())).isEmpty();
        }

        @Test
        void aSourceLineFollowedByStoryCopyIsReported() {
            String text = PLAIN.formatted("", "SOURCE: AA\n"
                    + "The operator also plans to buy two new boats by the end of next year.\n"
                    + "Read more: Council to vote on the ferry budget");
            assertThat(check(plain(text), Map.of())).extracting(Violation::detail).containsExactly(NOT_LAST);
        }
    }

    @Nested
    class NoCreditLevels {
        @Test
        void plainCopyWithNoCreditInSightIsOnlyNoted() {
            assertThat(checkPlain("", "")).singleElement().satisfies(violation -> {
                assertThat(violation.detail()).isEqualTo(NO_SOURCE_SHOWN);
                assertThat(violation.severity()).isEqualTo(io.github.copydesk.rule.Severity.INFO);
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"LISBON, March 3 - The ferry", "New Delhi, Aug 5, 2025: The ferry"})
        void aDatedDatelineWithoutATagIsNoEvidenceOfAgencyCopy(String opening) {
            String text = PLAIN.formatted("", "").replace("The ferry", opening);
            assertThat(check(plain(text), Map.of())).singleElement().satisfies(violation -> {
                assertThat(violation.detail()).isEqualTo(NO_SOURCE_SHOWN);
                assertThat(violation.severity()).isEqualTo(io.github.copydesk.rule.Severity.INFO);
            });
        }

        @Test
        void aSpeakerTalkingToAnAgencyIsTheAgencysCopy() {
            String text = PLAIN.formatted("", "").replace("its chief executive said on Monday",
                    "its chief executive told Anadolu Agency on Monday");
            assertThat(check(plain(text), Map.of())).extracting(Violation::detail).containsExactly(NO_SOURCE);
        }

        @Test
        void theDesksWireLayoutNeedsACredit() {
            assertThat(checkArticle(article("", ""))).singleElement()
                    .satisfies(violation -> assertThat(violation.detail()).isEqualTo(NO_SOURCE));
        }

        @Test
        void theLevelsAreOptions() {
            assertThat(check(plain(PLAIN.formatted("", "")), Map.of("noCreditUnshown", "off"))).isEmpty();
            assertThat(check(plain(PLAIN.formatted("", "")), Map.of("noCreditUnshown", "error")))
                    .extracting(Violation::severity).containsExactly(io.github.copydesk.rule.Severity.ERROR);
            assertThat(checkArticle(article("", ""), Map.of("noCredit", "warning")))
                    .extracting(Violation::severity).containsExactly(io.github.copydesk.rule.Severity.WARNING);
        }
    }

    @Nested
    class RuleFile {
        @Test
        void hasExactlyTheKeysTheLoaderReads() throws IOException {
            assertThat(ruleFile()).containsOnlyKeys("id", "check", "severity", "message", "description", "options",
                    "examples");
            assertThat(ruleFile()).containsEntry("check", "source-line").containsEntry("message", "${detail}");
        }

        @Test
        void optionsEqualTheDefaultsOfTheCheck() throws IOException {
            Map<?, ?> options = (Map<?, ?>) ruleFile().get("options");
            assertThat(options.get("acceptByline")).isEqualTo(true);
            assertThat((List<?>) options.get("allowedAgencies")).isEmpty();
            assertThat(options.get("agencies")).isEqualTo(SourceLineCheck.DEFAULT_AGENCIES);
            assertThat(options.get("outlets")).isEqualTo(SourceLineCheck.DEFAULT_OUTLETS);
            assertThat(options.get("creditPhrases")).isEqualTo(SourceLineCheck.DEFAULT_CREDIT_PHRASES);
            assertThat(options.get("houseCredits")).isEqualTo(SourceLineCheck.DEFAULT_HOUSE_CREDITS);
            assertThat(options.get("notTags")).isEqualTo(SourceLineCheck.DEFAULT_NOT_TAGS);
            assertThat(options.get("leftoverCues")).isEqualTo(SourceLineCheck.DEFAULT_LEFTOVER_CUES);
            assertThat(options.get("agencyCopyCues")).isEqualTo(SourceLineCheck.DEFAULT_AGENCY_COPY_CUES);
            assertThat(options.get("creditSentences")).isEqualTo(SourceLineCheck.DEFAULT_CREDIT_SENTENCES);
            assertThat(options.get("noCredit")).isEqualTo("error");
            assertThat(options.get("noCreditUnshown")).isEqualTo("info");
        }

        @Test
        void examplesHoldWithTheFileOptions() throws IOException {
            Map<String, Object> rule = ruleFile();
            @SuppressWarnings("unchecked")
            Map<String, Object> options = (Map<String, Object>) rule.get("options");
            Map<?, ?> examples = (Map<?, ?>) rule.get("examples");
            List<?> flag = (List<?>) examples.get("flag");
            List<?> pass = (List<?>) examples.get("pass");
            assertThat(flag).hasSizeGreaterThanOrEqualTo(4);
            assertThat(pass).hasSizeGreaterThanOrEqualTo(6);
            for (Object example : flag) {
                assertThat(checkSnippet((String) example, options)).as("flag example:%n%s", example).isNotEmpty();
            }
            for (Object example : pass) {
                assertThat(checkSnippet((String) example, options)).as("pass example:%n%s", example).isEmpty();
            }
        }

        /** As the plugin reads examples: one that opens with a wire header line is a whole article. */
        private List<Violation> checkSnippet(String text, Map<String, Object> options) {
            WireTextParser parser = text.startsWith("date ") ? WireTextParser.forArticles() : WireTextParser.forSnippets();
            return check(parser.parse("example", text), options);
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> ruleFile() throws IOException {
            try (InputStream in = Files.newInputStream(RULE_FILE)) {
                return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            }
        }
    }

    @Nested
    class SourceLineForm {
        private final Map<String, Object> form = Map.of("sourceLineForm", "SOURCE:${source}");

        @Test
        void aLastSourceLineInAnotherFormIsRewrittenToTheDesksForm() {
            String text = article("", "\nSource: Reuters.\n");

            List<Violation> violations = checkArticle(text, form);

            assertThat(violations).singleElement().satisfies(violation -> {
                assertThat(excerpt(text, violation)).isEqualTo("Source: Reuters.");
                assertThat(violation.detail()).isEqualTo("The source line should read 'SOURCE:Reuters'");
                assertThat(violation.values()).containsEntry(Violation.SUGGESTION, "SOURCE:Reuters");
                assertThat(violation.fix()).contains(new io.github.copydesk.rule.Fix(
                        violation.sourceStart(), violation.sourceEnd(), "SOURCE:Reuters"));
            });
        }

        @Test
        void theDesksFormAndAnyFormWithoutTheOptionPass() {
            assertThat(checkArticle(article("", "\nSOURCE:AA\n"), form)).isEmpty();
            assertThat(checkArticle(article("", "\nSOURCE: AA\n"))).isEmpty();
            assertThat(checkArticle(article("", "\nSOURCE: AA\n"), Map.of("sourceLineForm", ""))).isEmpty();
        }

        @Test
        void aFormWithoutThePlaceholderIsRefused() {
            assertThatThrownBy(() -> SourceLineCheck.TYPE.create(new CheckOptions(Map.of("sourceLineForm", "SOURCE:AA"))))
                    .isInstanceOf(OptionException.class)
                    .hasMessage("option 'sourceLineForm' must be one line with ${source} where the source goes,"
                            + " such as 'SOURCE:${source}'");
        }
    }
}
