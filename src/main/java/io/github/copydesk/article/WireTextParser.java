package io.github.copydesk.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text copy in one of two layouts, decided per file.
 *
 * <ul>
 *   <li>The wire layout, when the file has a {@code date YYYY-MM-DD [SECTION]} header line or
 *       separates paragraphs with blank lines: a head block (headline, standfirst, caption lines,
 *       dateline) up to the first blank line, then paragraphs separated by blank lines, and a
 *       {@code SOURCE:} line. Under the header line, the head block's lines between the
 *       standfirst and the dateline are captions by their place; without it, only a line with a
 *       photo credit's form is one, since stored copy puts bylines, update times and teasers there.
 *       Without the header line, a chunk of several lines that are not one paragraph wrapped
 *       (no line runs on into a lower-case next line) holds one paragraph per line.</li>
 *   <li>Plain stored text, with neither: the first line is the headline and every other
 *       non-empty line a paragraph, as scrapers and CMS exports keep copy.</li>
 * </ul>
 * A line that repeats the headline (scrapers often store the title twice) is a headline again,
 * not a caption or a paragraph.
 */
public final class WireTextParser implements ArticleParser {
    /**
     * The section runs to its last character that is not a blank. Written as a lazy {@code (\S.*?)}
     * before the trailing blanks, a long run of blanks inside the line cost quadratic time.
     */
    private static final Pattern HEADER = Pattern.compile("(?i)[ \\t]*date[ \\t]+(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:[ \\t]+(\\S(?:.*[^ \\t\\n\\r\\u0085\\u2028\\u2029])?))?[ \\t]*");
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}";
    /** "By Jane Doe", "BY JANE DOE and John Roe", "By Jane Doe in Ankara": names only, so "By Monday, the army ..." is prose. */
    private static final Pattern BYLINE = Pattern.compile(
            "(?:By|BY)\\s+" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*(?:\\s+in\\s+" + NAME + ")?"
                    // "Jane Doe in Tbilisi": the byline some papers write without "By" (two names at least).
                    + "|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}\\s+in\\s+" + NAME);
    /**
     * A byline names a few people; a longer line is prose. The bound also keeps {@link #BYLINE} from
     * recursing once per name in the regex engine ("By A and B and C ...") until the stack overflows.
     */
    private static final int MAX_BYLINE_CHARS = 300;
    private static final String MONTHS =
            "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DATELINE = Pattern.compile(
            "(?i).{0,60}?(\\b" + MONTHS + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTHS + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})"
                    + ".{0,40}");
    /**
     * The look-ahead keeps {@code \b} from being tried at every position: without the Unicode flag,
     * Java decides a boundary next to a combining mark by walking back over all the marks before it,
     * so a long run of them cost quadratic time.
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)((?=[pc])\\b(?:photo\\s*:|credit\\s*:|photograph\\s*:)|/\\s*(getty|afp|reuters|ap|aa|epa)\\b)");

    private final boolean headBlock;

    private WireTextParser(boolean headBlock) {
        this.headBlock = headBlock;
    }

    /** A parser for whole articles. */
    public static WireTextParser forArticles() {
        return new WireTextParser(true);
    }

    /** A parser for a snippet of body text, such as a rule's example: no header, no head block. */
    public static WireTextParser forSnippets() {
        return new WireTextParser(false);
    }

    @Override
    public Article parse(String path, String text) {
        List<Line> lines = Line.split(text);
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, List<Block>> fieldBlocks = new LinkedHashMap<>();
        LocalDate date = null;
        String section = null;
        boolean hasHeader = false;
        int next = 0;
        if (headBlock) {
            next = skipBlank(lines, 0);
            if (next < lines.size()) {
                Line first = lines.get(next);
                Matcher header = HEADER.matcher(first.text());
                if (header.matches()) {
                    date = headerDate(header, first, problems);
                    hasHeader = true;
                    section = header.group(4);
                    fields.put("date", header.group(1) + "-" + header.group(2) + "-" + header.group(3));
                    fieldBlocks.put("date", List.of(Block.verbatim(BlockKind.METADATA,
                            first.text().substring(header.start(1), header.end(3)), first.start() + header.start(1))));
                    if (section != null) {
                        fields.put("section", section);
                        fieldBlocks.put("section", List.of(Block.verbatim(BlockKind.METADATA, section,
                                first.start() + header.start(4))));
                    }
                    next++;
                }
            }
        }
        List<List<Line>> chunks = chunks(lines, next);
        List<Block> blocks = new ArrayList<>();
        String byline = null;
        if (headBlock && !hasHeader && chunks.size() == 1 && chunks.get(0).size() > 1) {
            byline = addPlainText(chunks.get(0), blocks);
        } else {
            int firstBody = 0;
            if (headBlock && !chunks.isEmpty() && isHeadBlock(chunks.get(0), hasHeader, chunks.size())) {
                byline = addHeadBlock(chunks.get(0), blocks, hasHeader);
                firstBody = 1;
            }
            String headline = !blocks.isEmpty() && blocks.get(0).kind() == BlockKind.HEADLINE
                    ? blocks.get(0).text() : null;
            for (int i = firstBody; i < chunks.size(); i++) {
                List<Line> chunk = chunks.get(i);
                boolean linePerParagraph = headBlock && !hasHeader && !isWrappedParagraph(chunk);
                addBody(chunk, blocks, linePerParagraph, headline);
                if (byline == null && i == firstBody && chunk.size() == 1 && isByline(chunk.get(0).trimmed())) {
                    byline = chunk.get(0).trimmed();
                }
            }
        }
        String title = blocks.stream().filter(b -> b.kind() == BlockKind.HEADLINE).map(Block::text)
                .findFirst().orElse(null);
        Metadata metadata = new Metadata(date, section, null, title, byline, fields);
        return new Article(path, ArticleFormat.WIRE_TEXT, text, metadata, SourceLine.settle(blocks), problems,
                fieldBlocks);
    }

    private static LocalDate headerDate(Matcher header, Line line, List<InputProblem> problems) {
        try {
            return LocalDate.of(Integer.parseInt(header.group(1)), Integer.parseInt(header.group(2)),
                    Integer.parseInt(header.group(3)));
        } catch (DateTimeException e) {
            int column = header.start(1) + 1;
            problems.add(new InputProblem("Invalid date in the header line: " + header.group(1) + "-"
                    + header.group(2) + "-" + header.group(3), line.number(), column));
            return null;
        }
    }

    /**
     * The first chunk is a head block when the header announced one, or when it looks like one: a
     * first line (the headline) that does not end like a sentence, with more lines under it or
     * more chunks after it.
     */
    private static boolean isHeadBlock(List<Line> chunk, boolean afterHeader, int chunkCount) {
        if (afterHeader) {
            return true;
        }
        return (chunk.size() > 1 || chunkCount > 1) && !endsLikeASentence(chunk.get(0).trimmed());
    }

    private static boolean endsLikeASentence(String line) {
        return line.isEmpty() || ".!?:;,\"”’)".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /**
     * Plain stored text: the headline, then one paragraph per line, except that a line starting in
     * lower case goes on with the paragraph before it (copy wrapped at a fixed width). Returns the
     * byline, when the line under the headline is one.
     */
    private static String addPlainText(List<Line> chunk, List<Block> blocks) {
        String headline = chunk.get(0).trimmed();
        blocks.add(chunk.get(0).block(BlockKind.HEADLINE));
        String byline = isByline(chunk.get(1).trimmed()) ? chunk.get(1).trimmed() : null;
        addBody(chunk.subList(1, chunk.size()), blocks, true, headline);
        return byline;
    }

    /**
     * A chunk is one paragraph wrapped over several lines when a line runs on into the next, which
     * starts in lower case: a paragraph of its own never does.
     */
    private static boolean isWrappedParagraph(List<Line> chunk) {
        for (int i = 1; i < chunk.size(); i++) {
            if (startsInLowerCase(chunk.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsInLowerCase(Line line) {
        String text = line.trimmed();
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /** Classifies the head block's lines; returns the byline found there, if any. */
    private static String addHeadBlock(List<Line> chunk, List<Block> blocks, boolean afterHeader) {
        String byline = null;
        int last = chunk.size() - 1;
        boolean hasDateline = last > 0 && DATELINE.matcher(chunk.get(last).trimmed()).matches();
        boolean standfirstSeen = false;
        for (int i = 0; i < chunk.size(); i++) {
            Line line = chunk.get(i);
            BlockKind kind;
            if (i == 0 || sameText(line.trimmed(), chunk.get(0).trimmed())) {
                kind = BlockKind.HEADLINE;
            } else if (i == last && hasDateline) {
                kind = BlockKind.DATELINE;
            } else if (isByline(line.trimmed())) {
                byline = line.trimmed();
                continue;
            } else if (!standfirstSeen && blocks.get(blocks.size() - 1).kind() == BlockKind.HEADLINE
                    && !PHOTO_CREDIT.matcher(line.trimmed()).find()) {
                kind = BlockKind.STANDFIRST;
                standfirstSeen = true;
            } else if (afterHeader || PHOTO_CREDIT.matcher(line.trimmed()).find()) {
                kind = BlockKind.CAPTION;
            } else {
                kind = BlockKind.PARAGRAPH;
            }
            blocks.add(line.block(kind));
        }
        return byline;
    }

    private static boolean isByline(String line) {
        return line.length() <= MAX_BYLINE_CHARS && BYLINE.matcher(line).matches();
    }

    /**
     * A body chunk is one paragraph, or one per line when {@code linePerParagraph}; a source line
     * always stands as its own block, and a line repeating the headline is a headline.
     */
    private static void addBody(List<Line> chunk, List<Block> blocks, boolean linePerParagraph, String headline) {
        int start = 0;
        for (int i = 0; i < chunk.size(); i++) {
            String text = chunk.get(i).trimmed();
            boolean repeatsHeadline = linePerParagraph && headline != null && sameText(text, headline);
            if (SourceLine.is(text) || repeatsHeadline) {
                addParagraph(chunk.subList(start, i), blocks);
                blocks.add(chunk.get(i).block(repeatsHeadline ? BlockKind.HEADLINE : BlockKind.SOURCE_LINE));
                start = i + 1;
            } else if (linePerParagraph && !(i + 1 < chunk.size() && startsInLowerCase(chunk.get(i + 1)))) {
                addParagraph(chunk.subList(start, i + 1), blocks);
                start = i + 1;
            }
        }
        addParagraph(chunk.subList(start, chunk.size()), blocks);
    }

    /** The same words, whatever their case and spacing: a title stored twice. */
    private static boolean sameText(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isWhitespace(x) && Character.isWhitespace(y)) {
                while (i < a.length() && Character.isWhitespace(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isWhitespace(b.charAt(j))) {
                    j++;
                }
            } else if (Character.toLowerCase(x) == Character.toLowerCase(y)) {
                i++;
                j++;
            } else {
                return false;
            }
        }
        return i == a.length() && j == b.length();
    }

    private static void addParagraph(List<Line> lines, List<Block> blocks) {
        if (lines.isEmpty()) {
            return;
        }
        Line first = lines.get(0);
        Line last = lines.get(lines.size() - 1);
        int start = first.contentStart();
        int end = last.contentEnd();
        blocks.add(Block.verbatim(BlockKind.PARAGRAPH, first.source().substring(start, end), start));
    }

    private static int skipBlank(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static List<List<Line>> chunks(List<Line> lines, int from) {
        List<List<Line>> chunks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    chunks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /** One line of the source: its 1-based number and where it starts and ends. */
    private record Line(String source, int number, int start, int end) {
        static List<Line> split(String text) {
            List<Line> lines = new ArrayList<>();
            int start = 0;
            int number = 1;
            while (start <= text.length()) {
                int newline = text.indexOf('\n', start);
                int end = newline < 0 ? text.length() : newline;
                lines.add(new Line(text, number++, start, end));
                if (newline < 0) {
                    break;
                }
                start = newline + 1;
            }
            return lines;
        }

        String text() {
            return source.substring(start, end);
        }

        boolean isBlank() {
            return contentStart() == end;
        }

        int contentStart() {
            int i = start;
            while (i < end && Character.isWhitespace(source.charAt(i))) {
                i++;
            }
            return i;
        }

        int contentEnd() {
            int i = end;
            while (i > start && Character.isWhitespace(source.charAt(i - 1))) {
                i--;
            }
            return i;
        }

        String trimmed() {
            return source.substring(contentStart(), Math.max(contentStart(), contentEnd()));
        }

        Block block(BlockKind kind) {
            return Block.verbatim(kind, trimmed(), contentStart());
        }
    }
}
