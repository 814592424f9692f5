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
                    + (colon ? COLON_TAIL : HEADER_TAIL)), Pattern.compile("(?iu)" + PromoLinkCheck.literal(name))));
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
        Optional<String> header = header(lines.get(from).text());
        if (header.isEmpty()) {
            return Optional.empty();
        }
        int last = from;
        while (last + 1 < lines.size() && isHeadlineLike(lines.get(last + 1).text())) {
            last++;
        }
        return last - from >= MIN_HEADLINES ? Optional.of(new Found(header.get(), last)) : Optional.empty();
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
        String text = line.strip();
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

    private record Header(String name, Pattern pattern, Pattern bare) {
    }
}
