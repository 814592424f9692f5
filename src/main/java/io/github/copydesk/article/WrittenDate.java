package io.github.copydesk.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date that metadata writes down: a date, or a date-time whose date as
 * written counts (the article's local date, whatever the offset), as front matter and HTML
 * {@code datetime} values carry it.
 */
final class WrittenDate {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*(?:Z|[+-]\\d{2}:?\\d{2}))?)?");

    private WrittenDate() {
    }

    /** The date {@code written} gives, or null when it is not one (or an impossible one, such as April 31). */
    static LocalDate parse(String written) {
        Matcher matcher = DATE.matcher(written);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
