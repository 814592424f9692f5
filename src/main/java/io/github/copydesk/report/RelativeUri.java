package io.github.copydesk.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A path as findings show it, as a URI reference: relative paths percent-encoded, others as file URIs. */
final class RelativeUri {
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/";

    private RelativeUri() {
    }

    static boolean isRelative(String displayPath) {
        return !Path.of(displayPath).isAbsolute();
    }

    static String of(String displayPath) {
        if (!isRelative(displayPath)) {
            return Path.of(displayPath).toUri().toASCIIString();
        }
        StringBuilder uri = new StringBuilder();
        for (byte b : displayPath.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) {
                uri.append(c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return uri.toString();
    }
}
