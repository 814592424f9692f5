package io.github.copydesk.text;

/**
 * The first three letters, in any case, of every month, weekday and relative word that
 * {@link DateMentions} knows: a table, since it is asked at the start of every word of the text.
 */
final class DateWordStarts {
    static final int MONTH = 1;
    static final int WEEKDAY = 2;
    static final int RELATIVE = 4;
    private final byte[] kinds = new byte[26 * 26 * 26];

    DateWordStarts() {
        add(MONTH, "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        add(WEEKDAY, "mon", "tue", "wed", "thu", "fri", "sat", "sun");
        add(RELATIVE, "yes", "tod", "tom", "las", "thi", "nex");
    }

    private void add(int kind, String... starts) {
        for (String start : starts) {
            kinds[index(start.charAt(0), start.charAt(1), start.charAt(2))] |= (byte) kind;
        }
    }

    /** The kinds of word that may start with these three characters; 0 unless all three are ASCII letters. */
    int kinds(char a, char b, char c) {
        int index = index(a, b, c);
        return index < 0 ? 0 : kinds[index];
    }

    private static int index(char a, char b, char c) {
        int x = letter(a);
        int y = letter(b);
        int z = letter(c);
        return (x | y | z) < 0 ? -1 : (x * 26 + y) * 26 + z;
    }

    private static int letter(char c) {
        char lower = (char) (c | 0x20);
        return c < 128 && lower >= 'a' && lower <= 'z' ? lower - 'a' : -1;
    }
}
