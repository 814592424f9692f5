package io.github.copydesk.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a project has accepted for now, by fingerprint, as {@code copydesk:baseline}
 * recorded them. {@code origin} is the file as users see it, for messages.
 */
public record Baseline(String origin, List<Entry> entries) {

    public Baseline {
        entries = List.copyOf(entries);
    }

    /** One accepted finding: its fingerprint, and where it stood when recorded, for people reading the file. */
    public record Entry(String fingerprint, String path, String rule, int line, String text) {
    }

    public Map<String, Entry> byFingerprint() {
        Map<String, Entry> byFingerprint = new LinkedHashMap<>();
        entries.forEach(entry -> byFingerprint.put(entry.fingerprint(), entry));
        return byFingerprint;
    }
}
