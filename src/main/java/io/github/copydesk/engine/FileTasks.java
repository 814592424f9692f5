package io.github.copydesk.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs one task per file on a fixed pool of threads, made for the call and shut down before it
 * returns, and hands back the results in the files' order. A task that throws ends the run: no
 * file is started after it, threads still on a file are interrupted and finish it, and the call
 * fails with the first exception thrown as the cause.
 */
final class FileTasks {
    private FileTasks() {
    }

    static <T> List<T> map(List<Path> files, int threads, Function<Path, T> task) throws InterruptedException {
        if (files.isEmpty()) {
            return new ArrayList<>();
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())),
                workerThreads());
        try {
            List<Future<T>> pending = new ArrayList<>(files.size());
            for (Path file : files) {
                pending.add(pool.submit(() -> {
                    if (failure.get() != null) {
                        return null;
                    }
                    try {
                        return task.apply(file);
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                        throw e;
                    }
                }));
            }
            List<T> results = new ArrayList<>(files.size());
            for (Future<T> result : pending) {
                if (failure.get() != null) {
                    break;
                }
                try {
                    results.add(result.get());
                } catch (ExecutionException e) {
                    break;
                }
            }
            if (failure.get() != null) {
                throw new IllegalStateException("copydesk failed while working on files", failure.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
            awaitEnd(pool);
        }
    }

    /**
     * Waits until the pool's threads have finished the files they were on, so that no task runs
     * after the call returns. An interrupt while waiting ends the wait and is kept for the caller.
     */
    private static void awaitEnd(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // A file takes a long time: keep waiting, the build cannot go on before it is done.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Daemon threads: a build that ends, or a goal that fails, never waits for one. */
    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "copydesk-files-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
