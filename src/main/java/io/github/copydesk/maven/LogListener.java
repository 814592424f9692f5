package io.github.copydesk.maven;

import io.github.copydesk.engine.LintListener;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/**
 * The engine's listener written to Maven's log. Progress goes to the info level, which {@code -q}
 * hides, and only on runs long enough to need it: a few thousand files.
 */
final class LogListener implements LintListener {
    /** Below this many files a run is over in a few seconds and its progress is noise. */
    static final int PROGRESS_MIN_FILES = 2_000;

    private final Log log;

    LogListener(Log log) {
        this.log = log;
    }

    @Override
    public void progress(int filesChecked, int filesTotal, int findings) {
        if (filesTotal > PROGRESS_MIN_FILES) {
            log.info(String.format(Locale.ROOT, "copydesk: %,d of %,d files checked, %,d %s so far",
                    filesChecked, filesTotal, findings, findings == 1 ? "finding" : "findings"));
        }
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }
}
