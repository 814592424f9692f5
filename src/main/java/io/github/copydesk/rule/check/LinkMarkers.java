package io.github.copydesk.rule.check;

import io.github.copydesk.rule.OptionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The link markers, matched with variation selectors and zero-width characters ignored, so
 * that "➡️" and "➡" are one marker however the CMS encoded it.
 */
final class LinkMarkers {
    private static final String PUNCTUATION = ".:!…-–—|>»›";

    private final List<String> markers;

    private LinkMarkers(List<String> markers) {
        this.markers = markers;
    }

    static LinkMarkers of(List<String> values) {
        List<String> normalised = new ArrayList<>();
        for (String value : values) {
            String marker = withoutIgnorables(value);
            if (marker.isEmpty()) {
                throw new OptionException("markers", "option 'markers' must not contain an empty marker");
            }
            normalised.add(marker);
        }
        normalised.sort(Comparator.comparingInt(String::length).reversed());
        return new LinkMarkers(List.copyOf(normalised));
    }

    boolean isOnlyMarkers(String text) {
        return consistsOf(text, false) && startsWithMarker(text);
    }

    boolean isOnlyMarkersOrPunctuation(String text) {
        return consistsOf(text, true);
    }

    boolean startsWithMarker(String text) {
        int i = skipIgnorables(text, 0);
        return markerAt(text, i) > 0;
    }

    /**
     * Whether the text ends with a marker standing as a token of its own: after a blank, after
     * other markers, or alone. A "»" closing a «quotation» (or a French « quotation ») is
     * punctuation, not a marker.
     */
    boolean endsWithMarker(String text) {
        int end = skipIgnorablesBackward(text, text.length());
        int length = markerEndingAt(text, end);
        if (length == 0 || closesAQuotation(text, end - length, length)) {
            return false;
        }
        while (length > 0) {
            end = skipInvisibleBackward(text, end - length);
            if (end == 0 || isBlank(text.charAt(end - 1))) {
                return true;
            }
            length = markerEndingAt(text, end);
        }
        return false;
    }

    /** The text after any markers and blanks at its start ("👉 Click here" reads "Click here"). */
    String stripLeading(String text) {
        int i = skipIgnorables(text, 0);
        for (int length = markerAt(text, i); length > 0; length = markerAt(text, i)) {
            i = skipIgnorables(text, i + length);
        }
        return text.substring(i);
    }

    /** The text without markers and blanks at either end. */
    String strip(String text) {
        String rest = stripLeading(text);
        int end = skipIgnorablesBackward(rest, rest.length());
        for (int length = markerEndingAt(rest, end); length > 0; length = markerEndingAt(rest, end)) {
            end = skipIgnorablesBackward(rest, end - length);
        }
        return rest.substring(0, end);
    }

    private boolean consistsOf(String text, boolean punctuationToo) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int marker = markerAt(text, i);
            if (marker > 0) {
                i += marker;
            } else if (isIgnorable(c) || (punctuationToo && PUNCTUATION.indexOf(c) >= 0)) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    private int markerAt(String text, int index) {
        for (String marker : markers) {
            if (text.startsWith(marker, index)) {
                return marker.length();
            }
        }
        return 0;
    }

    private int markerEndingAt(String text, int end) {
        for (String marker : markers) {
            if (end >= marker.length() && text.startsWith(marker, end - marker.length())) {
                return marker.length();
            }
        }
        return 0;
    }

    /** Whether the marker at {@code start} is a closing guillemet whose opening one comes before it. */
    private static boolean closesAQuotation(String text, int start, int length) {
        if (length != 1) {
            return false;
        }
        char close = text.charAt(start);
        char open = close == '»' ? '«' : close == '›' ? '‹' : 0;
        if (open == 0) {
            return false;
        }
        String before = text.substring(0, start);
        return before.chars().filter(c -> c == open).count() > before.chars().filter(c -> c == close).count();
    }

    /** Back over variation selectors and zero-width characters, not over blanks. */
    private static int skipInvisibleBackward(String text, int from) {
        int i = from;
        while (i > 0 && isIgnorable(text.charAt(i - 1)) && !isBlank(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int skipIgnorablesBackward(String text, int from) {
        int i = from;
        while (i > 0 && isIgnorable(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int skipIgnorables(String text, int from) {
        int i = from;
        while (i < text.length() && isIgnorable(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String withoutIgnorables(String value) {
        StringBuilder result = new StringBuilder();
        value.chars().filter(c -> !isIgnorable((char) c)).forEach(c -> result.append((char) c));
        return result.toString();
    }

    /** Blanks, variation selectors and zero-width characters: invisible around a marker. */
    private static boolean isIgnorable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFE0E' || c == '\uFE0F'
                || c == '\u200B' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }
}
