package io.github.copydesk.rule.check;

import io.github.copydesk.text.CaseFolding;
import io.github.copydesk.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises, in one line of copy, the forms in which wire and newsroom copy credits its source.
 * Immutable: the patterns are built once from the configured names and phrases.
 */
final class CreditForms {

    /** A credited name at {@code [start, end)} of the line it was found in. */
    record Name(int start, int end, String text) {
    }

    private static final Pattern PREFIX_SEPARATORS = Pattern.compile("[\\s,]+");
    private static final Pattern TRAILING_NON_WORD = Pattern.compile("\\W+$");
    private static final String DASH = "[-–—]";
    /** What joins names in one credit: {@code Reuters/AFP}, {@code TRT World and Agencies}, {@code X with AA}. */
    private static final String SEPARATOR =
            "(?:\\s*[/,&+|;]\\s*|\\s+(?iu:and|with|plus|via)\\s+|\\s*[–—]\\s*|\\s+-{1,2}\\s+)";
    /**
     * Tried only where the last separator ended or a run of blanks starts: from inside a run it fails
     * as it does from the run's start, and trying every position of a long run cost quadratic time.
     */
    private static final Pattern SEPARATOR_PATTERN = Pattern.compile("(?:\\G|(?<!\\s))" + SEPARATOR);
    private static final String THE = "(?:(?iu:the)\\s+)?";
    /** A desk word after an outlet: {@code Al Jazeera Staff}, {@code TRT World Desk}. */
    private static final String ROLE = "(?:\\s+(?iu:staff(?:\\s+(?:writer|reporter)s?)?|correspondents?|desk|bureau"
            + "|newsroom|team|reporters?|writers?))?";
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
    /** Two to four capitalised words: the name in a byline or a reporter's line. */
    private static final String BYLINE_NAME = WORD + "(?:\\s+" + WORD + "){1,3}";
    /** Where the credit was filed from: {@code BBC News, Kyiv}, {@code DAILY SABAH ISTANBUL}. */
    private static final String PLACE = "(?:(?:\\s*,\\s*|\\s+)" + WORD + "(?:\\s+" + WORD + "){0,3})?";
    /**
     * Brackets or slashes around one credited name: {@code (AFP)}, {@code /AA/}. The name runs to its
     * last visible character (no line break: {@code .} stops at one); a lazy name before optional
     * blanks would try every split of a long run of blanks, in quadratic time.
     */
    private static final Pattern WRAPPED =
            Pattern.compile("[(\\[/]\\s*+((?:.*[^\\s\\u0085\\u2028\\u2029])?)\\s*[)\\]/]");
    /** The value of a {@code SOURCE:} line runs to its last character that is not a blank or a dot, as {@link #WRAPPED}. */
    private static final Pattern SOURCE_LABEL = Pattern.compile(
            "\\s*(?iu:sources?)\\s*:\\s*(\\S(?:.*[^\\s.\\u0085\\u2028\\u2029])?)[\\s.]*");
    /** {@code ( Source : PTI )}: a source label in brackets, as Indian papers close wire copy. */
    private static final Pattern BRACKETED_SOURCE_LABEL = Pattern.compile(
            "\\s*[(\\[]\\s*(?iu:sources?)\\s*:\\s*([^()\\[\\]\\n]{1,60}?)\\s*[)\\]][\\s.]*");
    /**
     * A reporter named without "By": {@code Jane Doe Reporting}, {@code Jane Doe Published
     * February 26, 2025 | 10:38 PM}, or a contact line closing the story, {@code Contact Jane Doe at
     * jdoe@example.com}.
     */
    private static final Pattern REPORTER_LINE = Pattern.compile("\\s*(?:" + BYLINE_NAME
            + "\\s+(?:(?iu:reporting)[\\s.]*|(?:Published|Updated|Posted)\\b[^\\n]{0,40}\\d[^\\n]{0,30})"
            + "|(?iu:contact)\\s+" + BYLINE_NAME + "\\s+(?iu:at)\\s+\\S+@\\S+.{0,200})");
    /** {@code By Jane Doe.}: a byline of names only, closed with a stop, as some papers print it. */
    private static final Pattern NAMES_WITH_STOP = Pattern.compile(
            "\\s*(?iu:by)\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?){1,3}\\s*");
    /** {@code Chimpreports - Tue, 06/27/2017 - 13:59}: a name, a dash or bar, and a numeric date. */
    private static final Pattern NAME_AND_DATE = Pattern.compile("\\s*" + WORD + "(?:\\s+" + WORD + "){0,3}"
            + "\\s*[-–—|]\\s*(?:\\p{L}{3,9}\\.?,?\\s+)?\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}(?:\\s*[-–—|,]?\\s*\\d{1,2}:\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?)?\\s*");
    /**
     * {@code CNN —} on a line of its own above the story: an outlet's initials and a dash, a
     * dateline without a place. With the story on the same line the initials could be a place's
     * ("ROME — The ..."), which credits nobody.
     */
    private static final Pattern INITIALS_DATELINE = Pattern.compile("\\s*(?<tag>\\p{Lu}{2,6})\\s*[—–]\\s*");
    private static final Pattern BYLINE_START = Pattern.compile("\\s*(?iu:by)\\s+\\p{Lu}.*");
    /** A line that ends a sentence is prose ("By Monday, the army had left."), not a byline. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?:\\p{Ll}\\.|[!?;:\"”])\\s*$");
    /** The byline of agency web pages: {@code Jane Doe |28.04.2025 - Update : 28.04.2025}. */
    private static final Pattern DATED_BYLINE =
            Pattern.compile("\\s*\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,60}?\\s*\\|\\s*\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}.*");
    /** Lower-case words a place name may hold: {@code Frankfurt am Main}, {@code Rio de Janeiro}. */
    private static final Set<String> PLACE_PARTICLES = Set.of("de", "del", "da", "do", "dos", "das", "la", "le",
            "les", "el", "al", "am", "an", "of", "on", "upon", "sur", "en", "di", "van", "von", "der", "den", "st",
            "nd", "rd", "th");
    private static final int MAX_CREDIT_LINE_WORDS = 10;
    /** What a dated credit line may carry after its names: {@code | Riverton | Updated: Aug 5, 2017 14:50 IST}. */
    private static final int MAX_TAIL_TOKENS = 14;
    private static final int MAX_TIMED_BYLINE_WORDS = 20;
    private static final Pattern TAIL_START = Pattern.compile("[\\s,|·•:;/–—-]");
    private static final Pattern TAIL_SEPARATORS = Pattern.compile("[\\s,|·•:;/()\\[\\]–—-]+");
    /** Lower-case words of a timestamp: {@code 3:40 p.m. IST}, {@code 14:50 hrs}, {@code updated on}. */
    private static final Set<String> TIME_WORDS = Set.of("am", "pm", "a.m", "p.m", "hrs", "h", "at", "on", "updated",
            "published", "posted", "last", "ist", "gmt", "utc", "edt", "est", "pdt", "pst");
    /** A sentence ends with a word of two lower-case letters or more and a stop, or with {@code ! ? ; "}; {@code p.m.} does not. */
    private static final Pattern PROSE_END = Pattern.compile("(?:\\p{Ll}{2}\\.|[!?;\"”])\\s*$");
    private static final Pattern GLUED_BYLINE = Pattern.compile("(?<before>.*?\\S)(?<gap>\\s*)(?:By|BY)\\s+" + BYLINE_NAME
            + "(?:\\s*(?:,|and|&)\\s*" + BYLINE_NAME + ")?\\s*");
    /** A word in lower case, other than the particles of place names: the mark of a sentence-case headline. */
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Ll}{4,}");
    private static final String TAG_PREFIX = "(?<prefix>(?:\\p{Lu}[^()/\\n]{0,70}?)?)";
    /** {@code NEW YORK, Sept. 22, 2023 /PRNewswire/ --}, {@code /CNW/ -}. */
    private static final Pattern SLASH_TAG = Pattern.compile(TAG_PREFIX + "/\\s*(?<tag>\\p{L}[^/\\n]{0,40}?)\\s*/\\s*+(?:[.:]\\s*+)?"
            + "(?:" + DASH + "|(?=[\\p{Lu}\"“‘']))");
    /**
     * {@code Accra, March 24, GNA -}, {@code SYDNEY, Jan 29 AAP -}, {@code 03 Dec 2025; MEMO:}: the
     * prefix must hold a date (checked by the caller).
     */
    private static final Pattern COMMA_TAG = Pattern.compile("(?<prefix>[\\p{Lu}\\p{N}][^()/\\n]{0,70}?)(?:[,;]\\s*|\\s+)(?<tag>\\p{Lu}{2,8})"
            + "\\s*+(?:[.:]?\\s*+" + DASH + "|:)");
    /** {@code (MENAFN- Harbour Times) The ...}, {@code (KXYZ) The ...}: an abbreviation opens the tag. */
    private static final Pattern ACRONYM_TAG = Pattern.compile(TAG_PREFIX + "\\(\\s*(?<tag>\\p{Lu}[\\p{Lu}\\p{N}&]{1,9}"
            + "(?:\\s*[-–—:]\\s*[^()\\n]{1,40}?)?)\\s*\\)\\s*+(?:[.:]\\s*+)?(?:" + DASH + "|(?=[\\p{Lu}\\p{N}\"“‘']))");
    /**
     * Ten words of a credit fit in this; a longer "word" ({@code AA/AA/AA/...}) is no credit, and
     * matching it would recurse once per name in the regex engine until the stack overflows.
     */
    private static final int MAX_CREDIT_LINE_CHARS = 300;
    private static final int MAX_BYLINE_WORDS = 12;
    private static final int MAX_TAG_WORDS = 4;
    /** The place and date before a dateline's agency tag fit in this many characters. */
    private static final int MAX_TAG_PREFIX = 80;
    /** The word every self-report ("..., an AA correspondent reports") holds, folded. */
    private static final List<String> REPORTS = List.of(CaseFolding.foldedWord("reports"));
    /** Credits open or close a paragraph; only this many characters at either end are searched. */
    private static final int WINDOW = 600;

    private final Pattern name;
    private final Pattern creditLead;
    private final Pattern houseCredit;
    private final Pattern cityCredit;
    private final Pattern gluedCredit;
    private final Pattern creditLine;
    private final Pattern trailingCredit;
    private final Pattern knownTag;
    private final Pattern otherTag;
    private final Pattern selfReport;
    private final Pattern creditPhrase;
    /** The longest word of each credit phrase, folded: a line holds a phrase only if it holds its word. */
    private final List<String> phraseWords;

    CreditForms(List<String> names, List<String> phrases) {
        this(names, phrases, List.of());
    }

    /** {@code houseCredits} close a desk's own credit line: {@code News Service}, {@code Correspondent}. */
    CreditForms(List<String> names, List<String> phrases, List<String> houseCredits) {
        String known = alternation(names);
        String nameList = THE + known + "(?:" + SEPARATOR + THE + known + ")*";
        this.name = Pattern.compile(known);
        this.creditLine = Pattern.compile("[\\s(\\[/—–-]*(?:[^\\n,|()]{1,60}[,|]\\s*)?(?:(?iu:by|with|from)\\s+)?"
                + nameList + ROLE + PLACE + "[\\s)\\]/.]*");
        this.trailingCredit = Pattern.compile("(?:[—–]|\\s-{1,2}|[(\\[/])\\s*" + nameList + "\\s*[)\\]/]?[\\s.]*$");
        // Blanks around an optional stop are possessive: "\s*[.:]?\s*" splits a long run of blanks quadratically.
        this.knownTag = Pattern.compile("(?:\\(\\s*(?<paren>" + known + ")\\s*\\)"
                + "|/\\s*(?<slash>" + known + ")\\s*/"
                + "|,\\s*(?<comma>" + known + ")(?=\\s*+(?:[.:]\\s*+)?" + DASH + "))"
                + "(?=\\s*+(?:[.:]\\s*+)?(?:" + DASH + "|\\p{Lu}|\\p{N}|[\"“‘']|$))");
        this.otherTag = Pattern.compile("(?<prefix>(?:\\p{Lu}{2}[^()\\n]{0,60}?)?)\\(\\s*(?<other>\\p{Lu}[^()\\n]{0,30}?)"
                + "\\s*\\)\\s*+(?:[.:]\\s*+)?" + DASH);
        this.selfReport = Pattern.compile(",\\s*(?:(?iu:an?)\\s+)?(?<self>" + known + ")"
                + "(?:\\s+(?iu:correspondent|reporter))?\\s+(?iu:reports)(?![\\p{L}\\p{N}])");
        String phrase = alternation(phrases);
        // A sentence's stop or closing quote may touch the phrase: stored copy loses the space ("said.This report by").
        this.creditPhrase = Pattern.compile("(?:^|[(\\[;|/—–]|\\s-{1,2}\\s|[.!?][\"”’]*+\\s?)\\s*" + phrase
                + "|" + phrase + "[\\s.)\\]]*$");
        this.phraseWords = phrases.stream().map(CreditForms::longestWord).map(CaseFolding::foldedWord).distinct().toList();
        this.creditLead = Pattern.compile("[\\s(\\[/—–-]*(?:(?iu:by|from|via|courtesy|credit)\\s*+:?\\s*+)?" + nameList + ROLE);
        this.houseCredit = Pattern.compile("[\\s(\\[/—–-]*(?:(?iu:by|from)\\s+)?(?:(?iu:a|an|our|the)\\s+)?(?:"
                + WORD + "\\s+){0,4}" + alternation(houseCredits));
        this.cityCredit = Pattern.compile("\\s*\\p{Lu}[\\p{Lu}\\p{M}.'’ ]{1,40}?\\s*" + DASH + "\\s*(?<names>" + nameList
                + ")(?=\\s*$|\\s*[-–—:|,]|\\s+[\\p{Lu}\\p{N}\"“‘'])");
        this.gluedCredit = Pattern.compile("(?:(?<=[.!?\"”’)])|^)\\s*(?:" + BYLINE_NAME + ",\\s*)?(?<names>" + nameList
                + ")(?:\\s+\\p{Lu}{2,6}){0,8}[\\s.]*$");
    }

    /**
     * A credit line, perhaps labelled ({@code Courtesy: The Canadian Press.}), perhaps with a place,
     * date or time after the names, as agency pages print it under the headline:
     * {@code Press Trust of India August 5, 2017, 14:50 IST}, {@code PTI | Riverton | Updated: Aug 5, 2017}.
     * Words after the names must come with a digit or a bar, so that a headline in capitals that
     * opens with a name ("Reuters Wins Award") is no credit.
     */
    Optional<List<Name>> datedCreditLine(String line) {
        if (line.length() > MAX_CREDIT_LINE_CHARS) {
            return Optional.empty();
        }
        Matcher lead = creditLead.matcher(line);
        if (!lead.lookingAt() || !Words.atMost(line.substring(0, lead.end()), MAX_CREDIT_LINE_WORDS)) {
            return Optional.empty();
        }
        String rest = line.substring(lead.end());
        if (rest.isBlank() || rest.strip().equals(".")) {
            return Optional.of(names(line, 0, lead.end()));
        }
        boolean dated = rest.chars().anyMatch(c -> Character.isDigit(c) || c == '|');
        return dated && TAIL_START.matcher(rest).lookingAt() && isPlaceAndDateTail(rest)
                ? Optional.of(names(line, 0, lead.end())) : Optional.empty();
    }

    /**
     * A desk's own credit line, one of {@code houseCredits} closing a few capitalised words:
     * {@code Tribune News Service}, {@code A Correspondent}, {@code Staff Reporter},
     * {@code Valley Report}, perhaps with a place or date after it.
     */
    boolean isHouseCredit(String line) {
        if (line.length() > MAX_CREDIT_LINE_CHARS || !Words.atMost(line, MAX_CREDIT_LINE_WORDS)) {
            return false;
        }
        Matcher lead = houseCredit.matcher(line);
        if (!lead.lookingAt()) {
            return false;
        }
        String rest = line.substring(lead.end());
        return rest.isBlank() || rest.strip().equals(".") || TAIL_START.matcher(rest).lookingAt() && isPlaceAndDateTail(rest);
    }

    /** {@code ANKARA-Anadolu Agency}, {@code ISTANBUL – AA}: a place in capitals, a dash, a known name. */
    Optional<List<Name>> cityCredit(String line) {
        Matcher matcher = cityCredit.matcher(line);
        if (line.length() > MAX_CREDIT_LINE_CHARS * 4 || !matcher.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(names(line, matcher.start("names"), matcher.end("names")));
    }

    /**
     * A known name glued to the last sentence of a paragraph, {@code ... for 14 months.AGENCIES},
     * {@code ... she said. AFP}, perhaps with the desk's slugs after it, {@code ... said. PTI ABC XYZ}, or
     * with the writer before it: {@code ... (TSX:TOU)Jane Doe, The Canadian Press}.
     */
    Optional<List<Name>> gluedCredit(String line) {
        int start = Math.max(0, line.length() - WINDOW);
        Matcher matcher = window(gluedCredit, line, start, line.length());
        return matcher.find() ? Optional.of(names(line, matcher.start("names"), matcher.end("names")))
                : Optional.empty();
    }

    /**
     * A tag in a dateline whose name is on no list, in the other shapes wire and press-release copy
     * gives it: {@code NEW YORK, Sept. 22, 2023 /PRNewswire/ --}, {@code Accra, March 24, GNA -},
     * {@code (MENAFN- Harbour Times) The ...}, {@code RIVERTON, Ore. (KXYZ) The ...}. The words before
     * it must be a place and a date; a name in brackets with no dash after it must open with an
     * abbreviation and not be one of {@code notTags} ({@code (UPDATE)}, {@code (VIDEO)}).
     */
    Optional<Name> otherDatelineTag(String line, Set<String> notTags) {
        for (Pattern shape : List.of(SLASH_TAG, COMMA_TAG, ACRONYM_TAG)) {
            Matcher tag = shape.matcher(line);
            if (tag.lookingAt() && isPlaceAndDate(tag.group("prefix"))
                    && (shape != COMMA_TAG || tag.group("prefix").chars().anyMatch(Character::isDigit))
                    && Words.atMost(tag.group("tag"), MAX_TAG_WORDS)
                    && !notTags.contains(firstWord(tag.group("tag")))) {
                return Optional.of(group(tag, "tag"));
            }
        }
        return Optional.empty();
    }

    /**
     * A reporter named without "By", a reporter's contact line (see {@link #REPORTER_LINE}), or a
     * name with a numeric date, as aggregators print their source (see {@link #NAME_AND_DATE}).
     */
    boolean isReporterLine(String line) {
        return line.length() <= MAX_CREDIT_LINE_CHARS
                && (REPORTER_LINE.matcher(line).matches() || NAME_AND_DATE.matcher(line).matches());
    }

    /** {@code CNN —} opening the story: the outlet's initials, unless they are one of {@code notTags}. */
    Optional<Name> initialsDateline(String line, Set<String> notTags) {
        Matcher tag = INITIALS_DATELINE.matcher(line);
        return tag.matches() && !notTags.contains(tag.group("tag")) ? Optional.of(group(tag, "tag")) : Optional.empty();
    }

    /**
     * A byline that may close with a time or a role ({@code By Jane Doe, Associated Press Writer
     * Posted: Aug 5, 2017 3:40 p.m.}): like {@link #isByline}, but a closing abbreviation such as
     * {@code p.m.} does not make it a sentence.
     */
    boolean isTimedByline(String line) {
        return BYLINE_START.matcher(line).matches() && Words.atMost(line, MAX_TIMED_BYLINE_WORDS)
                && !PROSE_END.matcher(line).find();
    }

    /**
     * A byline glued to the end of a sentence-case headline: {@code Council backs new ferry plan By Jane Doe}.
     * A headline in title case ("Stocks Rally Driven By Tech Giants") gives no such evidence.
     */
    boolean hasGluedByline(String headline) {
        Matcher glued = GLUED_BYLINE.matcher(headline);
        if (headline.length() > MAX_CREDIT_LINE_CHARS || !glued.matches()) {
            return false;
        }
        return glued.group("gap").isEmpty() || LOWER_WORD.matcher(glued.group("before")).find();
    }

    /** The first word of a tag in capitals, as {@code notTags} holds it. */
    static String firstWord(String tag) {
        return tag.strip().split("[\\s\\p{Punct}]+", 2)[0].toUpperCase(java.util.Locale.ROOT);
    }

    /** True when {@code text} is a place, a date, a time or a label such as {@code Updated:}, and nothing else. */
    private static boolean isPlaceAndDateTail(String text) {
        String[] tokens = TAIL_SEPARATORS.split(text.strip());
        if (tokens.length > MAX_TAIL_TOKENS) {
            return false;
        }
        for (String token : tokens) {
            boolean placeLike = token.isEmpty() || Character.isUpperCase(token.codePointAt(0))
                    || Character.isDigit(token.codePointAt(0));
            String word = TRAILING_NON_WORD.matcher(token).replaceAll("").toLowerCase(java.util.Locale.ROOT);
            if (!placeLike && !PLACE_PARTICLES.contains(word) && !TIME_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The agency tag that opens wire copy: {@code KIEV (Reuters) -}, {@code BEIJING, April 28 (Xinhua) --},
     * {@code Paris (AFP) -}, {@code MOSCOW, April 28. /TASS/.}, {@code Tehran, IRNA -}, {@code (CNN) —}.
     */
    Optional<Name> datelineTag(String line) {
        Optional<Name> known = knownTag(line);
        if (known.isPresent()) {
            return known;
        }
        // A name outside the lists needs the full wire shape, so that prose asides never pass as tags.
        Matcher other = otherTag.matcher(line);
        if (other.lookingAt() && isPlaceAndDate(other.group("prefix"))
                && Words.atMost(other.group("other"), MAX_TAG_WORDS)) {
            return Optional.of(group(other, "other"));
        }
        int end = Math.min(line.length(), WINDOW);
        Matcher self = window(selfReport, line, 0, end);
        return CaseFolding.containsAny(line, 0, end, REPORTS) && self.find() ? Optional.of(group(self, "self"))
                : Optional.empty();
    }

    /**
     * A tag with a known name, {@code (Reuters)}, {@code /TASS/} or {@code , IRNA -}, that opens
     * within the first {@value #MAX_TAG_PREFIX} characters after a place and date with no bracket
     * or line break in them. The tag is tried only where it can open: one pattern with a lazy
     * prefix tried it at every character, and tried every name after every comma of a line.
     */
    private Optional<Name> knownTag(String line) {
        int limit = Math.min(line.length() - 1, MAX_TAG_PREFIX);
        Matcher tag = null;
        for (int i = 0; i <= limit; i++) {
            char c = line.charAt(i);
            if (c == '(' || c == '/' || c == ',') {
                if (tag == null) {
                    tag = window(knownTag, line, 0, line.length());
                }
                if (tag.region(i, line.length()).lookingAt()) {
                    return isPlaceAndDate(line.substring(0, i)) ? Optional.of(group(tag, "paren", "slash", "comma"))
                            : Optional.empty();
                }
            }
            if (c == '(' || c == ')' || c == '\n') {
                break;
            }
        }
        return Optional.empty();
    }

    /** A short line that is nothing but a credit: {@code — Reuters/AFP}, {@code (ILKHA)}, {@code Daily Sabah with AA}. */
    Optional<List<Name>> creditLine(String line) {
        if (line.length() > MAX_CREDIT_LINE_CHARS || !Words.atMost(line, MAX_CREDIT_LINE_WORDS)
                || !creditLine.matcher(line).matches()) {
            return Optional.empty();
        }
        return Optional.of(names(line, 0, line.length()));
    }

    /** A credit closing a paragraph: {@code ... on Monday. (Reuters)}, {@code ... she said. — AA}. */
    Optional<List<Name>> trailingCredit(String line) {
        int start = Math.max(0, line.length() - WINDOW);
        if (!mayHoldACreditOpening(line, start)) {
            return Optional.empty();
        }
        Matcher matcher = window(trailingCredit, line, start, line.length());
        return matcher.find() ? Optional.of(names(line, matcher.start(), matcher.end())) : Optional.empty();
    }

    /**
     * Whether {@code line} from {@code start} holds what opens a {@link #trailingCredit}: a dash, a
     * bracket, a slash, or a hyphen after a blank. Prose mostly has none, and the pattern was tried
     * at each of its positions.
     */
    private static boolean mayHoldACreditOpening(String line, int start) {
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '—' || c == '–' || c == '(' || c == '[' || c == '/'
                    || c == '-' && i > start && Character.isWhitespace(line.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** {@code (Reporting by ...; Editing by ...)}, {@code With inputs from agencies}, {@code ... contributed to this report.} */
    boolean hasCreditPhrase(String line) {
        int start = Math.max(0, line.length() - WINDOW);
        // Trying the phrases at every position of a closing paragraph was the check's costliest step.
        return CaseFolding.containsAny(line, start, line.length(), phraseWords)
                && window(creditPhrase, line, start, line.length()).find();
    }

    private static String longestWord(String phrase) {
        return Arrays.stream(phrase.strip().split("\\s+")).max(Comparator.comparingInt(String::length)).orElse("");
    }

    /** {@code By Jane Doe}, {@code by Xinhua writer Li Wei}, or an agency page's {@code Jane Doe |28.04.2025}. */
    boolean isByline(String line) {
        boolean byName = BYLINE_START.matcher(line).matches()
                && (!isProse(line) || NAMES_WITH_STOP.matcher(line).matches());
        return byName || line.indexOf('|') >= 0 && DATED_BYLINE.matcher(line).matches();
    }

    /** A sentence of the story rather than a name: it ends like a sentence or runs long. */
    boolean isProse(String text) {
        return !Words.atMost(text, MAX_BYLINE_WORDS) || SENTENCE_END.matcher(text).find();
    }

    /** The names a {@code SOURCE: AA / Reuters} line credits, each with its place in the line. */
    List<Name> sourceLabel(String line) {
        Matcher label = SOURCE_LABEL.matcher(line);
        if (!label.matches()) {
            label = BRACKETED_SOURCE_LABEL.matcher(line);
        }
        if (!label.matches()) {
            return List.of();
        }
        List<Name> parts = new ArrayList<>();
        int partStart = label.start(1);
        Matcher separator = SEPARATOR_PATTERN.matcher(line).region(label.start(1), label.end(1));
        while (separator.find()) {
            addPart(line, partStart, separator.start(), parts);
            partStart = separator.end();
        }
        addPart(line, partStart, label.end(1), parts);
        return parts;
    }

    /** True when {@code text} names one of the configured agencies or outlets. */
    boolean namesKnownSource(String text) {
        return name.matcher(text).find();
    }

    /** The value of a {@code SOURCE:} line, or empty when the line is none. */
    static Optional<String> sourceValue(String line) {
        Matcher label = SOURCE_LABEL.matcher(line);
        return label.matches() ? Optional.of(label.group(1)) : Optional.empty();
    }

    private List<Name> names(String line, int start, int end) {
        List<Name> found = new ArrayList<>();
        Matcher matcher = name.matcher(line).region(start, end);
        while (matcher.find()) {
            found.add(new Name(matcher.start(), matcher.end(), matcher.group()));
        }
        return found;
    }

    private static void addPart(String line, int start, int end, List<Name> parts) {
        String part = line.substring(start, end);
        String trimmed = unwrap(part);
        if (!trimmed.isEmpty()) {
            int offset = start + part.indexOf(trimmed);
            parts.add(new Name(offset, offset + trimmed.length(), trimmed));
        }
    }

    private static String unwrap(String part) {
        String name = part.strip();
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        Matcher wrapped = WRAPPED.matcher(name);
        return wrapped.matches() ? wrapped.group(1) : name;
    }

    private static Name group(Matcher matcher, String... groups) {
        for (String group : groups) {
            if (matcher.group(group) != null) {
                return new Name(matcher.start(group), matcher.end(group), matcher.group(group));
            }
        }
        throw new IllegalStateException("no credited name in " + matcher.group());
    }

    /** True for {@code KIEV}, {@code LONDON, April 28}, {@code New Delhi [India], Apr 28.}: no prose words. */
    private static boolean isPlaceAndDate(String prefix) {
        for (String token : PREFIX_SEPARATORS.split(prefix.strip())) {
            boolean placeLike = token.isEmpty() || Character.isUpperCase(token.codePointAt(0))
                    || Character.isDigit(token.codePointAt(0)) || token.startsWith("[");
            if (!placeLike && !PLACE_PARTICLES.contains(TRAILING_NON_WORD.matcher(token).replaceAll(""))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A case-insensitive choice of the given names, longest first so that {@code BBC News} wins over
     * {@code BBC}, matched as whole words with any run of spaces inside. The names are grouped by
     * their first letter, folded as {@code (?iu)} compares it, so that the engine tries a group's
     * names only where its letter stands: a flat choice tried a hundred names at every capital.
     * A letter of the text opens one group at most, since a folded letter folds to itself, so the
     * grouping keeps which name wins.
     */
    private static String alternation(List<String> names) {
        if (names.isEmpty()) {
            return "(?!)";
        }
        Map<Integer, List<String>> byFirstLetter = names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.groupingBy(name -> CaseFolding.fold(name.codePointAt(0)), LinkedHashMap::new,
                        Collectors.toList()));
        String choice = byFirstLetter.values().stream().map(group -> {
            int first = group.get(0).codePointAt(0);
            String rests = group.stream().map(name -> quoted(name.substring(Character.charCount(first))))
                    .collect(Collectors.joining("|"));
            return Pattern.quote(Character.toString(first)) + "(?:" + rests + ")";
        }).collect(Collectors.joining("|"));
        return "(?<![\\p{L}\\p{N}])(?iu:" + choice + ")(?![\\p{L}\\p{N}])";
    }

    /** {@code text} as a literal, any run of blanks in it standing for any run of blanks. */
    private static String quoted(String text) {
        return Pattern.quote(text).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q");
    }

    /**
     * A matcher that looks only at {@code [start, end)} of a long line, yet sees past the window's
     * edges, so that a cut through a word is no word boundary and no line start.
     */
    private static Matcher window(Pattern pattern, String line, int start, int end) {
        return pattern.matcher(line).region(start, end).useTransparentBounds(true).useAnchoringBounds(false);
    }
}
