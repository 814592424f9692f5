package io.github.copydesk.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which names of agencies and outlets are compared: accents dropped, lower case,
 * blanks collapsed, so {@code Agência  Brasil} and {@code agencia brasil} are one name.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTERS_OR_FIGURES = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    public static String of(String name) {
        String decomposed = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
        return BLANKS.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** The key with punctuation and spacing dropped as well, so {@code A.A.} is {@code aa}. */
    public static String bare(String name) {
        return NOT_LETTERS_OR_FIGURES.matcher(of(name)).replaceAll("");
    }

    /** The key's words, each set off by one blank, with a blank before the first and after the last. */
    public static String spacedWords(String name) {
        return " " + NOT_LETTERS_OR_FIGURES.matcher(of(name)).replaceAll(" ").strip() + " ";
    }

    /** The words of {@code name} as written, split at whatever is not a letter or a figure. */
    public static String[] words(String name) {
        return NOT_LETTERS_OR_FIGURES.split(name);
    }
}
