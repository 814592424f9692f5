package io.github.copydesk.config;

import io.github.copydesk.rule.Finding;
import io.github.copydesk.text.Sha256;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names a finding so that the name survives edits elsewhere in its file: the file's path, the
 * rule, the offending text as read by {@link #normalise} (the message, for a finding without
 * text) and which occurrence of that text it is in the file. Line numbers are left out on
 * purpose: a paragraph added above a leftover moves it, but does not make it a new finding.
 */
public final class Fingerprint {
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private Fingerprint() {
    }

    /**
     * The fingerprints of {@code findings}, in the same order. The findings must be in report
     * order, so that the first of two identical texts is occurrence 0 and the second 1.
     */
    public static List<String> of(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String text = normalise(finding.matched().isBlank() ? finding.message() : finding.matched());
            String key = finding.path() + '\0' + finding.ruleId() + '\0' + text;
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            fingerprints.add(hash(key + '\0' + occurrence));
        }
        return fingerprints;
    }

    /**
     * The text as a fingerprint reads it: Unicode composed (NFC), blanks and line breaks of any
     * length as one space, no blanks at the ends, lower case. Re-wrapping a paragraph, a CRLF
     * file saved with LF, or a capital fixed in a teaser keeps the finding the same.
     */
    static String normalise(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return BLANKS.matcher(composed).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static String hash(String key) {
        return HexFormat.of().formatHex(Sha256.of(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }
}
