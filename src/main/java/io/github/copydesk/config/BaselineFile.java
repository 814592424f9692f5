package io.github.copydesk.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline on disk, as JSON meant to be committed and reviewed in diffs: one entry per line of
 * the file's {@code findings} array, in report order, each with its fingerprint and, for people,
 * the path, rule, line and excerpt it had when recorded.
 *
 * <pre>
 * {
 *   "copydeskBaseline" : 1,
 *   "findings" : [ {
 *     "fingerprint" : "3f0c...",
 *     "path" : "content/world/river-dam.txt",
 *     "rule" : "promo-link",
 *     "line" : 13,
 *     "text" : "Newsroom Daily - Farmers downstream count ..."
 *   } ]
 * }
 * </pre>
 */
public final class BaselineFile {
    /** The format's version, so a later copydesk can read an older file or say why it cannot. */
    static final int VERSION = 1;
    private static final String VERSION_KEY = "copydeskBaseline";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BaselineFile() {
    }

    /** Reads {@code file}; {@code origin} names it in messages. Missing or malformed is an error, never an empty baseline. */
    public static Baseline read(Path file, String origin) throws ConfigurationFileException {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigurationFileException(origin + ": the baseline file does not exist"
                    + " (run copydesk:baseline to write it, or leave baselineFile unset)", e);
        } catch (IOException e) {
            throw new ConfigurationFileException(origin + ": the baseline file cannot be read: " + e, e);
        }
        return parse(json, origin);
    }

    static Baseline parse(String json, String origin) throws ConfigurationFileException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new ConfigurationFileException(origin + place + ": malformed baseline JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path(VERSION_KEY).isInt() || !root.path("findings").isArray()) {
            throw new ConfigurationFileException(origin + ": not a copydesk baseline: expected an object with '"
                    + VERSION_KEY + "' and a 'findings' array");
        }
        if (root.get(VERSION_KEY).intValue() != VERSION) {
            throw new ConfigurationFileException(origin + ": baseline format " + root.get(VERSION_KEY).intValue()
                    + " is not the one this copydesk reads (" + VERSION + "): write it again with copydesk:baseline");
        }
        List<Baseline.Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode item : root.get("findings")) {
            if (!item.path("fingerprint").isTextual() || item.get("fingerprint").asText().isBlank()) {
                throw new ConfigurationFileException(origin + ": findings[" + index + "] has no 'fingerprint'");
            }
            entries.add(new Baseline.Entry(item.get("fingerprint").asText(), item.path("path").asText(""),
                    item.path("rule").asText(""), item.path("line").asInt(0), item.path("text").asText("")));
            index++;
        }
        return new Baseline(origin, entries);
    }

    /** The JSON for {@code entries}, ending in a line end. */
    public static String format(List<Baseline.Entry> entries) {
        ObjectNode root = JSON.createObjectNode();
        root.put(VERSION_KEY, VERSION);
        ArrayNode findings = root.putArray("findings");
        for (Baseline.Entry entry : entries) {
            findings.addObject()
                    .put("fingerprint", entry.fingerprint())
                    .put("path", entry.path())
                    .put("rule", entry.rule())
                    .put("line", entry.line())
                    .put("text", entry.text());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and numbers always serialises", e);
        }
    }
}
