package io.github.copydesk.article;

import java.util.Arrays;
import org.jsoup.parser.Parser;

/**
 * Where each character of a decoded HTML text (a text node or an attribute value) stands in the
 * source, so that a finding lands on the character as written: a character read from an entity
 * ({@code &amp;}, {@code &#x1F517;}) points at the entity's {@code &}.
 *
 * <p>jsoup tells where a whole text node or attribute value stands, not where each of its
 * characters does. Entities never contain an {@code &}, so the source is cut before each one and
 * every piece is decoded alone: the piece's unchanged tail is the text after the entity, and what
 * comes before it was the entity.
 */
final class DecodedOffsets {
    private DecodedOffsets() {
    }

    /**
     * Source offsets of the characters of {@code decoded}, which jsoup read from {@code source}
     * between {@code start} and {@code end}.
     */
    static int[] of(String source, int start, int end, String decoded, boolean inAttribute) {
        int[] offsets = new int[decoded.length()];
        if (decoded.length() == end - start && source.startsWith(decoded, start)) {
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = start + i;
            }
            return offsets;
        }
        if (!byEntity(source, start, end, decoded, inAttribute, offsets)) {
            align(source, start, end, decoded, 0, decoded.length(), offsets);
        }
        return offsets;
    }

    /** Decodes piece by piece; false when the pieces do not add up to what jsoup read (it also drops NULs, say). */
    private static boolean byEntity(String source, int start, int end, String decoded, boolean inAttribute,
            int[] offsets) {
        int done = 0;
        int pieceStart = start;
        while (pieceStart < end) {
            int pieceEnd = source.indexOf('&', pieceStart + 1);
            if (pieceEnd < 0 || pieceEnd > end) {
                pieceEnd = end;
            }
            String piece = source.substring(pieceStart, pieceEnd);
            String read = piece.indexOf('&') < 0 ? piece : Parser.unescapeEntities(piece, inAttribute);
            if (!decoded.startsWith(read, done)) {
                return false;
            }
            align(source, pieceStart, pieceEnd, decoded, done, done + read.length(), offsets);
            done += read.length();
            pieceStart = pieceEnd;
        }
        return done == decoded.length();
    }

    /**
     * Maps {@code decoded[from, to)}, read from {@code source[start, end)}: the characters the two
     * share at the end map one to one, the changed stretch before them to where the change begins.
     */
    private static void align(String source, int start, int end, String decoded, int from, int to, int[] offsets) {
        if (end <= start) {
            Arrays.fill(offsets, from, to, start);
            return;
        }
        int prefix = 0;
        if (source.charAt(start) != '&') {
            int common = Math.min(to - from, end - start);
            while (prefix < common && decoded.charAt(from + prefix) == source.charAt(start + prefix)) {
                prefix++;
            }
        }
        int suffix = 0;
        int room = Math.min(to - from, end - start) - prefix;
        while (suffix < room && decoded.charAt(to - 1 - suffix) == source.charAt(end - 1 - suffix)) {
            suffix++;
        }
        for (int i = 0; i < prefix; i++) {
            offsets[from + i] = start + i;
        }
        int changedAt = Math.min(start + prefix, end - 1);
        for (int i = from + prefix; i < to - suffix; i++) {
            offsets[i] = changedAt;
        }
        for (int i = 0; i < suffix; i++) {
            offsets[to - 1 - i] = end - 1 - i;
        }
    }
}
