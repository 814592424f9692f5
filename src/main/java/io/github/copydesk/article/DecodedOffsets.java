package io.github.copydesk.article;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.parser.Parser;

/**
 * Where each character of a decoded HTML text (a text node or an attribute value) stands in the
 * source, so that a finding lands on the character as written: a character read from an entity
 * ({@code &amp;}, {@code &#x1F517;}) points at the entity's {@code &}.
 *
 * <p>jsoup tells where a whole text node or attribute value stands, not where each of its
 * characters does. So each entity of the source is decoded alone, and the text between entities
 * is the same in the source and the decoded text. One instance serves one file.
 */
final class DecodedOffsets {
    /**
     * Decoding one entity costs jsoup a parser of its own, so each distinct entity is decoded
     * once, and a file with more distinct ones than this (only a made-up one has them) maps its
     * remaining texts more coarsely, each changed stretch to where it begins.
     */
    private static final int MAX_DECODED_ENTITIES = 2_000;

    private final String source;
    private final Map<String, String> inText = new HashMap<>();
    private final Map<String, String> inAttributes = new HashMap<>();

    DecodedOffsets(String source) {
        this.source = source;
    }

    /** Source offsets of the characters of {@code decoded}, which jsoup read from the source between {@code start} and {@code end}. */
    int[] of(int start, int end, String decoded, boolean inAttribute) {
        int[] offsets = new int[decoded.length()];
        if (decoded.length() == end - start && source.startsWith(decoded, start)) {
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = start + i;
            }
        } else if (!byEntity(start, end, decoded, inAttribute, offsets)) {
            align(start, end, decoded, 0, decoded.length(), offsets);
        }
        return offsets;
    }

    /** False when the entities, decoded one by one, do not add up to what jsoup read (it also drops NULs, say). */
    private boolean byEntity(int start, int end, String decoded, boolean inAttribute, int[] offsets) {
        int done = 0;
        int at = start;
        while (at < end) {
            int ampersand = source.indexOf('&', at);
            int literalEnd = ampersand < 0 || ampersand > end ? end : ampersand;
            int literal = literalEnd - at;
            if (!decoded.regionMatches(done, source, at, literal)) {
                return false;
            }
            for (int i = 0; i < literal; i++) {
                offsets[done + i] = at + i;
            }
            done += literal;
            at = literalEnd;
            if (at == end) {
                break;
            }
            int entityEnd = entityEnd(at, end);
            String read = decode(source.substring(at, entityEnd), inAttribute);
            if (read == null || !decoded.startsWith(read, done)) {
                return false;
            }
            // "&notit;" reads "¬it;": only "&not" was an entity.
            align(at, entityEnd, decoded, done, done + read.length(), offsets);
            done += read.length();
            at = entityEnd;
        }
        return done == decoded.length();
    }

    /** Just past the entity that starts at {@code ampersand}: a name or a number, and its semicolon. */
    private int entityEnd(int ampersand, int end) {
        int i = ampersand + 1;
        if (i < end && source.charAt(i) == '#') {
            i++;
            if (i < end && (source.charAt(i) == 'x' || source.charAt(i) == 'X')) {
                i++;
            }
        }
        while (i < end && isAsciiLetterOrDigit(source.charAt(i))) {
            i++;
        }
        return i < end && source.charAt(i) == ';' ? i + 1 : i;
    }

    /** The entity decoded, or null once the budget of distinct entities is spent. */
    private String decode(String entity, boolean inAttribute) {
        Map<String, String> cache = inAttribute ? inAttributes : inText;
        String read = cache.get(entity);
        if (read == null && inText.size() + inAttributes.size() < MAX_DECODED_ENTITIES) {
            read = Parser.unescapeEntities(entity, inAttribute);
            cache.put(entity, read);
        }
        return read;
    }

    /**
     * Maps {@code decoded[from, to)}, read from {@code source[start, end)}: the characters the two
     * share at either end map one to one, the changed stretch between to where the change begins.
     */
    private void align(int start, int end, String decoded, int from, int to, int[] offsets) {
        if (end <= start) {
            Arrays.fill(offsets, from, to, start);
            return;
        }
        int common = Math.min(to - from, end - start);
        int prefix = 0;
        while (prefix < common && decoded.charAt(from + prefix) == source.charAt(start + prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < common - prefix && decoded.charAt(to - 1 - suffix) == source.charAt(end - 1 - suffix)) {
            suffix++;
        }
        for (int i = 0; i < prefix; i++) {
            offsets[from + i] = start + i;
        }
        Arrays.fill(offsets, from + prefix, to - suffix, Math.min(start + prefix, end - 1));
        for (int i = 0; i < suffix; i++) {
            offsets[to - 1 - i] = end - 1 - i;
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
