package io.github.copydesk.engine;

import io.github.copydesk.rule.Fix;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An article's text as stored: its encoding, byte-order mark and line ends, which the text that
 * checks read drops ({@code \n} for every line end, no mark). Applies fixes made in offsets of the
 * read text to the stored text, so that every byte outside a fix stays as it was.
 */
final class StoredText {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Charset charset;
    private final byte[] bom;
    /** The decoded text after any byte-order mark bytes, line ends as stored. */
    private final String raw;
    /** 1 when {@link #raw} opens with a decoded U+FEFF mark, which the read text drops. */
    private final int markChars;
    /** Offsets in the read text of each {@code \n} that stands for a stored CRLF, ascending. */
    private final int[] crlfs;
    private final String lineEnd;

    private StoredText(Charset charset, byte[] bom, String raw) {
        this.charset = charset;
        this.bom = bom;
        this.raw = raw;
        this.markChars = !raw.isEmpty() && raw.charAt(0) == '\uFEFF' ? 1 : 0;
        List<Integer> crlfOffsets = new ArrayList<>();
        int crlf = 0;
        int cr = 0;
        int lf = 0;
        int normalised = 0;
        for (int i = markChars; i < raw.length(); i++, normalised++) {
            char c = raw.charAt(i);
            if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                crlfOffsets.add(normalised);
                crlf++;
                i++;
            } else if (c == '\r') {
                cr++;
            } else if (c == '\n') {
                lf++;
            }
        }
        this.crlfs = crlfOffsets.stream().mapToInt(Integer::intValue).toArray();
        this.lineEnd = crlf >= lf && crlf >= cr && crlf > 0 ? "\r\n" : cr > lf ? "\r" : "\n";
    }

    /**
     * The stored form of {@code bytes}, or none when the encoding would not write the same bytes
     * back for the same text (then no byte-exact rewrite is possible, and the file is left alone).
     */
    static Optional<StoredText> of(byte[] bytes, Charset charset) {
        boolean utf8Bom = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3);
        byte[] bom = utf8Bom ? UTF8_BOM : new byte[0];
        byte[] body = Arrays.copyOfRange(bytes, bom.length, bytes.length);
        try {
            String raw = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            StoredText stored = new StoredText(charset, bom, raw);
            return Arrays.equals(stored.encode(raw), body) ? Optional.of(stored) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * The file's bytes with {@code fixes} applied; fixes that overlap an earlier one are left out.
     * Line ends a fix inserts take the file's most frequent line end.
     */
    byte[] apply(List<Fix> fixes) {
        StringBuilder text = new StringBuilder(raw);
        List<Fix> descending = new ArrayList<>(nonOverlapping(fixes));
        descending.sort(Comparator.comparingInt(Fix::start).reversed());
        for (Fix fix : descending) {
            text.replace(stored(fix.start()), stored(fix.end()), fix.replacement().replace("\n", lineEnd));
        }
        byte[] body = encode(text.toString());
        byte[] result = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, result, bom.length, body.length);
        return result;
    }

    /** In start order, each fix that begins at or after the end of the one kept before it. */
    static List<Fix> nonOverlapping(List<Fix> fixes) {
        List<Fix> sorted = new ArrayList<>(fixes);
        sorted.sort(Comparator.comparingInt(Fix::start).thenComparingInt(Fix::end));
        List<Fix> kept = new ArrayList<>();
        int end = -1;
        for (Fix fix : sorted) {
            if (fix.start() >= end) {
                kept.add(fix);
                end = fix.end();
            }
        }
        return kept;
    }

    /** The offset in {@link #raw} of offset {@code readOffset} of the read text. */
    private int stored(int readOffset) {
        int index = Arrays.binarySearch(crlfs, readOffset);
        int crlfsBefore = index >= 0 ? index : -index - 1;
        return markChars + readOffset + crlfsBefore;
    }

    private byte[] encode(String text) {
        try {
            ByteBuffer buffer = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(buffer.array(), buffer.arrayOffset() + buffer.position(),
                    buffer.arrayOffset() + buffer.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("Text decoded from this charset encodes back", e);
        }
    }
}
