package io.github.copydesk.engine;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts files as the threads finish them and tells the listener at most once per interval. The
 * thread that finishes a file past the interval reports; no timer thread is needed.
 */
final class Progress {
    private final LintListener listener;
    private final long intervalNanos;
    private final int total;
    private final AtomicInteger checked = new AtomicInteger();
    private final AtomicInteger findings = new AtomicInteger();
    private final AtomicLong nextReport;

    Progress(LintListener listener, Duration interval, int total) {
        this.listener = listener;
        this.intervalNanos = interval.toNanos();
        this.total = total;
        this.nextReport = new AtomicLong(System.nanoTime() + intervalNanos);
    }

    void fileDone(int newFindings) {
        int findingsSoFar = findings.addAndGet(newFindings);
        int done = checked.incrementAndGet();
        long now = System.nanoTime();
        long due = nextReport.get();
        if (now - due >= 0 && nextReport.compareAndSet(due, now + intervalNanos)) {
            listener.progress(done, total, findingsSoFar);
        }
    }
}
