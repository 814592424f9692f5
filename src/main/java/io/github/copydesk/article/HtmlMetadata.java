package io.github.copydesk.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * What an HTML page says about its article: the meta tags ({@code name} or {@code property} with
 * {@code content}), its JSON-LD or microdata ({@link StructuredData}), the first {@code <time
 * datetime>} of the story, the page title and the story's byline element or byline line.
 */
final class HtmlMetadata {
    /** Meta tags that name the publication date outright, in the order they are trusted. */
    private static final List<String> PUBLISHED = List.of("article:published_time");
    /** Older meta tags for the date, read when neither the Open Graph tag nor a {@code <time>} gives one. */
    private static final List<String> DATED = List.of("date", "pubdate", "publishdate", "dc.date");
    /** Meta tags that name the author; a profile's address names one too. */
    private static final String[] AUTHORS = {"author", "article:author", "og:article:author", "dc.creator", "byl"};
    /** Class names, or words of them, that mark the byline element ({@code <p class="byline">By Jane Doe</p>}). */
    private static final Set<String> BYLINE_CLASSES = Set.of("byline", "author");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern NAME_WORDS = Pattern.compile("[-_]+");
    /** "By" and one to six capitalised words: a byline set as a line of its own. */
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "(?u)[Bb][Yy]:?\\s+\\p{Lu}[\\p{L}.'’-]*(?:,?\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,5}");
    private static final Pattern BYLINE_LEAD = Pattern.compile("^[Bb][Yy]:?\\s+");
    /** A paragraph of this many characters or more that ends like a sentence is copy: the story's head is over. */
    private static final int MIN_COPY_CHARS = 40;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]*$");
    /** A paragraph longer than this is copy: the story's head is over. */
    private static final int MAX_BYLINE_LINE = 120;

    private final String text;
    private final List<InputProblem> problems;
    private final Map<String, List<Block>> values;
    /** By lower-case name or property: the first tag that has it. */
    private final Map<String, Element> tags = new HashMap<>();
    /** Every name or property as written, with its content. */
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private LineIndex lines;

    private HtmlMetadata(String text, List<InputProblem> problems, Map<String, List<Block>> values) {
        this.text = text;
        this.problems = problems;
        this.values = values;
    }

    /**
     * Reads the metadata of {@code document}, whose article is {@code root}; a date that is none is a
     * problem. Each meta tag's content, where the file states it, goes into {@code values} as a
     * {@link BlockKind#METADATA} block under its name or property, for rules scoped to metadata fields.
     */
    static Metadata read(Document document, List<Element> story, String text, List<InputProblem> problems,
            Map<String, List<Block>> values) {
        HtmlMetadata reader = new HtmlMetadata(text, problems, values);
        for (Element meta : document.getElementsByTag("meta")) {
            reader.add(meta);
        }
        return reader.metadata(document, story);
    }

    private void add(Element meta) {
        if (!meta.hasAttr("content")) {
            return;
        }
        for (String key : List.of(meta.attr("property").strip(), meta.attr("name").strip())) {
            if (!key.isEmpty()) {
                fields.putIfAbsent(key, meta.attr("content"));
                tags.putIfAbsent(key.toLowerCase(Locale.ROOT), meta);
                Range value = meta.attributes().sourceRange("content").valueRange();
                if (value.isTracked() && !values.containsKey(key)) {
                    // Entities in the value make positions inside it approximate; its start is exact.
                    values.put(key, List.of(Block.verbatim(BlockKind.METADATA, meta.attr("content"), value.startPos())));
                }
            }
        }
    }

    private Metadata metadata(Document document, List<Element> story) {
        StructuredData structured = StructuredData.read(document);
        LocalDate date = dateFrom(PUBLISHED);
        if (date == null) {
            date = structured.published();
        }
        if (date == null) {
            date = firstTimeDate(story);
        }
        if (date == null) {
            date = shownDate(story);
        }
        if (date == null) {
            date = dateFrom(DATED);
        }
        String section = content("article:section", "section");
        String source = content("source", "agency");
        String title = content("og:title");
        if (title == null) {
            title = orNull(document.title());
        }
        if (title == null) {
            Element headline = story.stream().map(part -> part.getElementsByTag("h1").first())
                    .filter(Objects::nonNull).findFirst().orElse(null);
            title = headline == null ? null : orNull(headline.text());
        }
        String byline = content(AUTHORS);
        if (byline == null) {
            byline = structured.author();
        }
        if (byline == null) {
            byline = bylineElement(story);
        }
        if (byline == null) {
            byline = bylineLine(story);
        }
        Map<String, Object> all = new LinkedHashMap<>(fields);
        // The keys wire headers and front matter use, so that a rule reading a field reads it in every format.
        putIfKnown(all, "date", date == null ? null : date.toString());
        putIfKnown(all, "section", section);
        putIfKnown(all, "source", source);
        putIfKnown(all, "title", title);
        putIfKnown(all, "author", byline);
        putIfKnown(all, "publisher", structured.publisher());
        return new Metadata(date, section, source, title, byline, all);
    }

    /** The first of the meta tags {@code keys} that is there; one that is no date is reported, and the next is tried. */
    private LocalDate dateFrom(List<String> keys) {
        for (String key : keys) {
            Element tag = tags.get(key);
            if (tag == null) {
                continue;
            }
            String written = tag.attr("content").strip();
            LocalDate date = WrittenDate.parse(written);
            if (date != null) {
                return date;
            }
            report(tag, "Publication date in <meta " + attributeNaming(tag) + "=\"" + key + "\"> is not a date: \""
                    + written + "\" (expected YYYY-MM-DD)");
        }
        return null;
    }

    /** A {@code <time>} may hold a time of day or a duration as well: the first that holds a date counts. */
    private static LocalDate firstTimeDate(List<Element> story) {
        for (Element time : story.stream().flatMap(part -> part.getElementsByTag("time").stream()).toList()) {
            LocalDate date = time.hasAttr("datetime") ? WrittenDate.parse(time.attr("datetime").strip()) : null;
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String bylineElement(List<Element> story) {
        for (Element element : story.stream().flatMap(part -> part.getAllElements().stream()).toList()) {
            if (isBylineElement(element)) {
                String byline = orNull(element.text());
                if (byline != null) {
                    return byline;
                }
            }
        }
        return null;
    }

    /**
     * A heading or a short paragraph that is a byline by its words alone, {@code BY HARBOUR DAILY
     * STAFF}, in the story's head: before its first paragraph of copy.
     */
    private static String bylineLine(List<Element> story) {
        for (Element element : story.stream().flatMap(part -> part.getAllElements().stream()).toList()) {
            String name = element.normalName();
            boolean line = name.matches("h[2-6]") || name.equals("p") || name.equals("div") && element.children().isEmpty();
            if (!line) {
                continue;
            }
            String shown = element.text().strip();
            if (BYLINE_LINE.matcher(shown).matches()) {
                return BYLINE_LEAD.matcher(shown).replaceFirst("");
            }
            if (name.equals("p") && shown.length() > MAX_BYLINE_LINE) {
                return null;
            }
        }
        return null;
    }

    /** A line in the story's head, before its first paragraph of copy, that is a date alone: {@code May 20, 2019}. */
    private static LocalDate shownDate(List<Element> story) {
        for (Element element : story.stream().flatMap(part -> part.getAllElements().stream()).toList()) {
            String shown = element.text().strip();
            LocalDate date = shown.length() <= ShownDate.MAX_CHARS ? ShownDate.parse(shown) : null;
            if (date != null) {
                return date;
            }
            if (element.normalName().equals("p") && shown.length() > MIN_COPY_CHARS
                    && SENTENCE_END.matcher(shown).find()) {
                return null;
            }
        }
        return null;
    }

    /** {@code class="byline"}, {@code class="author"}, {@code rel="author"} or {@code itemprop="author"}. */
    static boolean isBylineElement(Element element) {
        for (String name : lowerCaseClassNames(element)) {
            // Class names are often compounds: pb-byline, author-link, byline__name.
            for (String word : NAME_WORDS.split(name)) {
                if (BYLINE_CLASSES.contains(word)) {
                    return true;
                }
            }
        }
        if (element.attr("itemprop").equalsIgnoreCase("author")) {
            return true;
        }
        // Most elements have no rel: asking is cheaper than splitting an empty one.
        if (element.hasAttr("rel")) {
            for (String rel : BLANKS.split(element.attr("rel").toLowerCase(Locale.ROOT))) {
                if (rel.equals("author")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The element's class names in lower case. Most elements have no class attribute, and asking
     * for one is cheaper than having jsoup split an empty class list.
     */
    static List<String> lowerCaseClassNames(Element element) {
        if (!element.hasAttr("class")) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String name : element.classNames()) {
            names.add(name.toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private String content(String... keys) {
        for (String key : keys) {
            Element tag = tags.get(key);
            if (tag != null) {
                String value = orNull(tag.attr("content"));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String attributeNaming(Element tag) {
        return tag.attr("property").isBlank() ? "name" : "property";
    }

    /** At the content value, where the author has to mend it. */
    private void report(Element tag, String message) {
        Range value = tag.attributes().sourceRange("content").valueRange();
        int at = value.isTracked() ? value.startPos() : Math.max(0, tag.sourceRange().startPos());
        if (lines == null) {
            lines = new LineIndex(text);
        }
        problems.add(new InputProblem(message, lines.line(at), lines.column(at)));
    }

    private static void putIfKnown(Map<String, Object> fields, String key, String value) {
        if (value != null) {
            fields.putIfAbsent(key, value);
        }
    }

    private static String orNull(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
