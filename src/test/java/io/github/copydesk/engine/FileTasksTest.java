package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FileTasksTest {
    private static final List<Path> FILES = IntStream.range(0, 500).mapToObj(i -> Path.of("article-" + i + ".txt"))
            .toList();

    @Test
    void resultsComeBackInTheFilesOrderWhateverThreadFinishesFirst() throws Exception {
        List<String> results = FileTasks.map(FILES, 3, file -> {
            Thread.onSpinWait();
            return file.getFileName() + " by " + Thread.currentThread().getName();
        });

        assertThat(results).hasSize(FILES.size());
        for (int i = 0; i < FILES.size(); i++) {
            assertThat(results.get(i)).startsWith("article-" + i + ".txt by copydesk-files");
        }
    }

    @Test
    void aFailureOnAnyThreadEndsTheRunWithItsCause() {
        assertThatThrownBy(() -> FileTasks.map(FILES, 4, file -> {
            if (file.equals(FILES.get(250))) {
                throw new StackOverflowError("deep");
            }
            return file;
        })).isInstanceOf(IllegalStateException.class).hasRootCauseInstanceOf(StackOverflowError.class);
    }

    @Test
    void noFilesIsNoResults() throws Exception {
        assertThat(FileTasks.map(List.of(), 2, Path::toString)).isEmpty();
    }

    @Test
    void aTaskThatFailsEndsTheRunWithItsCauseAndNoFurtherFileIsStarted() {
        AtomicInteger started = new AtomicInteger();

        assertThatThrownBy(() -> FileTasks.map(FILES, 1, file -> {
            started.incrementAndGet();
            if (file.equals(FILES.get(10))) {
                throw new IllegalArgumentException("broken task");
            }
            return file;
        })).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("broken task");

        assertThat(started.get()).isEqualTo(11);
    }

    @Test
    void noTaskIsStillRunningWhenAFailedRunReturns() {
        AtomicInteger running = new AtomicInteger();
        AtomicBoolean slowFileStarted = new AtomicBoolean();

        assertThatThrownBy(() -> FileTasks.map(FILES.subList(0, 4), 2, file -> {
            running.incrementAndGet();
            try {
                if (file.equals(FILES.get(0))) {
                    while (!slowFileStarted.get()) {
                        Thread.onSpinWait();
                    }
                    throw new IllegalArgumentException("broken task");
                }
                slowFileStarted.set(true);
                long until = System.nanoTime() + 200_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                return file;
            } finally {
                running.decrementAndGet();
            }
        })).hasRootCauseMessage("broken task");

        assertThat(running.get()).isZero();
    }

    @Test
    void theThreadsAreDaemonsOfTheirOwn() throws Exception {
        List<String> threads = FileTasks.map(FILES.subList(0, 20), 2, file -> Thread.currentThread().getName() + " "
                + Thread.currentThread().isDaemon());

        assertThat(threads).allSatisfy(thread -> assertThat(thread).matches("copydesk-files-[12] true"));
    }
}
