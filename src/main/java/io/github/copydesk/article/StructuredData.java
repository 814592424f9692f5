package io.github.copydesk.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date, authors and publisher a page states for search engines: in JSON-LD
 * ({@code <script type="application/ld+json">}, the first {@code NewsArticle}, {@code Article},
 * {@code BlogPosting} or other article type, also inside {@code @graph}) and else in microdata
 * ({@code itemprop="datePublished"}, {@code itemprop="author"}, {@code itemprop="publisher"}).
 * Structured data that cannot be read is no fault of the article: it is passed over.
 */
record StructuredData(LocalDate published, String author, String publisher) {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    /** Schema.org types of a story that are not named "...Article". */
    private static final Set<String> STORY_TYPES = Set.of("blogposting", "liveblogposting", "report", "pressrelease");
    /** The wrapper pages put around a script for old XHTML parsers, with or without comment marks. */
    private static final Pattern CDATA = Pattern.compile("^\\s*(?://|/\\*)?\\s*<!\\[CDATA\\[(?:\\s*\\*/)?|(?://|/\\*)?\\s*\\]\\]>(?:\\s*\\*/)?\\s*$");
    /** How many JSON values of one script are looked through at most. */
    private static final int MAX_NODES = 10_000;

    static StructuredData read(Document document) {
        for (Element script : document.select("script[type]")) {
            if (script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                JsonNode story = story(jsonOf(script));
                if (story != null) {
                    return new StructuredData(WrittenDate.parse(text(story.get("datePublished")).strip()),
                            names(story.get("author")), names(story.get("publisher")));
                }
            }
        }
        return microdata(document);
    }

    private static JsonNode jsonOf(Element script) {
        StringBuilder json = new StringBuilder();
        for (DataNode data : script.dataNodes()) {
            json.append(data.getWholeData());
        }
        String written = CDATA.matcher(json).replaceAll("");
        try (JsonParser parser = JSON.createParser(written)) {
            return JSON.readTree(parser);
        } catch (java.io.IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** The first object of an article type, breadth first. */
    private static JsonNode story(JsonNode root) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
        }
        for (int seen = 0; !queue.isEmpty() && seen < MAX_NODES; seen++) {
            JsonNode node = queue.removeFirst();
            if (node.isObject() && isStoryType(node.get("@type"))) {
                return node;
            }
            if (node.isContainerNode()) {
                node.forEach(queue::addLast);
            }
        }
        return null;
    }

    private static boolean isStoryType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isStoryType(each)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText("").strip().toLowerCase(Locale.ROOT);
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith("article") || STORY_TYPES.contains(name);
    }

    /** A name, an object's name, or the names of a list, joined; null when none is given. */
    private static String names(JsonNode value) {
        if (value == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        List<JsonNode> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(values::add);
        } else {
            values.add(value);
        }
        for (JsonNode each : values) {
            String name = each.isObject() ? text(each.get("name")) : text(each);
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode value) {
        return value != null && value.isValueNode() ? value.asText("") : "";
    }

    private static StructuredData microdata(Document document) {
        LocalDate published = null;
        for (Element element : document.select("[itemprop]")) {
            if (hasItemprop(element, "datepublished")) {
                String written = element.hasAttr("content") ? element.attr("content")
                        : element.hasAttr("datetime") ? element.attr("datetime") : element.text();
                published = WrittenDate.parse(written.strip());
                if (published != null) {
                    break;
                }
            }
        }
        return new StructuredData(published, itemName(document, "author"), itemName(document, "publisher"));
    }

    private static String itemName(Document document, String property) {
        for (Element element : document.select("[itemprop]")) {
            if (hasItemprop(element, property)) {
                Element name = element.selectFirst("[itemprop=name]");
                String written = name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
                        : element.hasAttr("content") ? element.attr("content") : element.text();
                if (!written.isBlank()) {
                    return written.strip();
                }
            }
        }
        return null;
    }

    private static boolean hasItemprop(Element element, String property) {
        for (String name : element.attr("itemprop").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (name.equals(property)) {
                return true;
            }
        }
        return false;
    }
}
