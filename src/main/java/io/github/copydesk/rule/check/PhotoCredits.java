package io.github.copydesk.rule.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises a photo credit in a caption, an image title or alt text: a label and a name
 * ({@code Photo: X}, {@code / Photo: X}, {@code (Photo: X)}, {@code Credit: X}, {@code Photo by X},
 * {@code © X}), a photographer and agency joined by a slash ({@code X/Getty Images},
 * {@code REUTERS/Jane Doe}), an agency closing the caption ({@code (AA Photo)}, {@code (Reuters)},
 * {@code — AFP}), or a text that is only an agency's name. An agency in parentheses counts only at
 * the end: at the start of a text it is a dateline ({@code LONDON (Reuters) -}).
 */
final class PhotoCredits {
    /** Where a credit was found in a text, and the known agencies it names. */
    record Credit(int start, int end, List<String> agencies) {
    }

    private final Pattern labelled;
    private final Pattern slashed;
    private final Pattern trailing;
    private final Pattern agencyNames;
    private final Pattern agencyOnly;

    PhotoCredits(List<String> labels, List<String> agencies) {
        String label = alternatives(labels);
        String agency = alternatives(agencies);
        this.labelled = Pattern.compile("(?iU)(?<![\\w’'-])(?:" + label + ")(?:\\s*[:：]|\\s+by\\b)\\s*+[^\\s)\\]]"
                + "|©\\s*+\\S|\\(c\\)\\s*+\\p{Lu}");
        this.slashed = Pattern.compile("(?iU)(?<![\\w’'-])(?:" + agency + ")\\s*/\\s*\\S|\\S\\s*/\\s*(?:" + agency
                + ")(?![\\w’'-])");
        this.trailing = Pattern.compile("(?iU)(?:\\(\\s*(?:" + agency + ")(?:\\s+(?:photos?|images?|pool|file))?\\s*\\)"
                + "|(?:^|\\s)[—–-]{1,2}\\s*(?:" + agency + ")|(?<![\\w’'-])(?:" + agency + ")\\s+(?:photos?|images?))"
                + "[\\s.]*$");
        this.agencyNames = Pattern.compile("(?iU)(?<![\\w’'-])(?:" + agency + ")(?![\\w’'-])");
        this.agencyOnly = Pattern.compile("(?iU)[\\s(]*(?:" + agency + ")[\\s).]*");
    }

    /** The first credit in {@code text}, reaching to its end, where credits stand. */
    Optional<Credit> find(String text) {
        int start = Integer.MAX_VALUE;
        for (Pattern form : List.of(labelled, slashed, trailing)) {
            Matcher matcher = form.matcher(text);
            if (matcher.find()) {
                start = Math.min(start, form == slashed ? nameStart(text, matcher.start()) : matcher.start());
            }
        }
        if (start == Integer.MAX_VALUE && agencyOnly.matcher(text).matches()) {
            start = 0;
        }
        if (start == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new Credit(start, text.length(), agencies(text.substring(start))));
    }

    /** Where the name before a slash starts: "Jane Doe/Getty Images" is credited from "Jane". */
    private static int nameStart(String text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        while (start > 1 && text.charAt(start - 1) == ' ' && Character.isUpperCase(text.charAt(start))) {
            int word = start - 1;
            while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
                word--;
            }
            if (word == start - 1 || !Character.isUpperCase(text.charAt(word))) {
                break;
            }
            start = word;
        }
        return start;
    }

    /** A value that is a credit by where it stands (a shortcode's {@code attr}), whatever its form. */
    Credit whole(String text) {
        return new Credit(0, text.length(), agencies(text));
    }

    private List<String> agencies(String credit) {
        List<String> names = new ArrayList<>();
        Matcher matcher = agencyNames.matcher(credit);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    /** The form names are compared in: case, accents and spacing do not matter. */
    static String key(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String alternatives(List<String> names) {
        return names.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(name -> Pattern.quote(name.strip()).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }
}
