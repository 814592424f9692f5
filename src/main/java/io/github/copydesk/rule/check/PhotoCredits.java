package io.github.copydesk.rule.check;

import io.github.copydesk.text.PhraseIndex;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises a photo credit in a caption, an image title or alt text: a label and a name
 * ({@code Photo: X}, {@code / Photo: X}, {@code (Photo: X)}, {@code Credit: X}, {@code Photo by X},
 * {@code © X}), a photographer and agency joined by a slash ({@code X/Getty Images},
 * {@code REUTERS/Jane Doe}), an agency closing the caption ({@code (AA Photo)}, {@code (Reuters)},
 * {@code — AFP}), or a text that is only an agency's name. An agency in brackets counts only at
 * the end: at the start of a text it is a dateline ({@code LONDON (Reuters) -}). Labels and
 * agencies are found word by word ({@link PhraseIndex}), so a long line costs its length once.
 */
final class PhotoCredits {
    /** Where a credit was found in a text, and the known agencies it names. */
    record Credit(int start, int end, List<String> agencies) {
    }

    /** Words that may follow an agency closing a caption: "(AA Photo)", "Reuters pictures". */
    private static final Pattern BRACKETS_AND_STOPS = Pattern.compile("[().]");
    private static final Set<String> PICTURE_WORDS = Set.of("photo", "photos", "image", "images", "picture",
            "pictures", "pool", "file");
    private static final String DASHES = "—–-";
    /** Lower-case words that join or qualify a credit's names: "courtesy of the family", "Jane Doe for AFP". */
    private static final Set<String> NAME_JOINING_WORDS = Set.of("of", "the", "and", "for", "via", "by", "de",
            "del", "la", "le", "van", "der", "von", "du", "da", "di", "bin", "al", "el", "staff", "file", "photo",
            "photos", "pool", "images", "+", "&", "para", "pour", "für", "per");
    /** Words that open a credit whatever follows: "courtesy of the harbour authority", "supplied by the family". */
    private static final Set<String> SOURCE_WORDS = Set.of("courtesy", "provided", "supplied", "submitted", "handout");

    /**
     * A photographer and an outlet joined by a slash, closing the text: "Jane Doe/AOL",
     * "(Jane Doe/The Union via AP)". The name has two to four capitalised words, so that
     * "Paris/London" is no credit.
     */
    private static final Pattern NAME_SLASH_OUTLET = Pattern.compile("(?U)(?:^|[\\s(\\[])(\\p{Lu}(?:[\\p{L}'’-]*|\\.)"
            + "(?:\\s+\\p{Lu}(?:[\\p{L}'’-]*|\\.)){1,3}\\s*/\\s*[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’-]*"
            + "(?:\\s+(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’-]*|of|the|for|via|and|de)){0,6})\\s*[)\\]]?[.\\s]*$");
    /** A slashed credit closes its text within this many characters. */
    private static final int MAX_SLASHED_CREDIT_CHARS = 120;
    /** A bare label needs a short name after it: "Credit Jane Doe", not "Credit Suisse shares fell on Monday". */
    private static final int MAX_BARE_CREDIT_WORDS = 6;
    /** A glued label is a credit's own mark, so a longer name may follow it: "CreditJane Doe for The Harbour Post". */
    private static final int MAX_GLUED_CREDIT_WORDS = 10;

    private final PhraseIndex labels;
    private final PhraseIndex agencies;
    private final PhraseIndex bareLabels;
    private final PhraseIndex creditPhrases;
    /**
     * A bare label glued to the name after it, as a page writes a label it hides from the eye:
     * {@code <span class="visually-hidden">Credit</span>Jane Doe} reads "CreditJane Doe".
     */
    private final Pattern gluedBareLabel;

    PhotoCredits(List<String> labels, List<String> agencies) {
        this(labels, agencies, List.of(), List.of());
    }

    /**
     * {@code bareLabels} credit a name that follows them with no colon ("Credit Jane Doe");
     * {@code creditPhrases} are credits in themselves when they close a text ("Submitted photo").
     */
    PhotoCredits(List<String> labels, List<String> agencies, List<String> bareLabels, List<String> creditPhrases) {
        this.labels = new PhraseIndex(labels);
        this.agencies = new PhraseIndex(agencies);
        this.bareLabels = new PhraseIndex(bareLabels);
        this.creditPhrases = new PhraseIndex(creditPhrases);
        this.gluedBareLabel = bareLabels.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + bareLabels.stream()
                .map(label -> Pattern.quote(label.strip())).collect(Collectors.joining("|")) + ")(?=\\p{Lu}\\p{Ll})");
    }

    /** The first credit in {@code text}, reaching to its end, where credits stand. */
    Optional<Credit> find(String text) {
        int start = Integer.MAX_VALUE;
        for (PhraseIndex.Match label : labels.find(text, 0, text.length())) {
            if (introducesName(text, label.end())) {
                start = label.start();
                break;
            }
        }
        int copyright = copyrightSign(text);
        start = Math.min(start, copyright);
        for (PhraseIndex.Match label : bareLabels.find(text, 0, text.length())) {
            if (label.start() < start && opensPart(text, label.start()) && namesAfterBareLabel(text, label.end())) {
                start = label.start();
                break;
            }
        }
        if (gluedBareLabel != null && start == Integer.MAX_VALUE) {
            Matcher glued = gluedBareLabel.matcher(text);
            while (glued.find()) {
                if (namesAfter(text, glued.end(), MAX_GLUED_CREDIT_WORDS)) {
                    start = glued.start();
                    break;
                }
            }
        }
        for (PhraseIndex.Match phrase : creditPhrases.find(text, 0, text.length())) {
            if (phrase.start() < start && standsAlone(text, phrase)) {
                start = openingOf(text, phrase.start());
                break;
            }
        }

        List<PhraseIndex.Match> named = agencies.find(text, 0, text.length());
        for (PhraseIndex.Match agency : named) {
            if (agency.start() >= start) {
                break;
            }
            if (isSlashed(text, agency)) {
                start = Math.min(start, nameStart(text, agency));
            } else if (closesText(text, agency)) {
                start = Math.min(start, openingOf(text, agency.start()));
            }
        }
        if (start == Integer.MAX_VALUE && agencies.isWhole(BRACKETS_AND_STOPS.matcher(text).replaceAll(" "))) {
            start = 0;
        }
        if (start == Integer.MAX_VALUE) {
            Matcher slashed = NAME_SLASH_OUTLET.matcher(text)
                    .region(Math.max(0, text.length() - MAX_SLASHED_CREDIT_CHARS), text.length());
            if (slashed.find()) {
                start = openingOf(text, slashed.start(1));
            }
        }
        if (start == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        final int from = start;
        List<String> credited = named.stream().filter(m -> m.start() >= from).map(PhraseIndex.Match::phrase).toList();
        return Optional.of(new Credit(start, text.length(), credited));
    }

    /** A value that is a credit by where it stands (a shortcode's {@code attr}), whatever its form. */
    Credit whole(String text) {
        return new Credit(0, text.length(), agencies.find(text, 0, text.length()).stream()
                .map(PhraseIndex.Match::phrase).toList());
    }

    /** "Credit Jane Doe": a short run of capitalised words to the end of the text, joined by a name's small words. */
    private static boolean namesAfterBareLabel(String text, int at) {
        return skipBlanks(text, at) > at && namesAfter(text, at, MAX_BARE_CREDIT_WORDS);
    }

    /** From {@code at}, blanks and a run of at most {@code maxWords} capitalised words to the end of the text. */
    private static boolean namesAfter(String text, int at, int maxWords) {
        int name = skipBlanks(text, at);
        if (name >= text.length() || !Character.isUpperCase(text.charAt(name))) {
            return false;
        }
        String rest = BRACKETS_AND_STOPS.matcher(text.substring(name)).replaceAll(" ").strip();
        String[] words = rest.split("[\\s/]+");
        if (words.length > maxWords) {
            return false;
        }
        for (String word : words) {
            if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))
                    && !NAME_JOINING_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Submitted photo" closing a caption, or standing alone: only brackets, full stops and blanks
     * after it, and before it the text's start, a sentence's end, a bracket, a dash or a slash.
     */
    private static boolean standsAlone(String text, PhraseIndex.Match phrase) {
        for (int k = phrase.end(); k < text.length(); k++) {
            if (!Character.isWhitespace(text.charAt(k)) && ".)]".indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return opensPart(text, phrase.start());
    }

    /** What stands at {@code at} opens the text, a sentence, a bracket or a part after a dash, slash or bar. */
    private static boolean opensPart(String text, int at) {
        int before = skipBlanksBack(text, at);
        return before == 0 || ".!?([/|".indexOf(text.charAt(before - 1)) >= 0 || DASHES.indexOf(text.charAt(before - 1)) >= 0;
    }

    /** After a label: a colon and a name ("Photo: AA"), or "by" and a name ("Photo by Jane Doe"). */
    private static boolean introducesName(String text, int at) {
        int i = skipBlanks(text, at);
        if (i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '：')) {
            int name = skipBlanks(text, i + 1);
            return name < text.length() && ")]".indexOf(text.charAt(name)) < 0 && !describes(text, name);
        }
        if (i > at && text.regionMatches(true, i, "by", 0, 2) && i + 2 < text.length()
                && Character.isWhitespace(text.charAt(i + 2))) {
            int name = skipBlanks(text, i + 2);
            return name < text.length() && Character.isLetter(text.charAt(name));
        }
        return false;
    }

    /**
     * What follows a label describes the picture rather than naming its source when it holds
     * words of a sentence: "Image: The restored facade of the cinema" against "Photo: Jane Doe for
     * the Coast Herald". Names are capitalised; of their joining words, only these are not.
     */
    private static boolean describes(String text, int from) {
        int firstEnd = from;
        while (firstEnd < text.length() && Character.isLetter(text.charAt(firstEnd))) {
            firstEnd++;
        }
        if (SOURCE_WORDS.contains(text.substring(from, firstEnd).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int sentenceWords = 0;
        int i = from;
        while (i < text.length() && sentenceWords < 2) {
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start && Character.isLowerCase(text.charAt(start))
                    && !NAME_JOINING_WORDS.contains(text.substring(start, i))) {
                sentenceWords++;
            }
            if (i < text.length() && text.charAt(i) == '/') {
                return false;
            }
            i = i == start ? i + 1 : i;
        }
        return sentenceWords >= 2;
    }

    private static int copyrightSign(String text) {
        int sign = text.indexOf('©');
        if (sign >= 0 && skipBlanks(text, sign + 1) < text.length()) {
            return sign;
        }
        int c = text.indexOf("(c)");
        if (c < 0) {
            c = text.indexOf("(C)");
        }
        int name = c < 0 ? -1 : skipBlanks(text, c + 3);
        return name >= 0 && name < text.length() && Character.isUpperCase(text.charAt(name)) ? c : Integer.MAX_VALUE;
    }

    /** "Getty Images/Jane Doe" or "Jane Doe/Getty Images": the agency on either side of a slash with a name. */
    private static boolean isSlashed(String text, PhraseIndex.Match agency) {
        int after = skipBlanks(text, agency.end());
        if (after < text.length() && text.charAt(after) == '/') {
            int name = skipBlanks(text, after + 1);
            if (name < text.length()) {
                return true;
            }
        }
        int before = skipBlanksBack(text, agency.start());
        return before > 0 && text.charAt(before - 1) == '/' && skipBlanksBack(text, before - 1) > 0;
    }

    /** The agency ends the text: "(AA Photo)", "(Reuters)", "— AFP", "Reuters pictures", then only blanks and full stops. */
    private boolean closesText(String text, PhraseIndex.Match agency) {
        int i = skipBlanks(text, agency.end());
        int wordEnd = i;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        boolean pictureWord = wordEnd > i && PICTURE_WORDS.contains(text.substring(i, wordEnd).toLowerCase(Locale.ROOT));
        if (pictureWord) {
            i = skipBlanks(text, wordEnd);
        }
        int before = skipBlanksBack(text, agency.start());
        char opening = before > 0 ? text.charAt(before - 1) : ' ';
        boolean bracketed = (opening == '(' || opening == '[') && i < text.length() && ")]".indexOf(text.charAt(i)) >= 0;
        if (bracketed) {
            i++;
        }
        boolean dashed = DASHES.indexOf(opening) >= 0 && (before < 2 || Character.isWhitespace(text.charAt(before - 2))
                || DASHES.indexOf(text.charAt(before - 2)) >= 0);
        boolean via = before >= 3 && text.regionMatches(true, before - 3, "via", 0, 3)
                && (before == 3 || !Character.isLetter(text.charAt(before - 4)));
        if (via && i < text.length() && ")]".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (!bracketed && !dashed && !pictureWord && !via) {
            return false;
        }
        for (int k = i; k < text.length(); k++) {
            if (!Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Where a closing credit begins: at its bracket or dash, if it has one. */
    private static int openingOf(String text, int agencyStart) {
        int before = skipBlanksBack(text, agencyStart);
        while (before > 0 && ("(" + DASHES).indexOf(text.charAt(before - 1)) >= 0) {
            before--;
        }
        return before;
    }

    /** Where the name before a slash starts: "Jane Doe/Getty Images" is credited from "Jane". */
    private static int nameStart(String text, PhraseIndex.Match agency) {
        int after = skipBlanks(text, agency.end());
        boolean agencyFirst = after < text.length() && text.charAt(after) == '/';
        if (agencyFirst) {
            return agency.start();
        }
        int start = skipBlanksBack(text, skipBlanksBack(text, agency.start()) - 1);
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

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipBlanksBack(String text, int from) {
        int i = from;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
