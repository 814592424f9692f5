package io.github.copydesk.rule.check;

import io.github.copydesk.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rail a page left in the copy: a header line ("Trending", "More Stories", "You may also like")
 * and the headlines under it, one to a line. The header alone is a word an article may use as a
 * subheading; what makes a rail is the run of at least {@link #MIN_HEADLINES} headline-like lines
 * after it, with no sentence among them.
 */
final class Rails {
    static final int MIN_HEADLINES = 2;
    /** A headline has a subject and a verb: fewer words are a label, a name or a subheading. */
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MAX_HEADLINE_CHARS = 300;
    /** What may close a header line: a colon, a dash, a bar, an arrow. */
    private static final String HEADER_TAIL = "\\s*[:：\\-–—|»›→]?\\s*";
    /** Sections under a header: at least this many make a rail of them. */
    private static final int MIN_SECTIONS = 3;
    private static final int MAX_SECTION_CHARS = 40;
    private static final Pattern SECTION_NAME = Pattern.compile("(?U)\\p{Lu}[\\p{L}'’.-]*(?: (?:&|and|\\p{Lu}[\\p{L}'’.-]*)){0,2}");
    /** Words that may qualify a header with a section's name. */
    private static final int MAX_QUALIFIER_WORDS = 4;
    private static final Pattern QUALIFIER = Pattern.compile("(?U)(?: (?:&|and|\\p{Lu}[\\p{L}'’.-]*)){1,4}\\s*[:：]?");
    /** A list's bullet before a rail's headline: "- Ferry strike enters its third day". */
    private static final Pattern BULLET = Pattern.compile("^[-*•◦▪‣⁃]\\s+");
    private static final String COLON_TAIL = "\\s*[:：]\\s*";

    private final List<Header> headers;
    /** The most words a header has: a longer line is tested against none of them. */
    private final int maxHeaderWords;

    private Rails(List<Header> headers, int maxHeaderWords) {
        this.headers = headers;
        this.maxHeaderWords = maxHeaderWords;
    }

    static Rails of(List<String> values) {
        List<Header> headers = new ArrayList<>();
        int maxWords = 0;
        for (String value : values) {
            String name = value.strip();
            maxWords = Math.max(maxWords, Words.count(name));
            // "More:" is a header only with its colon: "More" alone is a menu's or a share bar's button.
            boolean colon = name.endsWith(":") && name.length() > 1;
            if (colon) {
                name = name.substring(0, name.length() - 1).strip();
            }
            headers.add(new Header(name, Pattern.compile("(?iu)" + PromoLinkCheck.literal(name)
                    + (colon ? COLON_TAIL : HEADER_TAIL)), Pattern.compile("(?iu)" + PromoLinkCheck.literal(name)), colon));
        }
        return new Rails(List.copyOf(headers), maxWords);
    }

    /** One line of copy: its text and where it stands in the source. */
    record Line(String text, int start, int end) {
    }

    /** A rail found: its header's name and the index of its last headline line. */
    record Found(String header, int last) {
    }

    /**
     * The rail opening at {@code lines.get(from)}, if that line is a header followed by enough
     * headline-like lines; the rail runs to the last of them.
     */
    Optional<Found> railAt(List<Line> lines, int from) {
        Optional<String> header = qualifiedHeader(lines.get(from).text());
        if (header.isEmpty()) {
            return Optional.empty();
        }
        int last = from;
        while (last + 1 < lines.size() && isHeadlineLike(lines.get(last + 1).text())) {
            last++;
        }
        if (last - from >= MIN_HEADLINES) {
            return Optional.of(new Found(header.get(), last));
        }
        // A rail of sections: "Most Popular" over "Nigeria", "Governance", "Business".
        last = from;
        while (last + 1 < lines.size() && isSectionName(lines.get(last + 1).text())) {
            last++;
        }
        return last - from >= MIN_SECTIONS ? Optional.of(new Found(header.get(), last)) : Optional.empty();
    }

    /**
     * A header, perhaps followed by a section's name in capitalised words: "Most Read Nation &
     * World Stories" heads a rail as "Most Read" does.
     */
    private Optional<String> qualifiedHeader(String line) {
        Optional<String> exact = header(line);
        if (exact.isPresent()) {
            return exact;
        }
        String text = line.strip();
        if (text.length() > MAX_HEADLINE_CHARS || !Words.atMost(text, maxHeaderWords + MAX_QUALIFIER_WORDS)) {
            return Optional.empty();
        }
        for (Header header : headers) {
            Matcher matcher = header.bare().matcher(text);
            if (!header.colon() && matcher.lookingAt() && QUALIFIER.matcher(text).region(matcher.end(), text.length()).matches()) {
                return Optional.of(header.name());
            }
        }
        return Optional.empty();
    }

    /** One to three capitalised words and nothing else: a section's name in a list of sections. */
    private static boolean isSectionName(String line) {
        String text = line.strip();
        return text.length() <= MAX_SECTION_CHARS && SECTION_NAME.matcher(text).matches();
    }

    /** The header a line is and nothing else. */
    Optional<String> header(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_HEADLINE_CHARS || !Words.atMost(text, maxHeaderWords)) {
            return Optional.empty();
        }
        for (Header header : headers) {
            Matcher matcher = header.pattern().matcher(text);
            if (matcher.matches()) {
                return Optional.of(header.name());
            }
        }
        return Optional.empty();
    }

    /**
     * A line shaped like a headline: a few words, starting with a capital or a digit, not ending
     * like a sentence, and no header of its own.
     */
    boolean isHeadlineLike(String line) {
        String text = BULLET.matcher(line.strip()).replaceFirst("");
        return !text.isEmpty() && text.length() <= MAX_HEADLINE_CHARS && text.indexOf('\n') < 0
                && PromoLinkCheck.startsLikeAHeadline(text) && !PromoLinkCheck.endsLikeASentence(text)
                && Words.count(text) >= MIN_HEADLINE_WORDS && Words.atMost(text, MAX_HEADLINE_WORDS)
                && header(text).isEmpty();
    }

    /** The header a line is, its colon or other tail dropped: "More" of "More »", whose marker stood for its links. */
    Optional<String> bareHeader(String line) {
        String text = line.strip();
        for (Header header : headers) {
            if (header.bare().matcher(text).matches()) {
                return Optional.of(header.name());
            }
        }
        return Optional.empty();
    }

    /** {@code colon}: the header counts only with its colon ("More:"), and takes no section's name after it. */
    private record Header(String name, Pattern pattern, Pattern bare, boolean colon) {
    }
}
