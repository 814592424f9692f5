package io.github.copydesk.engine;

/**
 * What a run tells its caller while it works: how far it has got, and what it did with its cache.
 * The engine has no log of its own; the Maven goal passes one that writes to Maven's log. Calls
 * come from the checking threads, so an implementation must be thread-safe.
 */
public interface LintListener {
    LintListener SILENT = new LintListener() {
    };

    /** Every progress interval while files are checked: files done of all, and findings so far. */
    default void progress(int filesChecked, int filesTotal, int findings) {
    }

    /** How the run went, for a user who wants to know: how many files the cache answered for. */
    default void info(String message) {
    }

    /** Why the cache was not used or was started afresh: for a user looking into a slow run. */
    default void debug(String message) {
    }

    /** Something the run worked around but the user should fix, such as a cache file that cannot be written. */
    default void warn(String message) {
    }
}
