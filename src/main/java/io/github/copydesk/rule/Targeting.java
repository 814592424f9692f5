package io.github.copydesk.rule;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.ArticleFormat;
import io.github.copydesk.article.PathGlob;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A rule's {@code when:}: the articles it applies to. Each condition names a key and the values
 * that satisfy it; an article must satisfy every condition, and a condition is satisfied by any
 * one of its values. Texts compare without regard to case.
 *
 * <ul>
 *   <li>{@code section}: the article's section (wire header, front-matter {@code section},
 *       {@code category} or {@code categories});</li>
 *   <li>{@code path}: a glob over the article's path as reports show it; {@code **}{@code /} also
 *       matches no folder at all;</li>
 *   <li>{@code format}: {@code wire}, {@code markdown} or {@code html};</li>
 *   <li>{@code metadata.<field>}: a front-matter value ({@code metadata.image.credit} inside a
 *       mapping); a list matches when one of its items does.</li>
 * </ul>
 */
public final class Targeting {
    public static final String SECTION = "section";
    public static final String PATH = "path";
    public static final String FORMAT = "format";
    /** The keys besides {@code metadata.<field>}. */
    public static final List<String> KEYS = List.of(SECTION, PATH, FORMAT);
    /** Format names as {@code when: {format: ...}} writes them. */
    public static final Map<String, ArticleFormat> FORMATS = formats();

    /** No condition: the rule applies to every article. */
    public static final Targeting EVERY_ARTICLE = new Targeting(Map.of());

    private static final List<String> SECTION_FIELDS = List.of("section", "category", "categories");

    private final Map<String, List<String>> conditions;
    private final List<Predicate<Article>> tests = new ArrayList<>();

    /**
     * {@code conditions} by key, in the order written. A key that is none of the above or a format
     * that is not known is an {@link IllegalArgumentException}; so is a path that is not a glob.
     */
    public Targeting(Map<String, List<String>> conditions) {
        this.conditions = new LinkedHashMap<>();
        conditions.forEach((key, values) -> {
            this.conditions.put(key, List.copyOf(values));
            tests.add(test(key, values));
        });
    }

    public boolean appliesTo(Article article) {
        return tests.stream().allMatch(test -> test.test(article));
    }

    public boolean isEveryArticle() {
        return conditions.isEmpty();
    }

    /** As a rule file writes it: {@code section: [POLITICS], format: [markdown]}. */
    @Override
    public String toString() {
        return conditions.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static Predicate<Article> test(String key, List<String> values) {
        if (key.equals(SECTION)) {
            return article -> anyEqual(sections(article), values);
        }
        if (key.equals(PATH)) {
            List<PathGlob> globs = values.stream().map(PathGlob::of).toList();
            return article -> globs.stream().anyMatch(glob -> glob.matches(article.path()));
        }
        if (key.equals(FORMAT)) {
            List<ArticleFormat> formats = values.stream().map(Targeting::format).toList();
            return article -> formats.contains(article.format());
        }
        if (key.startsWith(Scope.METADATA_PREFIX) && key.length() > Scope.METADATA_PREFIX.length()) {
            String field = key.substring(Scope.METADATA_PREFIX.length());
            return article -> anyEqual(texts(field(article.metadata().fields(), field)), values);
        }
        throw new IllegalArgumentException("unknown condition '" + key + "'");
    }

    private static List<String> sections(Article article) {
        List<String> sections = new ArrayList<>();
        if (article.metadata().section() != null) {
            sections.add(article.metadata().section());
        }
        SECTION_FIELDS.forEach(field -> sections.addAll(texts(article.metadata().fields().get(field))));
        return sections;
    }

    /** A dotted field name walks into nested mappings. */
    private static Object field(Map<String, Object> fields, String dotted) {
        Object value = fields.get(dotted);
        if (value != null) {
            return value;
        }
        int dot = dotted.indexOf('.');
        if (dot > 0 && fields.get(dotted.substring(0, dot)) instanceof Map<?, ?> nested) {
            Map<String, Object> inner = new LinkedHashMap<>();
            nested.forEach((k, v) -> inner.put(String.valueOf(k), v));
            return field(inner, dotted.substring(dot + 1));
        }
        return null;
    }

    private static List<String> texts(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(Objects::nonNull).filter(item -> !(item instanceof Map || item instanceof List))
                    .map(String::valueOf).toList();
        }
        return value == null || value instanceof Map ? List.of() : List.of(String.valueOf(value));
    }

    private static boolean anyEqual(List<String> actual, List<String> wanted) {
        return actual.stream().anyMatch(a -> wanted.stream().anyMatch(w -> w.strip().equalsIgnoreCase(a.strip())));
    }

    private static ArticleFormat format(String name) {
        ArticleFormat format = FORMATS.get(name.strip().toLowerCase(Locale.ROOT));
        if (format == null) {
            throw new IllegalArgumentException("unknown format '" + name + "'");
        }
        return format;
    }

    private static Map<String, ArticleFormat> formats() {
        Map<String, ArticleFormat> formats = new LinkedHashMap<>();
        formats.put("wire", ArticleFormat.WIRE_TEXT);
        formats.put("markdown", ArticleFormat.MARKDOWN);
        formats.put("html", ArticleFormat.HTML);
        return Collections.unmodifiableMap(formats);
    }
}
