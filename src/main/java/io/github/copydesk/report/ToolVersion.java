package io.github.copydesk.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The plugin's version, as the build wrote it into a resource. A resource rather than the jar
 * manifest, because tests run from class folders, where there is no manifest.
 */
public final class ToolVersion {
    static final String UNKNOWN = "unknown";

    private ToolVersion() {
    }

    public static String current() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            return version.isEmpty() || version.startsWith("${") ? UNKNOWN : version;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
