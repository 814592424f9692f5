package io.github.copydesk.article;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What an article says about itself: from the wire header, the front matter or HTML meta tags.
 * {@code fields} keeps every raw value, for rules that read other keys.
 */
public record Metadata(
        LocalDate publicationDate, String section, String source, String title, String byline,
        Map<String, Object> fields) {

    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, Map.of());

    public Metadata {
        fields = Map.copyOf(fields);
    }

    public Optional<String> sourceIfKnown() {
        return Optional.ofNullable(source).filter(s -> !s.isBlank());
    }

    public Optional<String> bylineIfKnown() {
        return Optional.ofNullable(byline).filter(s -> !s.isBlank());
    }
}
