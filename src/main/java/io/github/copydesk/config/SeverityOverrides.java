package io.github.copydesk.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the {@code severities} parameter: {@code rule-id=level} pairs separated by commas or line ends. */
final class SeverityOverrides {
    private SeverityOverrides() {
    }

    static Map<String, String> parse(String text) throws RuleConfigurationException {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return overrides;
        }
        for (String raw : text.split("[,;\\n]")) {
            String pair = raw.trim();
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                equals = pair.indexOf(':');
            }
            if (equals <= 0 || equals == pair.length() - 1) {
                throw new RuleConfigurationException("severities: '" + pair
                        + "' is not of the form rule-id=level (for example promo-link=warning)");
            }
            overrides.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return overrides;
    }
}
