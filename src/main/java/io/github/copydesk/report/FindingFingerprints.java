package io.github.copydesk.report;

import io.github.copydesk.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints of findings that survive edits above them: built from the path, the rule, the
 * offending text with its white space collapsed, and how many times the same text was found
 * before in that file by that rule; never from line or column. Code scanning uses them to
 * recognise a finding again after lines move.
 */
final class FindingFingerprints {
    private FindingFingerprints() {
    }

    /** One fingerprint per finding, in the order given (the report order, which fixes the occurrence count). */
    static List<String> of(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String identity = finding.path() + '\0' + finding.ruleId() + '\0' + normalisedText(finding);
            int occurrence = seen.merge(identity, 1, Integer::sum) - 1;
            fingerprints.add(sha256(identity + '\0' + occurrence));
        }
        return fingerprints;
    }

    /** The offending text, or the message for findings with none (a file that could not be read). */
    private static String normalisedText(Finding finding) {
        String text = finding.matched().isBlank() ? finding.message() : finding.matched();
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
