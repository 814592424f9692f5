package io.github.copydesk.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;

/**
 * One mention of a date or a time word in a text, between {@code start} (inclusive) and
 * {@code end} (exclusive). Fields a kind does not use are 0 or null: a {@link Kind#DATE} has a
 * month and a day and, when written, a year; a {@link Kind#MONTH_YEAR} a month and a year; a
 * {@link Kind#YEAR} a year; a {@link Kind#WEEKDAY} only its weekday; a {@link Kind#RELATIVE} its
 * word. A date written with a weekday ({@code Monday, April 28}) carries that weekday.
 * {@code range} marks a date that opens a span ({@code April 26-28}, {@code April 26 to 28}).
 */
public record DateMention(
        Kind kind, int start, int end, int year, int month, int day, DayOfWeek weekday, RelativeWord relative,
        boolean range) {

    /** What was mentioned. */
    public enum Kind {
        DATE,
        MONTH_YEAR,
        YEAR,
        WEEKDAY,
        RELATIVE
    }

    /** Words whose date depends on the day the article is published. */
    public enum RelativeWord {
        YESTERDAY("yesterday", -1),
        TODAY("today", 0),
        TOMORROW("tomorrow", 1),
        LAST_WEEK("last week", 0),
        LAST_YEAR("last year", -1),
        THIS_YEAR("this year", 0),
        NEXT_YEAR("next year", 1);

        private final String words;
        private final int shift;

        RelativeWord(String words, int shift) {
            this.words = words;
            this.shift = shift;
        }

        public String words() {
            return words;
        }

        /** A word naming a single day, which a reader cannot place without the article's date. */
        public boolean namesDay() {
            return this == YESTERDAY || this == TODAY || this == TOMORROW;
        }

        /** A word naming a calendar year relative to the publication year. */
        public boolean namesYear() {
            return this == LAST_YEAR || this == THIS_YEAR || this == NEXT_YEAR;
        }

        /** The day a day word means, or the year a year word means, seen from {@code publication}. */
        public LocalDate dayFrom(LocalDate publication) {
            return publication.plusDays(shift);
        }

        public int yearFrom(LocalDate publication) {
            return publication.getYear() + shift;
        }
    }

    public boolean hasYear() {
        return year != 0;
    }

    /**
     * The year a date without one stands for: its latest occurrence no more than six months after
     * {@code publication}, so "April 26" in an article of April 28 is two days before it, and
     * "January 3" in an article of December 30 is four days after it.
     */
    public int resolvedYear(LocalDate publication) {
        if (hasYear()) {
            return year;
        }
        LocalDate limit = publication.plusMonths(6);
        int candidate = limit.getYear();
        // Compared as (month, day) so that February 29 needs no leap year to be placed.
        if (month > limit.getMonthValue() || month == limit.getMonthValue() && day > limit.getDayOfMonth()) {
            candidate--;
        }
        return candidate;
    }

    /** The day this date names, its year written or resolved against {@code publication}; empty for an impossible date. */
    public Optional<LocalDate> date(LocalDate publication) {
        if (kind != Kind.DATE || !hasYear() && publication == null) {
            return Optional.empty();
        }
        int y = resolvedYear(publication);
        if (day > Month.of(month).length(Year.isLeap(y))) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(y, month, day));
    }

    /**
     * True for a day its month never has ({@code April 31}), or has not in the year meant
     * ({@code February 29, 2025}; without a year, in the year resolved against {@code publication},
     * or in no year at all when the article has no date).
     */
    public boolean isImpossible(LocalDate publication) {
        if (kind != Kind.DATE) {
            return false;
        }
        boolean leap = hasYear() || publication != null ? Year.isLeap(resolvedYear(publication)) : true;
        return day > Month.of(month).length(leap);
    }
}
