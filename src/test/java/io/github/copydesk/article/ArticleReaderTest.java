package io.github.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private final ArticleReader utf8 = new ArticleReader(StandardCharsets.UTF_8, 1024);

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void decodesUtf8() {
        ArticleText text = utf8.decode("Çağrı said “yes”.".getBytes(StandardCharsets.UTF_8));

        assertThat(text.isReadable()).isTrue();
        assertThat(text.text()).isEqualTo("Çağrı said “yes”.");
    }

    @Test
    void stripsTheByteOrderMark() {
        ArticleText text = utf8.decode(concat(bytes(0xEF, 0xBB, 0xBF), "Headline".getBytes(StandardCharsets.UTF_8)));

        assertThat(text.text()).isEqualTo("Headline");
    }

    @Test
    void normalisesCrLfAndCr() {
        assertThat(utf8.decode("a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("a\nb\nc\n");
    }

    @Test
    void honoursTheEncoding() {
        ArticleReader latin1 = new ArticleReader(StandardCharsets.ISO_8859_1, 1024);

        assertThat(latin1.decode(bytes(0x63, 0x61, 0x66, 0xE9)).text()).isEqualTo("café");
    }

    @Test
    void utf16WithBomIsNotTakenForBinary() {
        ArticleReader utf16 = new ArticleReader(StandardCharsets.UTF_16, 1024);

        assertThat(utf16.decode("Hello\nworld".getBytes(StandardCharsets.UTF_16)).text()).isEqualTo("Hello\nworld");
    }

    @Test
    void invalidUtf8IsLocatedAtTheFirstBadByte() {
        byte[] input = concat("line one\nab".getBytes(StandardCharsets.UTF_8), bytes(0xFF, 0x41));

        ArticleText text = utf8.decode(input);

        assertThat(text.isReadable()).isFalse();
        assertThat(text.problem().line()).isEqualTo(2);
        assertThat(text.problem().column()).isEqualTo(3);
        assertThat(text.problem().message()).contains("Not valid UTF-8", "0xFF");
    }

    @Test
    void badByteAfterCrLfLinesCountsLinesLikeTheText() {
        byte[] input = concat("one\r\ntwo\r\nx".getBytes(StandardCharsets.UTF_8), bytes(0xC3, 0x28));

        ArticleText text = utf8.decode(input);

        assertThat(text.problem().line()).isEqualTo(3);
        assertThat(text.problem().column()).isEqualTo(2);
    }

    @Test
    void binaryFileIsLocatedAtItsFirstNulByte() {
        byte[] input = concat("PNG\nxy".getBytes(StandardCharsets.UTF_8), bytes(0x00, 0x01, 0xFF));

        ArticleText text = utf8.decode(input);

        assertThat(text.problem().message()).startsWith("Binary file");
        assertThat(text.problem().line()).isEqualTo(2);
        assertThat(text.problem().column()).isEqualTo(3);
    }

    @Test
    void oversizedFileIsRefused(@TempDir Path directory) throws Exception {
        Path big = directory.resolve("big.txt");
        Files.write(big, new byte[2048]);

        ArticleText text = utf8.read(big);

        assertThat(text.problem().message()).contains("too large", "2048", "1024");
        assertThat(text.problem().line()).isEqualTo(1);
    }

    @Test
    void missingFileIsAProblemNotAnException(@TempDir Path directory) {
        ArticleText text = utf8.read(directory.resolve("gone.txt"));

        assertThat(text.problem().message()).startsWith("File cannot be read");
    }

    @Test
    void findsAnAsciiWordInTheBytesOfAnAsciiCompatibleEncoding() {
        byte[] comment = "Text <!-- copydesk-disable promo-link -- ok --> é".getBytes(StandardCharsets.UTF_8);
        assertThat(utf8.mayContain(comment, "copydesk-")).isTrue();
        assertThat(utf8.mayContain("Text without comments, é".getBytes(StandardCharsets.UTF_8), "copydesk-")).isFalse();
        assertThat(utf8.mayContain("copydesk".getBytes(StandardCharsets.UTF_8), "copydesk-")).isFalse();
        ArticleReader latin1 = new ArticleReader(StandardCharsets.ISO_8859_1, 1024);
        assertThat(latin1.mayContain("Caf\u00e9 copydesk-".getBytes(StandardCharsets.ISO_8859_1), "copydesk-")).isTrue();
    }

    @Test
    void anEncodingThatWritesAsciiOtherwiseIsAlwaysDecoded() {
        ArticleReader utf16 = new ArticleReader(StandardCharsets.UTF_16LE, 1024);
        assertThat(utf16.mayContain("plain text".getBytes(StandardCharsets.UTF_16LE), "copydesk-")).isTrue();
    }

    @Test
    void utf16TextReadAsUtf8IsNamedWithTheEncodingToSet() {
        String article = "Harbour city opens new ferry line\n\nThe harbour authority opened a line.\n";

        assertThat(utf8.decode(article.getBytes(StandardCharsets.UTF_16LE)).problem().message())
                .startsWith("UTF-16LE text: set encoding=UTF-16LE");
        assertThat(utf8.decode(article.getBytes(StandardCharsets.UTF_16BE)).problem().message())
                .startsWith("UTF-16BE text: set encoding=UTF-16BE");
        assertThat(utf8.decode(article.getBytes(StandardCharsets.UTF_16)).problem().message())
                .startsWith("UTF-16BE text: set encoding=UTF-16BE");
        assertThat(utf8.decode(article.getBytes(java.nio.charset.Charset.forName("UTF-32LE"))).problem().message())
                .startsWith("UTF-32LE text: set encoding=UTF-32LE");
        assertThat(utf8.decode(article.getBytes(java.nio.charset.Charset.forName("UTF-32BE"))).problem().message())
                .startsWith("UTF-32BE text: set encoding=UTF-32BE");
    }

    @Test
    void utf16WithLettersBeyondLatinIsStillRecognised() {
        byte[] bom = bytes(0xFF, 0xFE);
        byte[] text = "Ferry line: \u6e21\u8239 opens.".getBytes(StandardCharsets.UTF_16LE);

        assertThat(utf8.decode(concat(bom, text)).problem().message()).startsWith("UTF-16LE text");
        assertThat(utf8.decode(text).problem().message()).startsWith("UTF-16LE text");
    }
}
