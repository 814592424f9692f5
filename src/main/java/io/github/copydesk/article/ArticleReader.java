package io.github.copydesk.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a file's bytes into text: honours the configured encoding, strips a byte-order mark,
 * normalises CRLF and CR line ends to LF, and refuses binary, oversized and wrongly encoded
 * files with a problem located at the first bad byte.
 */
public final class ArticleReader {
    private final Charset charset;
    private final long maxFileSize;

    public ArticleReader(Charset charset, long maxFileSize) {
        this.charset = charset;
        this.maxFileSize = maxFileSize;
    }

    public ArticleText read(Path file) {
        FileBytes bytes = readBytes(file);
        return bytes.isReadable() ? decode(bytes.bytes()) : ArticleText.unreadable(bytes.problem());
    }

    /** The file's bytes, undecoded, or why they cannot be read: too large, missing, not allowed. */
    public FileBytes readBytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > maxFileSize) {
                return FileBytes.unreadable(tooLarge(size));
            }
            return FileBytes.of(Files.readAllBytes(file));
        } catch (IOException | SecurityException e) {
            return FileBytes.unreadable(new InputProblem("File cannot be read: " + describe(e), 1, 1));
        }
    }

    /**
     * False only when {@code bytes}, decoded, cannot hold {@code asciiWord}: in an encoding that
     * writes ASCII as ASCII (UTF-8, the ISO-8859 and Windows code pages) the word's bytes are not
     * there. Lets a caller that only looks for the word skip decoding; any other encoding answers
     * true.
     */
    public boolean mayContain(byte[] bytes, String asciiWord) {
        if (!Arrays.equals(asciiWord.getBytes(StandardCharsets.US_ASCII), asciiWord.getBytes(charset))) {
            return true;
        }
        // One character per byte: the word's bytes are there exactly when its characters are, and
        // String's search is much faster than a loop over the bytes.
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(asciiWord);
    }

    /** Decodes bytes already in memory; {@link #read(Path)} without the file system. */
    public ArticleText decode(byte[] bytes) {
        if (bytes.length > maxFileSize) {
            return ArticleText.unreadable(tooLarge(bytes.length));
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        if (!isWideEncoding()) {
            Optional<String> wide = start == 0 ? WideText.of(bytes) : Optional.empty();
            if (wide.isPresent()) {
                return ArticleText.unreadable(new InputProblem(wide.get() + " text: set encoding=" + wide.get()
                        + " (the encoding parameter) to check it; the file is read as " + charset.name(), 1, 1));
            }
            for (int i = start; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    return ArticleText.unreadable(located("Binary file (NUL byte): not an article", bytes, start, i));
                }
            }
        }
        String text = fastUtf8(bytes, start);
        if (text == null) {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
            CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8,
                    (long) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 1));
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                int bad = in.position();
                String message = String.format(Locale.ROOT, "Not valid %s: byte 0x%02X%s", charset.name(),
                        bytes[bad] & 0xFF, " (set the encoding parameter if the file uses another encoding)");
                return ArticleText.unreadable(located(message, out.flip().toString()));
            }
            out.flip();
            text = out.toString();
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (isWideEncoding() && text.indexOf('\0') >= 0) {
            return ArticleText.unreadable(located("Binary file (NUL character): not an article",
                    text.substring(0, text.indexOf('\0'))));
        }
        return ArticleText.of(normaliseLineEnds(text));
    }

    /**
     * UTF-8 text decoded by the String constructor, several times faster than a decoder, or null
     * when the charset is another or the bytes may be malformed: the constructor replaces a bad
     * sequence with U+FFFD, so text holding one is decoded again, strictly, to locate the fault.
     */
    private String fastUtf8(byte[] bytes, int start) {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return null;
        }
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : null;
    }

    private InputProblem tooLarge(long size) {
        return new InputProblem("File is too large to check: " + size
                + " bytes, the limit (maxFileSize) is " + maxFileSize + " bytes", 1, 1);
    }

    static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private boolean isWideEncoding() {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /** A problem at the position just after {@code before}, the text decoded up to the bad byte. */
    private static InputProblem located(String message, String before) {
        String normalised = normaliseLineEnds(before);
        LineIndex index = new LineIndex(normalised);
        int end = normalised.length();
        return new InputProblem(message, index.line(end), index.column(end));
    }

    private InputProblem located(String message, byte[] bytes, int start, int badByte) {
        String before = charset.decode(ByteBuffer.wrap(bytes, start, badByte - start)).toString();
        return located(message, before);
    }

    private static String describe(Exception e) {
        String detail = e.getMessage();
        return e.getClass().getSimpleName() + (detail == null ? "" : ": " + detail);
    }

}
