package io.github.copydesk.report;

/** A shard report that cannot be merged, or shard reports that are not every shard of one run; the message says which and why. */
public final class ShardReportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ShardReportException(String message) {
        super(message);
    }
}
