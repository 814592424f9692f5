package io.github.copydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.text.DateMentions.NumericOrder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateMentionsTest {
    private static final DateMentions MENTIONS = new DateMentions(NumericOrder.NONE);
    private static final LocalDate APRIL_28_2025 = LocalDate.of(2025, 4, 28);

    /** A mention as {@code KIND start-end "text" fields}, so that one string states all of it. */
    private static List<String> find(String text) {
        return find(MENTIONS, text);
    }

    private static List<String> find(DateMentions mentions, String text) {
        return mentions.find(text).stream().map(m -> describe(text, m)).toList();
    }

    private static String describe(String text, DateMention m) {
        StringBuilder s = new StringBuilder(m.kind() + " " + m.start() + "-" + m.end() + " \""
                + text.substring(m.start(), m.end()) + "\"");
        switch (m.kind()) {
            case DATE -> s.append(' ').append(m.hasYear() ? m.year() + "-" : "").append(m.month()).append('-')
                    .append(m.day());
            case MONTH_YEAR -> s.append(' ').append(m.year()).append('-').append(m.month());
            case YEAR -> s.append(' ').append(m.year());
            case RELATIVE -> s.append(' ').append(m.relative());
            case WEEKDAY -> { }
        }
        if (m.weekday() != null) {
            s.append(' ').append(m.weekday());
        }
        if (m.range()) {
            s.append(" range");
        }
        return s.toString();
    }

    @Nested
    class FullDates {
        @Test
        void monthDayYear() {
            assertThat(find("Talks opened on April 28, 2025 in Baku."))
                    .containsExactly("DATE 16-30 \"April 28, 2025\" 2025-4-28");
        }

        @Test
        void dayMonthYear() {
            assertThat(find("Talks opened on 28 April 2025 in Baku."))
                    .containsExactly("DATE 16-29 \"28 April 2025\" 2025-4-28");
        }

        @Test
        void abbreviatedMonthWithFullStop() {
            assertThat(find("Filed Apr. 28, 2025."))
                    .containsExactly("DATE 6-19 \"Apr. 28, 2025\" 2025-4-28");
        }

        @Test
        void apStyleSeptember() {
            assertThat(find("Due Sept. 3, 2025.")).containsExactly("DATE 4-17 \"Sept. 3, 2025\" 2025-9-3");
        }

        @Test
        void isoDate() {
            assertThat(find("Updated 2025-04-28 at noon."))
                    .containsExactly("DATE 8-18 \"2025-04-28\" 2025-4-28");
        }

        @Test
        void isoDateWithTime() {
            assertThat(find("2025-04-28T09:30:00Z")).containsExactly("DATE 0-10 \"2025-04-28\" 2025-4-28");
        }

        @Test
        void monthInCapitalsAsInDatelines() {
            assertThat(find("ANKARA, APRIL 28, 2025")).containsExactly("DATE 8-22 \"APRIL 28, 2025\" 2025-4-28");
        }

        @Test
        void ordinalDay() {
            assertThat(find("on April 28th, 2025, and on the 3rd of May"))
                    .containsExactly("DATE 3-19 \"April 28th, 2025\" 2025-4-28", "DATE 32-42 \"3rd of May\" 5-3");
        }

        @Test
        void historicalDate() {
            assertThat(find("on April 28, 1945, the war")).containsExactly("DATE 3-17 \"April 28, 1945\" 1945-4-28");
        }
    }

    @Nested
    class NumericDates {
        @Test
        void ignoredWithoutAnOrder() {
            assertThat(find("Filed 28/04/2025.")).isEmpty();
        }

        @Test
        void dayFirst() {
            assertThat(find(new DateMentions(NumericOrder.DAY_MONTH), "Filed 04/05/2025."))
                    .containsExactly("DATE 6-16 \"04/05/2025\" 2025-5-4");
        }

        @Test
        void monthFirst() {
            assertThat(find(new DateMentions(NumericOrder.MONTH_DAY), "Filed 04/05/2025."))
                    .containsExactly("DATE 6-16 \"04/05/2025\" 2025-4-5");
        }

        @Test
        void bothReadingsForADateline() {
            assertThat(DateMentions.numericReadings("28.04.2025 10:45").stream().map(m -> describe("28.04.2025", m)))
                    .containsExactly("DATE 0-10 \"28.04.2025\" 2025-4-28");
            assertThat(DateMentions.numericReadings("04.05.2025").stream().map(m -> describe("04.05.2025", m)))
                    .containsExactly("DATE 0-10 \"04.05.2025\" 2025-5-4", "DATE 0-10 \"04.05.2025\" 2025-4-5");
        }

        @Test
        void phoneNumbersAndVersionsAreNotDates() {
            assertThat(find(new DateMentions(NumericOrder.DAY_MONTH), "Call 0212.04.2025 or v1.2.2025.4"))
                    .isEmpty();
        }
    }

    @Nested
    class DatesWithoutYear {
        @Test
        void monthDay() {
            assertThat(find("Polls close on April 26.")).containsExactly("DATE 15-23 \"April 26\" 4-26");
        }

        @Test
        void dayMonth() {
            assertThat(find("Polls close on 26 April.")).containsExactly("DATE 15-23 \"26 April\" 4-26");
        }

        @Test
        void rangeWithHyphen() {
            assertThat(find("The fair runs April 26-28.")).containsExactly("DATE 14-22 \"April 26\" 4-26 range");
        }

        @Test
        void rangeWithTo() {
            assertThat(find("The fair runs April 26 to 28.")).containsExactly("DATE 14-22 \"April 26\" 4-26 range");
        }

        @Test
        void rangeAcrossMonths() {
            assertThat(find("from April 30-May 2")).containsExactly("DATE 5-13 \"April 30\" 4-30 range", "DATE 14-19 \"May 2\" 5-2");
        }

        @Test
        void rangeBeforeMonth() {
            assertThat(find("The fair runs 26-28 April 2025."))
                    .containsExactly("DATE 14-30 \"26-28 April 2025\" 2025-4-26 range");
        }

        @Test
        void monthAndYear() {
            assertThat(find("the deal signed in November 2024"))
                    .containsExactly("MONTH_YEAR 19-32 \"November 2024\" 2024-11");
        }

        @Test
        void monthFollowedByRelativeYear() {
            assertThat(find("an incursion in August last year"))
                    .containsExactly("RELATIVE 23-32 \"last year\" LAST_YEAR");
        }
    }

    @Nested
    class Weekdays {
        @Test
        void weekdayAlone() {
            assertThat(find("Putin said on Monday that")).containsExactly("WEEKDAY 14-20 \"Monday\" MONDAY");
        }

        @Test
        void weekdayBeforeDate() {
            assertThat(find("on Monday, April 28, 2025, the"))
                    .containsExactly("DATE 3-25 \"Monday, April 28, 2025\" 2025-4-28 MONDAY");
        }

        @Test
        void weekdayBeforeDayMonth() {
            assertThat(find("on Monday 28 April the")).containsExactly("DATE 3-18 \"Monday 28 April\" 4-28 MONDAY");
        }

        @Test
        void abbreviatedWeekdayBeforeDate() {
            assertThat(find("Wed., April 30")).containsExactly("DATE 0-14 \"Wed., April 30\" 4-30 WEDNESDAY");
        }

        @Test
        void weekdayInParenthesesAfterDate() {
            assertThat(find("on April 28 (Monday) the"))
                    .containsExactly("DATE 3-20 \"April 28 (Monday)\" 4-28 MONDAY");
        }

        @Test
        void dateInParenthesesAfterWeekday() {
            assertThat(find("on Monday (April 28) the"))
                    .containsExactly("DATE 3-20 \"Monday (April 28)\" 4-28 MONDAY");
        }

        @Test
        void parenthesisThatDoesNotCloseAfterTheDateKeepsTheWeekdayApart() {
            assertThat(find("Monday (April 28 and 29)")).containsExactly(
                    "WEEKDAY 0-6 \"Monday\" MONDAY", "DATE 8-16 \"April 28\" 4-28 range");
        }

        @Test
        void possessiveWeekdayIsAWeekdayWithoutDate() {
            assertThat(find("Monday's meeting ended late.")).containsExactly("WEEKDAY 0-6 \"Monday\" MONDAY");
        }

        @Test
        void weekdayBeforeCountIsNotADate() {
            assertThat(find("On Saturday, 28 people were hurt."))
                    .containsExactly("WEEKDAY 3-11 \"Saturday\" SATURDAY");
        }

        @Test
        void sunAndWedAloneAreNotWeekdays() {
            assertThat(find("The Sun rose as Wed. voters queued.")).isEmpty();
        }

        @Test
        void pluralWeekdaysAreHabitsNotDays() {
            assertThat(find("Ferries run on Fridays and Saturdays.")).isEmpty();
        }
    }

    @Nested
    class Relative {
        @ParameterizedTest
        @CsvSource({
            "yesterday, YESTERDAY", "Today, TODAY", "tomorrow, TOMORROW", "last week, LAST_WEEK",
            "last year, LAST_YEAR", "this year, THIS_YEAR", "next year, NEXT_YEAR"})
        void words(String word, DateMention.RelativeWord relative) {
            assertThat(find("He left " + word + ".")).containsExactly(
                    "RELATIVE 8-" + (8 + word.length()) + " \"" + word + "\" " + relative);
        }

        @Test
        void spansAreNotRelativeDates() {
            assertThat(find("in the last week of May and over the next year")).isEmpty();
        }

        @Test
        void relativeYearNextToAYear() {
            assertThat(find("last year's 2023 election")).containsExactly(
                    "RELATIVE 0-9 \"last year\" LAST_YEAR", "YEAR 12-16 \"2023\" 2023");
        }
    }

    @Nested
    class LookAlikes {
        @ParameterizedTest
        @ValueSource(strings = {
            "May the best team win.",
            "It may rain, and they may 5 times.",
            "The March of the unemployed reached the city.",
            "An august body of scholars, an August assembly.",
            "Theresa May 10 years ago said no.",
            "In June 2,000 troops arrived.",
            "The vote May 10:30 is a typo.",
            "The 2024-25 season and the 2020-2024 plan.",
            "Some 2,025 troops and 2025.5 tonnes.",
            "Call +90 212 555 01 01.",
            "They won 2-1 and 3:2.",
            "in March, and in May"})
        void areNotDates(String text) {
            assertThat(find(text)).isEmpty();
        }

        @Test
        void aYearAfterADateThatIsACount() {
            assertThat(find("On April 28, 1500 people marched."))
                    .containsExactly("DATE 3-11 \"April 28\" 4-28");
        }
    }

    @Nested
    class Years {
        @Test
        void plainYears() {
            assertThat(find("Between 1999 and 2024 (and in 2025).")).containsExactly(
                    "YEAR 8-12 \"1999\" 1999", "YEAR 17-21 \"2024\" 2024", "YEAR 30-34 \"2025\" 2025");
        }
    }

    @Nested
    class Resolution {
        private DateMention only(String text) {
            List<DateMention> found = MENTIONS.find(text);
            assertThat(found).hasSize(1);
            return found.get(0);
        }

        @ParameterizedTest
        @CsvSource({
            "2025-04-28, April 26, 2025-04-26",
            "2025-04-28, October 28, 2025-10-28",
            "2025-04-28, October 29, 2024-10-29",
            "2025-12-30, January 3, 2026-01-03",
            "2025-01-02, December 30, 2024-12-30",
            "2025-06-30, December 30, 2025-12-30",
            "2025-06-30, December 31, 2024-12-31",
            "2024-03-01, February 29, 2024-02-29"})
        void yearOfADateWithoutOne(LocalDate publication, String text, LocalDate expected) {
            assertThat(only(text).date(publication)).contains(expected);
        }

        @Test
        void writtenYearWins() {
            assertThat(only("April 26, 2019").date(APRIL_28_2025)).contains(LocalDate.of(2019, 4, 26));
        }

        @Test
        void noDateWithoutYearOrPublication() {
            assertThat(only("April 26").date(null)).isEmpty();
        }

        @Test
        void aprilHasNoThirtyFirst() {
            assertThat(only("April 31").isImpossible(null)).isTrue();
            assertThat(only("April 31").date(APRIL_28_2025)).isEmpty();
        }

        @Test
        void februaryTwentyNinthInALeapYear() {
            assertThat(only("February 29, 2024").isImpossible(null)).isFalse();
            assertThat(only("February 29, 2024").date(null)).contains(LocalDate.of(2024, 2, 29));
        }

        @Test
        void februaryTwentyNinthInACommonYear() {
            assertThat(only("February 29, 2025").isImpossible(null)).isTrue();
            assertThat(only("February 29, 1900").isImpossible(null)).isTrue();
            assertThat(only("February 29, 2000").isImpossible(null)).isFalse();
        }

        @Test
        void februaryTwentyNinthWithoutYearIsReadInTheYearItResolvesTo() {
            assertThat(only("February 29").isImpossible(APRIL_28_2025)).isTrue();
            assertThat(only("February 29").isImpossible(LocalDate.of(2024, 4, 28))).isFalse();
            assertThat(only("February 29").isImpossible(null)).isFalse();
        }

        @Test
        void weekdayWordsOfRelativeDays() {
            assertThat(DateMention.RelativeWord.YESTERDAY.dayFrom(APRIL_28_2025).getDayOfWeek())
                    .isEqualTo(DayOfWeek.SUNDAY);
            assertThat(DateMention.RelativeWord.TOMORROW.dayFrom(LocalDate.of(2024, 12, 31)))
                    .isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(DateMention.RelativeWord.LAST_YEAR.yearFrom(LocalDate.of(2025, 1, 1))).isEqualTo(2024);
        }
    }
}
