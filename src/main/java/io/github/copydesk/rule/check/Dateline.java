package io.github.copydesk.rule.check;

import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.article.Metadata;
import io.github.copydesk.text.DateMention;
import io.github.copydesk.text.DateMentions;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The date a story's dateline gives: a wire head's date line ({@code April 28, 2025},
 * {@code ANKARA, April 28, 2025}, {@code 28.04.2025 10:45 GMT}) or the opening of the first
 * paragraphs ({@code LISBON, March 3 (Reuters) -}). A numeric date whose order is unknown keeps
 * both readings. {@code start} and {@code end} are offsets in the block's text; {@code agencyTagged}
 * marks an opening followed by an agency tag, whose date the agency wrote at the place.
 */
record Dateline(Block block, int start, int end, List<DateMention> readings, boolean agencyTagged) {
    /** Paragraphs that may open with a dateline: a byline or a kicker can come first. */
    private static final int OPENING_PARAGRAPHS = 3;
    /** Besides its date, a dateline holds a place, an agency and a time: a few capitalised words. */
    private static final int MAX_OTHER_WORDS = 5;
    /** {@code LISBON, } or {@code VALENCIA, Spain, }: a place in capitals, perhaps with its country. */
    private static final Pattern PLACE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\p{M}.'’ /-]{0,40}[\\p{Lu}.](?:,[ \\t]+\\p{Lu}[\\p{L}.' -]{0,30})?,[ \\t]+");
    /** After the date: an optional agency tag, then the dash that opens the story. */
    private static final Pattern OPENING_DASH = Pattern.compile("[ \\t]*(?<tag>\\([^()\\n]{1,40}\\)[ \\t]*)?(?:--?|–|—)");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()\\n]*\\)|/[^/\\n]{1,20}/");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}(?:[ \\t]*[ap]\\.?m\\.?)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’.-]*");
    /** Time zones run from 12 hours behind UTC to 14 ahead of it. */
    private static final ZoneOffset WESTMOST = ZoneOffset.ofHours(-12);
    private static final ZoneOffset EASTMOST = ZoneOffset.ofHours(14);

    static List<Dateline> find(List<Block> blocks, Function<Block, List<DateMention>> mentions) {
        List<Dateline> found = new ArrayList<>();
        int paragraphs = 0;
        for (Block block : blocks) {
            if (block.kind() == BlockKind.DATELINE) {
                dateLine(block, mentions.apply(block)).ifPresent(found::add);
            } else if (block.kind() == BlockKind.PARAGRAPH && paragraphs++ < OPENING_PARAGRAPHS) {
                opening(block, mentions.apply(block)).ifPresent(found::add);
            }
        }
        return found;
    }

    /** The date, when the dateline writes one in full; a dateline without a year does not date an article. */
    Optional<LocalDate> fullDate() {
        if (readings.size() != 1 || !readings.get(0).hasYear()) {
            return Optional.empty();
        }
        return readings.get(0).date(null);
    }

    /** True when one reading of the dateline falls on a day the metadata allows, its year resolved against the metadata date. */
    boolean agreesWith(Metadata metadata) {
        Set<LocalDate> accepted = acceptedDays(metadata);
        return readings.stream().map(reading -> reading.date(metadata.publicationDate())).flatMap(Optional::stream)
                .anyMatch(accepted::contains);
    }

    /** What the dateline says, for messages. */
    String text() {
        return block.text().substring(start, end);
    }

    /**
     * The days this dateline may give for an article of {@code metadata}. When the metadata has a
     * time of day with its offset: every date that instant had somewhere on Earth, since a story
     * filed late in the evening in Washington is published the next morning in Istanbul. With a
     * date alone, the same date for the desk's own date line, which the desk writes with the same
     * clock as the header; a day either side for an agency's dateline, which the agency writes in
     * the local time of the place (Washington's evening, Tokyo's early morning).
     */
    private Set<LocalDate> acceptedDays(Metadata metadata) {
        LocalDate date = metadata.publicationDate();
        Optional<OffsetDateTime> instant = instant(metadata);
        if (instant.isPresent()) {
            return Stream.of(date, instant.get().withOffsetSameInstant(WESTMOST).toLocalDate(),
                    instant.get().withOffsetSameInstant(EASTMOST).toLocalDate()).collect(Collectors.toUnmodifiableSet());
        }
        return agencyTagged ? Set.of(date.minusDays(1), date, date.plusDays(1)) : Set.of(date);
    }

    private static Optional<OffsetDateTime> instant(Metadata metadata) {
        Object written = metadata.fields().get("date");
        if (written == null) {
            return Optional.empty();
        }
        try {
            OffsetDateTime instant = OffsetDateTime.parse(String.valueOf(written).strip().replace(' ', 'T'));
            return instant.toLocalDate().equals(metadata.publicationDate()) ? Optional.of(instant) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Dateline> dateLine(Block block, List<DateMention> mentions) {
        String text = block.text();
        Optional<DateMention> date = mentions.stream().filter(m -> m.kind() == DateMention.Kind.DATE).findFirst();
        List<DateMention> readings = date.map(List::of).orElseGet(() -> DateMentions.numericReadings(text));
        if (readings.isEmpty() || !onlyDateline(text, readings.get(0))) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(block, readings.get(0).start(), readings.get(0).end(), readings, false));
    }

    /** A caption that names a date ("Rescuers search the rubble on April 27") is not a dateline. */
    private static boolean onlyDateline(String text, DateMention date) {
        String rest = text.substring(0, date.start()) + " " + text.substring(date.end());
        rest = TIME.matcher(PARENTHESES.matcher(rest).replaceAll(" ")).replaceAll(" ");
        Matcher word = WORD.matcher(rest);
        int words = 0;
        while (word.find()) {
            if (!Character.isUpperCase(word.group().charAt(0)) || ++words > MAX_OTHER_WORDS) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Dateline> opening(Block block, List<DateMention> mentions) {
        String text = block.text();
        Matcher place = PLACE.matcher(text);
        if (!place.lookingAt()) {
            return Optional.empty();
        }
        for (DateMention mention : mentions) {
            if (mention.start() != place.end() || mention.kind() != DateMention.Kind.DATE || mention.range()) {
                continue;
            }
            Matcher dash = OPENING_DASH.matcher(text).region(mention.end(), text.length());
            if (dash.lookingAt()) {
                return Optional.of(new Dateline(block, mention.start(), mention.end(), List.of(mention),
                        dash.group("tag") != null));
            }
        }
        return Optional.empty();
    }
}
