package io.github.copydesk.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the findings cache tells an unchanged article: by its bytes ({@code content}: every article is
 * read, and one whose bytes are those of the last run is not checked again), or by its size and
 * modification time ({@code metadata}: an article whose size and time match the last run's is not
 * even read). Metadata spares the reading, and misses an edit that keeps both the size and, within
 * the file system's time resolution, the time; a checkout that touches every file makes it read
 * them all once.
 */
public enum CacheStrategy {
    CONTENT,
    METADATA;

    /** The strategy named {@code name} (any case), if there is one. */
    public static Optional<CacheStrategy> named(String name) {
        return Arrays.stream(values()).filter(strategy -> strategy.id().equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The names the parameter takes. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(CacheStrategy::id).toList();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
