package io.github.copydesk.rule.check;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.ArticleFormat;
import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Severity;
import io.github.copydesk.rule.Violation;
import io.github.copydesk.text.DateMention;
import io.github.copydesk.text.DateMention.Kind;
import io.github.copydesk.text.DateMentions;
import io.github.copydesk.text.QuotedSpans;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code date-consistency} check: the dates of an article agree with its own publication date
 * and with the calendar. Each sub-check is an option whose value is a level or {@code off}:
 * the dateline against the metadata date, a weekday against the date it names, impossible dates,
 * a past event dated after publication, {@code last/this/next year} against a year written next
 * to it, {@code yesterday/today/tomorrow} in wire copy, and day words in an article whose metadata
 * has no date. A day word in a name, a masthead, a slogan or meaning "nowadays" names no day
 * (see {@link DayWordUse}).
 *
 * <p>The publication date is the metadata's, else a dateline's full date. All arithmetic uses it,
 * never the clock, so a result does not depend on the day of the build.
 */
public final class DateConsistencyCheck implements Check {
    static final String DATELINE_MISMATCH = "datelineMismatch";
    static final String WEEKDAY_MISMATCH = "weekdayMismatch";
    static final String IMPOSSIBLE_DATE = "impossibleDate";
    static final String PAST_EVENT_AFTER_PUBLICATION = "pastEventAfterPublication";
    static final String RELATIVE_YEAR_MISMATCH = "relativeYearMismatch";
    static final String RELATIVE_DAY = "relativeDay";
    static final String UNDATED_RELATIVE_DAY = "undatedRelativeDay";
    static final String NUMERIC_DATE_ORDER = "numericDateOrder";
    static final String SCHEDULING_WORDS = "schedulingWords";
    static final String NAME_WORDS = "nameWords";
    static final String CALLS_TO_ACTION = "callsToAction";
    static final String PRESENT_TENSE_WORDS = "presentTenseWords";
    static final String REVISION_STAMPS = "revisionStamps";

    static final String OFF = "off";
    static final Map<String, String> DEFAULT_LEVELS = Map.of(
            DATELINE_MISMATCH, "error", WEEKDAY_MISMATCH, "error", IMPOSSIBLE_DATE, "error",
            PAST_EVENT_AFTER_PUBLICATION, "warning", RELATIVE_YEAR_MISMATCH, "warning", RELATIVE_DAY, "info",
            UNDATED_RELATIVE_DAY, "warning");
    static final String DEFAULT_NUMERIC_DATE_ORDER = "none";
    static final List<String> DEFAULT_SCHEDULING_WORDS = List.of("will", "would", "shall", "is due", "are due",
            "was due", "were due", "due to", "expected", "expects", "scheduled", "set to", "set for", "slated", "planned",
            "plans", "plan", "planning", "next", "upcoming", "deadline", "postponed", "delayed", "rescheduled",
            "deferred", "could", "may", "might", "should", "must", "can", "going to", "to be held", "to take place",
            "starting", "effective", "takes effect", "take effect", "into force", "expires", "intends", "aims", "hopes");
    static final List<String> DEFAULT_NAME_WORDS = List.of("programme", "program", "show", "presenter", "presenters",
            "host", "hosts", "newspaper", "paper", "edition", "podcast", "column", "columnist", "segment", "magazine",
            "editor", "bulletin", "channel", "network", "app", "website", "interview", "reporter", "correspondent",
            "team", "listeners", "viewers", "readers", "audience");
    static final List<String> DEFAULT_CALLS_TO_ACTION = List.of("subscribe", "sign up", "send", "order", "call us",
            "register", "donate", "join", "book", "buy", "shop", "download", "try", "contact", "apply", "visit",
            "follow", "share", "enter", "reserve", "tune in", "grab", "claim", "upgrade", "click", "tap", "get yours",
            "get your", "get tickets", "start your", "don't miss", "do not miss");
    static final List<String> DEFAULT_PRESENT_TENSE_WORDS = List.of("is", "are", "has", "have", "remains", "remain",
            "lives", "live", "stands", "stand", "exists", "exist", "seems", "seem", "means", "there is", "there are",
            "it's", "there's");

    static final List<String> DEFAULT_REVISION_STAMPS = List.of("Last modified", "Last updated", "Last edited",
            "Last reviewed", "Updated", "Modified", "Revised", "Edited");

    public static final CheckType TYPE = new CheckType("date-consistency",
            Set.of(DATELINE_MISMATCH, WEEKDAY_MISMATCH, IMPOSSIBLE_DATE, PAST_EVENT_AFTER_PUBLICATION,
                    RELATIVE_YEAR_MISMATCH, RELATIVE_DAY, UNDATED_RELATIVE_DAY, NUMERIC_DATE_ORDER, SCHEDULING_WORDS,
                    NAME_WORDS, CALLS_TO_ACTION, PRESENT_TENSE_WORDS, REVISION_STAMPS),
            Set.of(BlockKind.values()), DateConsistencyCheck::new);

    /** How far before a date its revision stamp's words may start. */
    private static final int REVISION_STAMP_REACH = 40;
    /** Within four months of publication, a date without a year is surely the nearest one. */
    private static final int CLEARLY_NEAREST_DAYS = 120;
    /** Before 1583 the weekday of a date depends on the calendar its writer used. */
    private static final int FIRST_GREGORIAN_YEAR = 1583;
    /** What may stand between {@code last year} and the year it is said to be: {@code last year's 2023}, {@code (2023)}, {@code , 2023,}. */
    private static final Pattern YEAR_APPOSITION = Pattern.compile("['’]s[ \\t]+|[ \\t]*\\([ \\t]*|,[ \\t]*");

    private final Optional<Severity> datelineMismatch;
    private final Optional<Severity> weekdayMismatch;
    private final Optional<Severity> impossibleDate;
    private final Optional<Severity> pastEventAfterPublication;
    private final Optional<Severity> relativeYearMismatch;
    private final Optional<Severity> relativeDay;
    private final Optional<Severity> undatedRelativeDay;
    private final DateMentions dateMentions;
    /** A page's revision time stamp just before a date: "Last modified on May 3, 2025" tells of no event. */
    private final Pattern revisionStamp;
    private final PastEvent pastEvent;
    private final DayWordUse dayWords;

    public DateConsistencyCheck(CheckOptions options) {
        this.datelineMismatch = level(options, DATELINE_MISMATCH);
        this.weekdayMismatch = level(options, WEEKDAY_MISMATCH);
        this.impossibleDate = level(options, IMPOSSIBLE_DATE);
        this.pastEventAfterPublication = level(options, PAST_EVENT_AFTER_PUBLICATION);
        this.relativeYearMismatch = level(options, RELATIVE_YEAR_MISMATCH);
        this.relativeDay = level(options, RELATIVE_DAY);
        this.undatedRelativeDay = level(options, UNDATED_RELATIVE_DAY);
        this.dateMentions = new DateMentions(numericOrder(options));
        this.revisionStamp = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + options.strings(REVISION_STAMPS,
                DEFAULT_REVISION_STAMPS).stream().map(String::strip).filter(stamp -> !stamp.isEmpty())
                .map(stamp -> Pattern.quote(stamp).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q"))
                .collect(Collectors.joining("|")) + ")\\s*(?:on|at|:)?\\s*$");
        this.pastEvent = new PastEvent(options.strings(SCHEDULING_WORDS, DEFAULT_SCHEDULING_WORDS));
        this.dayWords = new DayWordUse(options.strings(NAME_WORDS, DEFAULT_NAME_WORDS),
                options.strings(CALLS_TO_ACTION, DEFAULT_CALLS_TO_ACTION),
                options.strings(PRESENT_TENSE_WORDS, DEFAULT_PRESENT_TENSE_WORDS));
    }

    @Override
    public void check(Article article, Set<BlockKind> scope, Consumer<Violation> report) {
        List<Block> blocks = article.blocks(scope);
        Map<Block, List<DateMention>> mentions = new IdentityHashMap<>();
        for (Block block : blocks) {
            mentions.put(block, dateMentions.find(block.text()));
        }
        List<Dateline> datelines = Dateline.find(blocks, mentions::get);
        LocalDate metadataDate = article.metadata().publicationDate();
        LocalDate publication = metadataDate != null ? metadataDate
                : datelines.stream().map(Dateline::fullDate).flatMap(Optional::stream).findFirst().orElse(null);
        if (metadataDate != null) {
            checkDatelines(datelines, article, report);
        }
        // Text stored without metadata lost its date on the way; metadata without a date is the article's fault.
        boolean canBeDated = !article.metadata().fields().isEmpty();
        boolean undatedReported = false;
        for (Block block : blocks) {
            QuotedSpans quotes = QuotedSpans.of(block.text());
            List<DateMention> inBlock = mentions.get(block);
            for (int i = 0; i < inBlock.size(); i++) {
                DateMention mention = inBlock.get(i);
                if (mention.kind() == Kind.DATE) {
                    checkDate(block, mention, publication, !isDateline(datelines, block, mention), report);
                } else if (mention.kind() == Kind.RELATIVE && publication != null) {
                    checkRelative(article, block, mention, i + 1 < inBlock.size() ? inBlock.get(i + 1) : null,
                            quotes, publication, report);
                } else if (mention.kind() == Kind.RELATIVE && canBeDated && !undatedReported && mention.relative().namesDay()
                        && !quotes.isQuoted(mention.start()) && undatedRelativeDay.isPresent()
                        && dayWords.namesADay(block.text(), mention.start(), mention.end())) {
                    undatedReported = true;
                    report(block, mention, undatedRelativeDay.get(), "'" + said(block, mention)
                            + "' cannot be placed: the article has no publication date (a header or front-matter"
                            + " date, or a dateline with the year)", report);
                }
            }
        }
    }

    private void checkDatelines(List<Dateline> datelines, Article article, Consumer<Violation> report) {
        if (datelineMismatch.isEmpty()) {
            return;
        }
        LocalDate publication = article.metadata().publicationDate();
        for (Dateline dateline : datelines) {
            if (!dateline.agreesWith(article.metadata())) {
                Block block = dateline.block();
                report.accept(violation(block, dateline.start(), dateline.end(), datelineMismatch.get(),
                        "The dateline says " + dateline.text() + " but the article is dated " + spelled(publication),
                        spelled(publication)));
            }
        }
    }

    /** {@code event}: the date may tell of an event; a dateline's date does not, and is checked as a dateline. */
    private void checkDate(Block block, DateMention date, LocalDate publication, boolean event,
            Consumer<Violation> report) {
        if (date.isImpossible(publication)) {
            impossibleDate.ifPresent(level -> report(block, date, level, impossible(block, date, publication), report));
            return;
        }
        Optional<LocalDate> day = date.date(publication);
        if (day.isEmpty()) {
            return;
        }
        if (date.weekday() != null && !date.range() && day.get().getYear() >= FIRST_GREGORIAN_YEAR
                && date.weekday() != day.get().getDayOfWeek() && weekdayMismatch.isPresent()
                && !fitsTheOtherYear(block, date, day.get(), publication)) {
            String really = DateMentions.name(day.get().getDayOfWeek());
            report.accept(violation(block, date.start(), date.end(), weekdayMismatch.get(), "'" + said(block, date)
                    + "': " + spelled(day.get()) + " is a " + really + ", not a " + DateMentions.name(date.weekday()),
                    really));
        }
        if (event && publication != null && date.hasYear() && !date.range() && day.get().isAfter(publication)
                && pastEventAfterPublication.isPresent() && !isRevisionStamp(block.text(), date.start())
                && pastEvent.isTold(block.text(), date.start(), date.end())) {
            report(block, date, pastEventAfterPublication.get(), "'" + said(block, date)
                    + "' is told as past, but the article is dated " + spelled(publication)
                    + ": check the date or the tense", report);
        }
    }

    private boolean isRevisionStamp(String text, int dateStart) {
        return revisionStamp.matcher(text.substring(Math.max(0, dateStart - REVISION_STAMP_REACH), dateStart)).find();
    }

    private void checkRelative(Article article, Block block, DateMention relative, DateMention next,
            QuotedSpans quotes, LocalDate publication, Consumer<Violation> report) {
        if (relative.relative().namesYear() && next != null && next.kind() == Kind.YEAR
                && isApposition(block.text(), relative.end(), next) && relativeYearMismatch.isPresent()) {
            int meant = relative.relative().yearFrom(publication);
            if (next.year() != meant) {
                report.accept(violation(block, relative.start(), next.end(), relativeYearMismatch.get(), "'"
                        + said(block, relative) + "' is " + meant + " in an article dated " + spelled(publication)
                        + ", not " + next.year(), Integer.toString(meant)));
            }
        }
        // A date read from the text (a blog's post date above a story, a page's time stamp) may not be the
        // story's own: a day word is placed only against the metadata's date.
        if (relative.relative().namesDay() && article.format() == ArticleFormat.WIRE_TEXT && relativeDay.isPresent()
                && article.metadata().publicationDate() != null
                && !quotes.isQuoted(relative.start())
                && dayWords.namesADay(block.text(), relative.start(), relative.end())) {
            String weekday = DateMentions.name(relative.relative().dayFrom(publication).getDayOfWeek());
            report.accept(violation(block, relative.start(), relative.end(), relativeDay.get(), "'"
                    + said(block, relative) + "' in wire copy: name the day, " + weekday + " (the article is dated "
                    + spelled(publication) + ")", weekday));
        }
    }

    /**
     * A date without a year is read as the one nearest publication, but the sentence's tense may
     * point to another: "the final was played on Friday, September 13" in April means last
     * September, "the tournament will open on Friday, January 2" next January. And a date more than
     * {@link #CLEARLY_NEAREST_DAYS} days away may be meant in either year ("the summit opens on
     * Monday, November 10" in May). The weekday is then taken as naming the other year's date.
     */
    private boolean fitsTheOtherYear(Block block, DateMention date, LocalDate day, LocalDate publication) {
        if (date.hasYear() || publication == null) {
            return false;
        }
        boolean after = day.isAfter(publication);
        boolean ambiguous = Math.abs(ChronoUnit.DAYS.between(publication, day)) > CLEARLY_NEAREST_DAYS;
        boolean otherYear = ambiguous || (after ? pastEvent.isTold(block.text(), date.start(), date.end())
                : pastEvent.isAhead(block.text(), date.start(), date.end()));
        LocalDate other = after ? day.minusYears(1) : day.plusYears(1);
        return otherYear && other.getDayOfMonth() == date.day() && other.getDayOfWeek() == date.weekday();
    }

    private static boolean isDateline(List<Dateline> datelines, Block block, DateMention date) {
        return datelines.stream().anyMatch(d -> d.block() == block && d.start() == date.start());
    }

    /** A year set off right after {@code last year} names that year; "last year, 2,300 people" does not. */
    private static boolean isApposition(String text, int relativeEnd, DateMention year) {
        String between = text.substring(relativeEnd, year.start());
        if (!YEAR_APPOSITION.matcher(between).matches()) {
            return false;
        }
        char after = year.end() < text.length() ? text.charAt(year.end()) : '.';
        return switch (between.strip().isEmpty() ? ' ' : between.strip().charAt(0)) {
            case '(' -> after == ')';
            case ',' -> after == ',' || after == '.' || after == ';' || after == ')';
            default -> true;
        };
    }

    private static String impossible(Block block, DateMention date, LocalDate publication) {
        String month = Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (date.month() == 2 && date.day() == 29) {
            return "'" + said(block, date) + "' does not exist: " + date.resolvedYear(publication)
                    + " is not a leap year";
        }
        return "'" + said(block, date) + "' does not exist: " + month + " has "
                + Month.of(date.month()).maxLength() + " days";
    }

    private static void report(Block block, DateMention mention, Severity level, String detail,
            Consumer<Violation> report) {
        report.accept(violation(block, mention.start(), mention.end(), level, detail, null));
    }

    private static Violation violation(Block block, int start, int end, Severity level, String detail,
            String suggestion) {
        Map<String, String> values = suggestion == null ? Map.of() : Map.of(Violation.SUGGESTION, suggestion);
        return new Violation(block.sourceOffset(start), block.sourceOffset(end - 1) + 1, detail, values, level);
    }

    private static String said(Block block, DateMention mention) {
        return block.text().substring(mention.start(), mention.end());
    }

    /** {@code Monday, April 28, 2025}: how messages write a day. */
    static String spelled(LocalDate date) {
        return DateMentions.name(date.getDayOfWeek()) + ", "
                + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth() + ", "
                + date.getYear();
    }

    private static Optional<Severity> level(CheckOptions options, String name) {
        String value = single(options, name, DEFAULT_LEVELS.get(name));
        if (value.equalsIgnoreCase(OFF)) {
            return Optional.empty();
        }
        return Optional.of(Severity.parse(value).orElseThrow(() -> new OptionException(name, "option '" + name
                + "' must be one of " + Severity.ids() + " or " + OFF + ", not '" + value + "'")));
    }

    private static DateMentions.NumericOrder numericOrder(CheckOptions options) {
        String value = single(options, NUMERIC_DATE_ORDER, DEFAULT_NUMERIC_DATE_ORDER);
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> DateMentions.NumericOrder.NONE;
            case "day-month" -> DateMentions.NumericOrder.DAY_MONTH;
            case "month-day" -> DateMentions.NumericOrder.MONTH_DAY;
            default -> throw new OptionException(NUMERIC_DATE_ORDER, "option '" + NUMERIC_DATE_ORDER
                    + "' must be none, day-month or month-day, not '" + value + "'");
        };
    }

    private static String single(CheckOptions options, String name, String defaultValue) {
        List<String> values = options.strings(name, List.of(defaultValue));
        if (values.size() != 1) {
            throw new OptionException(name, "option '" + name + "' takes one value");
        }
        return values.get(0);
    }

    @Override
    public boolean readsMetadata() {
        return true;
    }
}
