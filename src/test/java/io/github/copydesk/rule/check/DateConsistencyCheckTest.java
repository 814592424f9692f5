package io.github.copydesk.rule.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.article.MarkdownParser;
import io.github.copydesk.article.WireTextParser;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.Severity;
import io.github.copydesk.rule.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class DateConsistencyCheckTest {
    private static final Set<BlockKind> ALL = Set.of(BlockKind.values());
    private static final Path RULE_FILE = Path.of("rules/newsroom/date-consistency.yml");

    /**
     * A made-up wire article dated Monday, April 28, 2025: header on line 1, date line on line 5,
     * the paragraph under test on line 7 (body text starts at column 1).
     */
    private static String wire(String dateLine, String paragraph) {
        return """
                 date 2025-04-28 WORLD
                Valley towns count the cost of the spring floods
                Rivers fell back overnight, leaving mud in streets and fields.
                Volunteers clear a flooded square in a river town. / Photo: Staff
                %s

                %s

                Engineers said the levees held along most of the valley.

                SOURCE:AA
                """.formatted(dateLine, paragraph);
    }

    private static String wire(String paragraph) {
        return wire("April 28, 2025", paragraph);
    }

    /** One finding as {@code line:column-endColumn level "text" detail [suggestion]}. */
    private static List<String> findings(Article article, Map<String, Object> options) {
        List<Violation> violations = new ArrayList<>();
        Check check = DateConsistencyCheck.TYPE.create(new CheckOptions(options));
        check.check(article, ALL, violations::add);
        return violations.stream().map(v -> describe(article, v)).toList();
    }

    private static String describe(Article article, Violation v) {
        String matched = article.text().substring(v.sourceStart(), v.sourceEnd());
        String suggestion = v.values().getOrDefault(Violation.SUGGESTION, "");
        return article.lines().line(v.sourceStart()) + ":" + article.lines().column(v.sourceStart()) + " "
                + v.severity().id() + " \"" + matched + "\" " + v.detail() + (suggestion.isEmpty() ? "" : " [" + suggestion + "]");
    }

    private static List<String> checkWire(String text) {
        return findings(WireTextParser.forArticles().parse("floods.txt", text), Map.of());
    }

    private static List<String> checkWire(String text, Map<String, Object> options) {
        return findings(WireTextParser.forArticles().parse("floods.txt", text), options);
    }

    private static List<String> checkMarkdown(String text) {
        return findings(new MarkdownParser().parse("floods.md", text), Map.of());
    }

    @Nested
    class DatelineAgainstMetadata {
        @Test
        void equalDatesPass() {
            assertThat(checkWire(wire("Rescue teams reached the last villages on Monday."))).isEmpty();
        }

        @Test
        void dateLineOfAnotherDayIsAnError() {
            assertThat(checkWire(wire("April 27, 2025", "Rescue teams reached the last villages on Monday.")))
                    .containsExactly("5:1 error \"April 27, 2025\" The dateline says April 27, 2025 but the article "
                            + "is dated Monday, April 28, 2025 [Monday, April 28, 2025]");
        }

        @Test
        void dateLineOfAnotherYearIsAnError() {
            assertThat(checkWire(wire("ANKARA, April 28, 2024", "Rescue teams reached the last villages on Monday.")))
                    .containsExactly("5:9 error \"April 28, 2024\" The dateline says April 28, 2024 but the article "
                            + "is dated Monday, April 28, 2025 [Monday, April 28, 2025]");
        }

        @Test
        void openingDatelineWithoutYearIsReadAgainstTheMetadata() {
            assertThat(checkWire(wire("LISBON, April 28 - Rescue teams reached the villages on Monday."))).isEmpty();
            assertThat(checkWire(wire("LISBON, April 27 - Rescue teams reached the villages on Sunday.")))
                    .containsExactly("7:9 error \"April 27\" The dateline says April 27 but the article is dated "
                            + "Monday, April 28, 2025 [Monday, April 28, 2025]");
        }

        @Test
        void agencyDatelineMayBeADayOffForTimeZones() {
            assertThat(checkWire(wire("WASHINGTON, April 27 (Reuters) - The Senate passed the bill late on Sunday.")))
                    .isEmpty();
            assertThat(checkWire(wire("TOKYO, April 29 (Kyodo) - The ministry said early on Tuesday it would help.")))
                    .isEmpty();
            assertThat(checkWire(wire("WASHINGTON, April 26 (Reuters) - The Senate passed the bill on Saturday.")))
                    .containsExactly("7:13 error \"April 26\" The dateline says April 26 but the article is dated "
                            + "Monday, April 28, 2025 [Monday, April 28, 2025]");
        }

        @Test
        void numericDateLineIsReadBothWays() {
            assertThat(checkWire(wire("28.04.2025 10:45 GMT", "Rescue teams reached the villages on Monday."))).isEmpty();
            assertThat(checkWire(wire("27.04.2025 10:45 GMT", "Rescue teams reached the villages on Monday.")))
                    .containsExactly("5:1 error \"27.04.2025\" The dateline says 27.04.2025 but the article is dated "
                            + "Monday, April 28, 2025 [Monday, April 28, 2025]");
        }

        @Test
        void captionNamingADayIsNotADateline() {
            assertThat(checkWire(wire("Volunteers cleared the square on April 27", "Rescue teams reached the villages.")))
                    .isEmpty();
        }

        @Test
        void timeOfDayInTheMetadataAllowsTheDateSomewhereElseOnEarth() {
            String late = """
                    ---
                    title: Senate passes the flood relief bill
                    date: 2025-04-28T01:30:00+03:00
                    ---

                    WASHINGTON, April 27 - The Senate passed the flood relief bill late on Sunday.
                    """;
            assertThat(checkMarkdown(late)).isEmpty();
            assertThat(checkMarkdown(late.replace("T01:30:00+03:00", "T18:00:00+03:00"))).containsExactly(
                    "6:13 error \"April 27\" The dateline says April 27 but the article is dated Monday, April 28, 2025"
                            + " [Monday, April 28, 2025]");
            assertThat(checkMarkdown(late.replace("T01:30:00+03:00", ""))).containsExactly(
                    "6:13 error \"April 27\" The dateline says April 27 but the article is dated Monday, April 28, 2025"
                            + " [Monday, April 28, 2025]");
        }

        @Test
        void ordinalDayInADateLine() {
            assertThat(checkWire(wire("April 28th, 2025", "Rescue teams reached the villages on Monday."))).isEmpty();
            assertThat(checkWire(wire("April 27th, 2025", "Rescue teams reached the villages on Monday.")))
                    .containsExactly("5:1 error \"April 27th, 2025\" The dateline says April 27th, 2025 but the "
                            + "article is dated Monday, April 28, 2025 [Monday, April 28, 2025]");
        }
    }

    @Nested
    class WeekdayAgainstDate {
        @Test
        void wrongWeekdayIsAnErrorNamingTheRightOne() {
            assertThat(checkWire(wire("The levee broke on Tuesday, April 28, 2025, officials said.")))
                    .containsExactly("7:20 error \"Tuesday, April 28, 2025\" 'Tuesday, April 28, 2025': "
                            + "Monday, April 28, 2025 is a Monday, not a Tuesday [Monday]");
        }

        @Test
        void dateWithoutYearIsTheOneNearestPublication() {
            assertThat(checkWire(wire("Schools reopen on Tuesday, April 29, the mayor said."))).isEmpty();
            assertThat(checkWire(wire("Schools reopen on Wednesday, April 29, the mayor said."))).containsExactly(
                    "7:19 error \"Wednesday, April 29\" 'Wednesday, April 29': Tuesday, April 29, 2025 is a Tuesday, "
                            + "not a Wednesday [Tuesday]");
        }

        @Test
        void weekdayAfterTheDate() {
            assertThat(checkWire(wire("The river peaked on April 26 (Friday), officials said."))).containsExactly(
                    "7:21 error \"April 26 (Friday)\" 'April 26 (Friday)': Saturday, April 26, 2025 is a Saturday, "
                            + "not a Friday [Saturday]");
        }

        @Test
        void weekdayWithTheDateInParentheses() {
            assertThat(checkWire(wire("The river peaked on Friday (April 26), officials said."))).containsExactly(
                    "7:21 error \"Friday (April 26)\" 'Friday (April 26)': Saturday, April 26, 2025 is a Saturday, "
                            + "not a Friday [Saturday]");
        }

        @Test
        void tenseOrDistanceMayPointToAnotherYearThanTheNearest() {
            assertThat(checkWire(wire("The final was played on Friday, September 13, before the floods."))).isEmpty();
            assertThat(checkWire(wire("The new levee will open on Friday, January 2, officials said."))).isEmpty();
            assertThat(checkWire(wire("The summit opens on Friday, November 14, in the capital."))).isEmpty();
            assertThat(checkWire(wire("The final takes place on Friday, September 13, officials said."))).isEmpty();
            assertThat(checkWire(wire("The final takes place on Thursday, May 30, officials said."))).containsExactly(
                    "7:26 error \"Thursday, May 30\" 'Thursday, May 30': Friday, May 30, 2025 is a Friday, "
                            + "not a Thursday [Friday]");
        }

        @Test
        void historicalDatesUseTheirOwnCalendarYear() {
            assertThat(checkWire(wire("The town last flooded on Saturday, April 28, 1945, records show."))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Monday's meeting of the flood committee ran late.",
            "On Saturday, 28 people were rescued from rooftops.",
            "The fair, Saturday, April 26-28, was cancelled.",
            "The fair, Saturday, April 26 to 28, was cancelled.",
            "May the waters fall soon, the mayor said on Monday.",
            "The March for the valley drew crowds, and an August committee met.",
            "The committee met on April 28th and again on Monday.",
            "The notice at https://example.org/2025-04-31-floods was taken down."})
        void lookAlikesPass(String paragraph) {
            assertThat(checkWire(wire(paragraph))).isEmpty();
        }

        @Test
        void weekdayOfDateWithoutYearNeedsAPublicationDate() {
            String undated = "Flood waters fall\n\nSchools reopen on Wednesday, April 29, the mayor said.\n";
            assertThat(checkWire(undated)).isEmpty();
        }
    }

    @Nested
    class ImpossibleDates {
        @Test
        void dayAMonthNeverHas() {
            assertThat(checkWire(wire("The flood began on April 31, officials said."))).containsExactly(
                    "7:20 error \"April 31\" 'April 31' does not exist: April has 30 days");
        }

        @Test
        void februaryTwentyNinthOfACommonYear() {
            assertThat(checkWire(wire("The levee was last inspected on February 29, 2025."))).containsExactly(
                    "7:33 error \"February 29, 2025\" 'February 29, 2025' does not exist: 2025 is not a leap year");
            assertThat(checkWire(wire("The levee was last inspected on February 29, 2024."))).isEmpty();
        }

        @Test
        void impossibleDateIsFoundWithoutAPublicationDate() {
            assertThat(checkWire("Flood waters fall\n\nThe flood began on April 31, officials said.\n"))
                    .containsExactly("3:20 error \"April 31\" 'April 31' does not exist: April has 30 days");
        }
    }

    @Nested
    class PastEventAfterPublication {
        @Test
        void pastTenseWithLaterDateIsAWarning() {
            assertThat(checkWire(wire("Troops retook the town on May 3, 2025, the ministry said."))).containsExactly(
                    "7:27 warning \"May 3, 2025\" 'May 3, 2025' is told as past, but the article is dated Monday, "
                            + "April 28, 2025: check the date or the tense");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "The new bridge will open on May 3, 2025, the ministry said.",
            "The vote is due on May 3, 2025.",
            "The report is expected on May 3, 2025.",
            "Officials scheduled the hearing for May 3, 2025.",
            "The ministry said the ban lasted until May 3, 2025.",
            "Troops retook the town on April 3, 2025, the ministry said.",
            "The ministry announced on Monday that the bridge opens on May 3, 2025.",
            "The law passed last month takes effect on July 1, 2025."})
        void futureScheduleOrEarlierDatePasses(String paragraph) {
            assertThat(checkWire(wire(paragraph))).isEmpty();
        }
    }

    @Nested
    class RelativeYear {
        @Test
        void lastYearNamedAsAnotherYearIsAWarning() {
            assertThat(checkWire(wire("Turnout in last year's 2023 election was low."))).containsExactly(
                    "7:12 warning \"last year's 2023\" 'last year' is 2024 in an article dated Monday, April 28, 2025, "
                            + "not 2023 [2024]");
        }

        @Test
        void thisYearInParentheses() {
            assertThat(checkWire(wire("Exports rose this year (2024), the ministry said."))).containsExactly(
                    "7:14 warning \"this year (2024\" 'this year' is 2025 in an article dated Monday, April 28, 2025, "
                            + "not 2024 [2025]");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Turnout in last year's 2024 election was low.",
            "Last year, 2,300 people were evacuated.",
            "In 2023, last year's champion lost.",
            "Next year's 2026 games will be held in the valley.",
            "This year's 2025-26 budget adds flood money.",
            "Ukraine launched an incursion in August last year, and the deal was signed in November 2024."})
        void agreeingOrUnrelatedYearsPass(String paragraph) {
            assertThat(checkWire(wire(paragraph))).isEmpty();
        }
    }

    @Nested
    class RelativeDays {
        @Test
        void yesterdayInWireCopyIsInfoNamingTheWeekday() {
            assertThat(checkWire(wire("The water rose yesterday and fell today."))).containsExactly(
                    "7:16 info \"yesterday\" 'yesterday' in wire copy: name the day, Sunday (the article is dated "
                            + "Monday, April 28, 2025) [Sunday]",
                    "7:35 info \"today\" 'today' in wire copy: name the day, Monday (the article is dated "
                            + "Monday, April 28, 2025) [Monday]");
        }

        @Test
        void quotedDayWordsPass() {
            assertThat(checkWire(wire("\"We saw the water rise yesterday,\" a farmer said on Monday."))).isEmpty();
            assertThat(checkWire(wire("“Today we start again,” the mayor said."))).isEmpty();
        }

        @Test
        void markdownIsNotWireCopy() {
            assertThat(checkMarkdown("---\ntitle: Floods\ndate: 2025-04-28\n---\n\nThe water fell today.\n")).isEmpty();
        }

        @Test
        void articleWithMetadataButNoDateWithDayWordsIsOneWarning() {
            assertThat(checkMarkdown("---\ntitle: Floods\n---\n\nThe water rose yesterday and fell today.\n"))
                    .containsExactly("5:16 warning \"yesterday\" 'yesterday' cannot be placed: the article has no "
                            + "publication date (a header or front-matter date, or a dateline with the year)");
        }

        @Test
        void textStoredWithoutMetadataIsNotJudgedForItsMissingDate() {
            assertThat(checkWire("Flood waters fall\n\nThe water rose yesterday and fell today.\n")).isEmpty();
            assertThat(checkMarkdown("# Flood waters fall\n\nThe water rose yesterday and fell today.\n")).isEmpty();
        }

        @Test
        void undatedArticleWithWeeksAndYearsPasses() {
            assertThat(checkWire("Flood waters fall\n\nOn Monday the water fell, as it did last week and last year.\n"))
                    .isEmpty();
        }

        @Test
        void dayWordsArePlacedOnlyAgainstTheMetadataDate() {
            String text = """
                    Valley towns count the cost of the spring floods
                    Rivers fell back overnight, leaving mud in streets and fields.
                    April 28, 2025

                    The water fell yesterday, and the levee broke on Wednesday, April 29.
                    """;
            assertThat(checkWire(text)).extracting(f -> f.substring(0, f.indexOf(' ', f.indexOf(' ') + 1)))
                    .containsExactly("5:50 error");
        }
    }

    @Nested
    class DayWordsThatNameNoDay {
        @ParameterizedTest
        @ValueSource(strings = {
            "The mayor told USA TODAY that the bridge would reopen.",
            "The mayor spoke on the Today programme and later on Valley Today.",
            "Today presenter Jane Doe asked the mayor about the bridge.",
            "Today programme listeners heard the mayor on the bridge.",
            "Today's top stories: the bridge reopens and the ferry stops.",
            "Residents sent pictures of the flood. Send yours today!",
            "Subscribe today and get the Courier at your door every morning.",
            "Today, infections are rare, and today's doctors seldom see one.",
            "Engineers who grew up watching Tomorrow's World built the bridge.",
            "The YESTERDAY column of the Courier covered the flood.",
            "Today: Mix of clouds, warmer. Tonight: Partly cloudy.",
            "Today & Tonight: Mostly clear skies and a light breeze."})
        void namesMastheadsSlogansAndNowadaysPass(String paragraph) {
            assertThat(checkWire(wire(paragraph))).isEmpty();
        }

        @Test
        void aDayWordThatNamesADayIsStillReported() {
            assertThat(checkWire(wire("Today, the council voted to close the old ferry landing."))).containsExactly(
                    "7:1 info \"Today\" 'Today' in wire copy: name the day, Monday (the article is dated "
                            + "Monday, April 28, 2025) [Monday]");
            assertThat(checkWire(wire("The ferry made its last crossing yesterday, the council said.")))
                    .extracting(f -> f.substring(0, f.indexOf('"'))).containsExactly("7:34 info ");
        }

        @Test
        void aDayWordAfterADatelineDashOpensTheSentence() {
            assertThat(checkWire(wire("RIVERTON (Valley Wire) - Today the council voted to close the landing.")))
                    .extracting(f -> f.substring(0, f.indexOf('"'))).containsExactly("7:26 info ");
        }

        @Test
        void theWordsAreOptions() {
            Map<String, Object> options = Map.of("nameWords", List.of("hour"), "callsToAction", List.of("pledge"),
                    "presentTenseWords", List.of("thrive"));
            assertThat(checkWire(wire("Today hour listeners heard the mayor."), options)).isEmpty();
            assertThat(checkWire(wire("Pledge today to help the valley."), options)).isEmpty();
            assertThat(checkWire(wire("Today, the valley farms thrive again."), options)).isEmpty();
            assertThat(checkWire(wire("Today presenter Jane Doe asked the mayor."), options)).hasSize(1);
        }
    }

    @Nested
    class Options {
        private static final String FAULTS = wire("April 27, 2025",
                "The levee broke on Tuesday, April 28, 2025, and on April 31 the water rose yesterday.");

        @Test
        void everySubCheckCanBeSwitchedOff() {
            Map<String, Object> off = Map.of("datelineMismatch", "off", "weekdayMismatch", "off", "impossibleDate",
                    "off", "relativeDay", "off");
            assertThat(checkWire(FAULTS)).hasSize(4);
            assertThat(checkWire(FAULTS, off)).isEmpty();
        }

        @Test
        void subCheckLevelIsAnOption() {
            assertThat(checkWire(FAULTS, Map.of("weekdayMismatch", "warning", "relativeDay", "error")))
                    .extracting(f -> f.substring(0, f.indexOf('"')))
                    .containsExactly("5:1 error ", "7:20 warning ", "7:52 error ", "7:76 error ");
        }

        @Test
        void unknownLevelNamesTheOption() {
            assertThatThrownBy(() -> DateConsistencyCheck.TYPE.create(new CheckOptions(Map.of("weekdayMismatch", "loud"))))
                    .isInstanceOf(OptionException.class)
                    .hasMessage("option 'weekdayMismatch' must be one of [error, warning, info] or off, not 'loud'");
        }

        @Test
        void numericOrderReadsSlashDates() {
            String text = wire("Inspectors will check the levee on Wednesday, 29/04/2025.");
            assertThat(checkWire(text)).isEmpty();
            assertThat(checkWire(text, Map.of("numericDateOrder", "day-month"))).containsExactly(
                    "7:36 error \"Wednesday, 29/04/2025\" 'Wednesday, 29/04/2025': Tuesday, April 29, 2025 is a "
                            + "Tuesday, not a Wednesday [Tuesday]");
            assertThatThrownBy(() -> DateConsistencyCheck.TYPE.create(new CheckOptions(
                    Map.of("numericDateOrder", "ymd")))).isInstanceOf(OptionException.class)
                    .hasMessage("option 'numericDateOrder' must be none, day-month or month-day, not 'ymd'");
        }

        @Test
        void severitiesParameterSetsEveryFindingToTheRuleLevel() {
            Check check = DateConsistencyCheck.TYPE.create(CheckOptions.none());
            Rule rule = new Rule("date-consistency", "date-consistency", Severity.ERROR, "${detail}", "", ALL, check,
                    Rule.Examples.NONE, "test").withSeverity(Severity.WARNING);
            List<Violation> violations = new ArrayList<>();
            rule.check().check(WireTextParser.forArticles().parse("a.txt", FAULTS), ALL, violations::add);
            assertThat(violations).hasSize(4).allSatisfy(v -> {
                assertThat(v.severity()).isNull();
                assertThat(v.severityOr(Severity.WARNING)).isEqualTo(Severity.WARNING);
            });
        }
    }

    @Nested
    class RuleFile {
        @Test
        void optionsEqualTheDefaultsOfTheCheck() throws IOException {
            Map<?, ?> options = (Map<?, ?>) ruleFile().get("options");
            DateConsistencyCheck.DEFAULT_LEVELS.forEach((name, level) -> assertThat(options.get(name)).as(name).isEqualTo(level));
            assertThat(options.get("numericDateOrder")).isEqualTo(DateConsistencyCheck.DEFAULT_NUMERIC_DATE_ORDER);
            assertThat(options.get("schedulingWords")).isEqualTo(DateConsistencyCheck.DEFAULT_SCHEDULING_WORDS);
            assertThat(options.keySet().stream().map(String::valueOf).toList())
                    .containsExactlyInAnyOrderElementsOf(DateConsistencyCheck.TYPE.optionNames());
        }

        @Test
        void examplesHoldWithTheFileOptions() throws IOException {
            Map<String, Object> rule = ruleFile();
            @SuppressWarnings("unchecked")
            Map<String, Object> options = (Map<String, Object>) rule.get("options");
            Map<?, ?> examples = (Map<?, ?>) rule.get("examples");
            for (Object example : (List<?>) examples.get("flag")) {
                assertThat(checkSnippet((String) example, options)).as("flag example:%n%s", example).isNotEmpty();
            }
            for (Object example : (List<?>) examples.get("pass")) {
                assertThat(checkSnippet((String) example, options)).as("pass example:%n%s", example).isEmpty();
            }
        }

        /** As the rule's examples are run: one that opens with a wire header line is a whole article. */
        private List<String> checkSnippet(String text, Map<String, Object> options) {
            WireTextParser parser = text.startsWith("date ") ? WireTextParser.forArticles() : WireTextParser.forSnippets();
            return findings(parser.parse("example", text), options);
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> ruleFile() throws IOException {
            try (InputStream in = Files.newInputStream(RULE_FILE)) {
                return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            }
        }
    }
}
