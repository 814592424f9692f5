package io.github.copydesk.article;

import java.util.regex.Pattern;

/** Recognises the line that credits an article's source: {@code SOURCE:AA}, {@code Source: Reuters}. */
public final class SourceLine {
    private static final Pattern FORM = Pattern.compile("(?i)source\\s*:\\s*\\S[^\\n]*");

    private SourceLine() {
    }

    /** True when {@code text}, trimmed, is one source line and nothing else. */
    public static boolean is(String text) {
        return FORM.matcher(text.strip()).matches();
    }
}
