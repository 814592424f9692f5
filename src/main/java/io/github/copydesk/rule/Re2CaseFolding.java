package io.github.copydesk.rule;

import com.google.re2j.Pattern;

/**
 * The letters RE2/J cannot match ignoring case, and how to keep them from it.
 *
 * <p>RE2/J finds a letter's other cases by following its fold table and, past the table, the JDK's
 * case mapping, until it comes back to the letter. For U+1C80 to U+1C88 (old Cyrillic letter forms,
 * which the JDK maps to В, Д, О, С, Т, Т, Ъ, Ѣ and Ꙋ while RE2/J's table does not know them) it never
 * comes back: compiling such a letter, or a class range holding one, ignoring case does not end.
 * A word or phrase spells such a letter's cases out itself; a regular expression holding one is
 * refused.
 */
final class Re2CaseFolding {
    static final int FIRST_UNFOLDABLE = 0x1C80;
    static final int LAST_UNFOLDABLE = 0x1C88;
    /** A group of flags that turns case folding on: {@code (?i)}, {@code (?si:...)}. */
    private static final java.util.regex.Pattern INLINE_IGNORE_CASE = java.util.regex.Pattern.compile("\\(\\?[a-zA-Z]*i");

    private Re2CaseFolding() {
    }

    static boolean unfoldable(int codePoint) {
        return codePoint >= FIRST_UNFOLDABLE && codePoint <= LAST_UNFOLDABLE;
    }

    /**
     * The regular expression matching {@code word} literally; ignoring case, an unfoldable letter is
     * a class of its own cases outside RE2's folding, which is what RE2 would match for it.
     */
    static String literal(String word, boolean ignoreCase) {
        if (!ignoreCase || word.codePoints().noneMatch(Re2CaseFolding::unfoldable)) {
            return Pattern.quote(word);
        }
        StringBuilder regex = new StringBuilder();
        word.codePoints().forEach(c -> {
            if (unfoldable(c)) {
                int upper = Character.toUpperCase(c);
                regex.append("(?-i:[").append(hex(c)).append(hex(upper)).append(hex(Character.toLowerCase(upper)))
                        .append("])");
            } else {
                regex.append(Pattern.quote(Character.toString(c)));
            }
        });
        return regex.toString();
    }

    /**
     * Where {@code regex}, compiled ignoring case ({@code ignoreCase} or a {@code (?i)} of its own),
     * has an unfoldable letter, written or escaped, or a range of a class holding one; -1 where it has
     * none. A letter inside a {@code (?-i:...)} group is counted as well: the place is found by
     * reading the letters and escapes, not by parsing the whole expression.
     */
    static int unfoldablePlace(String regex, boolean ignoreCase) {
        if (!ignoreCase && !INLINE_IGNORE_CASE.matcher(regex).find()) {
            return -1;
        }
        int previous = -1;
        boolean inClass = false;
        boolean rangeOpen = false;
        int i = 0;
        while (i < regex.length()) {
            int start = i;
            int c = regex.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\\' && i < regex.length()) {
                int[] escaped = escape(regex, i);
                c = escaped[0];
                i = escaped[1];
            } else if (c == '-' && inClass && previous >= 0) {
                rangeOpen = true;
                continue;
            } else if (c == '[' || c == ']') {
                inClass = c == '[';
                rangeOpen = false;
                previous = -1;
                continue;
            }
            if (c >= 0 && (unfoldable(c) || rangeOpen && previous <= LAST_UNFOLDABLE && c >= FIRST_UNFOLDABLE)) {
                return start;
            }
            rangeOpen = false;
            previous = c;
        }
        return -1;
    }

    /** The code point an escape at {@code from} (after its backslash) stands for, or -1, and where it ends. */
    private static int[] escape(String regex, int from) {
        char kind = regex.charAt(from);
        if (kind == 'x' && from + 1 < regex.length()) {
            if (regex.charAt(from + 1) == '{') {
                int close = regex.indexOf('}', from + 2);
                if (close > 0) {
                    return new int[] {hexValue(regex.substring(from + 2, close)), close + 1};
                }
            } else if (from + 3 <= regex.length()) {
                return new int[] {hexValue(regex.substring(from + 1, from + 3)), from + 3};
            }
        }
        int end = from + Character.charCount(regex.codePointAt(from));
        return new int[] {Character.isLetterOrDigit(kind) ? -1 : regex.codePointAt(from), end};
    }

    private static int hexValue(String digits) {
        try {
            return digits.length() <= 8 ? Integer.parseInt(digits, 16) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String hex(int codePoint) {
        return "\\x{" + Integer.toHexString(codePoint) + "}";
    }
}
