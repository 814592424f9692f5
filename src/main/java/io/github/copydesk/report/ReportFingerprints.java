package io.github.copydesk.report;

import io.github.copydesk.config.Fingerprint;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.rule.Finding;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fingerprints reports give findings: the baseline's. The baseline counts repeated texts among
 * the findings a run keeps after inline comments and the suppressions file, baselined ones
 * included, so active and baselined findings are counted that way, and a finding keeps its
 * fingerprint whether an identical text earlier in the file is suppressed or not. Findings an
 * inline comment or the suppressions file accepted are counted after those, so every finding of
 * a report has a fingerprint of its own.
 */
final class ReportFingerprints {
    private ReportFingerprints() {
    }

    /** The fingerprint of each finding of the report, active and suppressed, by identity. */
    static Map<Finding, String> of(Report report) {
        List<Finding> counted = new ArrayList<>(report.findings());
        List<Finding> accepted = new ArrayList<>();
        for (SuppressedFinding suppressed : report.suppressed()) {
            (suppressed.kind() == SuppressedFinding.Kind.BASELINE ? counted : accepted).add(suppressed.finding());
        }
        counted.sort(Finding.ORDER);
        accepted.sort(Finding.ORDER);
        // The accepted findings come after the counted ones, so a repeated text's accepted copies
        // take the occurrence numbers after the counted copies' and no two findings share a fingerprint.
        List<Finding> all = new ArrayList<>(counted);
        all.addAll(accepted);
        List<String> values = Fingerprint.of(all);
        Map<Finding, String> fingerprints = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            fingerprints.put(all.get(i), values.get(i));
        }
        return fingerprints;
    }
}
