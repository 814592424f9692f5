package io.github.copydesk.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class LogListenerTest {
    private final List<String> lines = new ArrayList<>();
    private final LogListener listener = new LogListener(new SystemStreamLog() {
        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void debug(CharSequence content) {
            lines.add("[DEBUG] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }
    });

    @Test
    void progressOfALongRunIsAnInfoLine() {
        listener.progress(4_000, 20_000, 1);
        listener.progress(12_500, 20_000, 37);

        assertThat(lines).containsExactly(
                "[INFO] copydesk: 4,000 of 20,000 files checked, 1 finding so far",
                "[INFO] copydesk: 12,500 of 20,000 files checked, 37 findings so far");
    }

    @Test
    void aRunOfAFewThousandFilesShowsNoProgress() {
        listener.progress(1_000, 2_000, 5);

        assertThat(lines).isEmpty();
    }

    @Test
    void cacheMessagesKeepTheirLevels() {
        listener.info("3 of 4 files unchanged");
        listener.debug("cache ignored");
        listener.warn("cache not written");

        assertThat(lines).containsExactly(
                "[INFO] 3 of 4 files unchanged", "[DEBUG] cache ignored", "[WARNING] cache not written");
    }
}
