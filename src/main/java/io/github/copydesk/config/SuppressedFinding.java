package io.github.copydesk.config;

import io.github.copydesk.rule.Finding;

/**
 * A finding that neither fails the build nor shows on the console, and why: an editor's
 * suppression (inline or in the suppressions file) with its reason, or an entry of the baseline.
 * Reports that can mark suppressed results (JSON, SARIF) list them as such.
 */
public record SuppressedFinding(Finding finding, Kind kind, String reason) {

    public enum Kind {
        /** A {@code <!-- copydesk-disable... -->} comment in the article; SARIF's {@code inSource}. */
        INLINE,
        /** An entry of the suppressions file; SARIF's {@code external}. */
        SUPPRESSIONS_FILE,
        /** An entry of the baseline file; SARIF's {@code external}, and a result baseline state of "unchanged". */
        BASELINE
    }
}
