package io.github.copydesk.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs one task per file on a few threads and hands back the results in the files' order. */
final class ParallelFiles {
    private ParallelFiles() {
    }

    static <T> List<T> map(List<Path> files, int threads, Function<Path, T> task) throws InterruptedException {
        int poolSize = Math.max(1, Math.min(threads, files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, runnable -> {
            Thread thread = new Thread(runnable, "copydesk-files");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> task.apply(file)));
            }
            List<T> results = new ArrayList<>(files.size());
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("copydesk failed while working on files", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
