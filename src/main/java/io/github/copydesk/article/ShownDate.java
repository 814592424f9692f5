package io.github.copydesk.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date as a page shows it under the headline: {@code May 20, 2019},
 * {@code 20 May 2019}, {@code posted on April 21, 2015, at 11:29 a.m.}, {@code Published: Tuesday,
 * 4 March 2025 07:30}. The whole line must be the date, perhaps with a time of day after it: a
 * sentence that mentions a date gives none.
 */
final class ShownDate {
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String LABEL = "(?:(?:posted|published|first published)(?:\\s+on)?\\s*:?\\s*)?";
    private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s+)?";
    private static final String TIME = "(?:\\s*,?\\s*(?:at|-|–|—|\\|)?\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
            + "(?:\\s*[\\p{Lu}]{2,5})?)?";
    private static final Pattern MONTH_FIRST = Pattern.compile("(?iu)" + LABEL + WEEKDAY + MONTH
            + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})" + TIME + "\\s*\\.?");
    private static final Pattern DAY_FIRST = Pattern.compile("(?iu)" + LABEL + WEEKDAY
            + "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(?<year>\\d{4})" + TIME + "\\s*\\.?");
    /** A line longer than this is more than a date. */
    static final int MAX_CHARS = 80;

    private ShownDate() {
    }

    /** The date the line shows, or null when the line is not a date alone. */
    static LocalDate parse(String line) {
        String stripped = line.strip();
        if (stripped.length() > MAX_CHARS) {
            return null;
        }
        for (Pattern form : List.of(MONTH_FIRST, DAY_FIRST)) {
            Matcher matcher = form.matcher(stripped);
            if (matcher.matches()) {
                int month = MONTHS.indexOf(matcher.group("month").substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
                try {
                    return LocalDate.of(Integer.parseInt(matcher.group("year")), month,
                            Integer.parseInt(matcher.group("day")));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
