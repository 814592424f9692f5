package io.github.copydesk.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs one task per file on a few threads and hands back the results in the files' order. The
 * threads are plain ones that take the next file themselves: the loop that runs the tasks is then
 * copydesk's code, which {@link QuickCompilation} keeps from the optimising compiler, and not a
 * JDK thread pool's worker loop, into which that compiler would inline the whole engine.
 */
final class ParallelFiles {
    private ParallelFiles() {
    }

    static <T> List<T> map(List<Path> files, int threads, Function<Path, T> task) throws InterruptedException {
        Object[] results = new Object[files.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int i;
            while (failure.get() == null && (i = next.getAndIncrement()) < results.length) {
                try {
                    results[i] = task.apply(files.get(i));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> pool = new ArrayList<>();
        for (int i = Math.max(1, Math.min(threads, files.size())); i > 0; i--) {
            Thread thread = new Thread(worker, "copydesk-files");
            thread.setDaemon(true);
            pool.add(thread);
            thread.start();
        }
        try {
            for (Thread thread : pool) {
                thread.join();
            }
        } catch (InterruptedException e) {
            // The workers stop after the file they are on; nobody is waiting for their results.
            failure.compareAndSet(null, e);
            throw e;
        }
        if (failure.get() != null) {
            throw new IllegalStateException("copydesk failed while working on files", failure.get());
        }
        @SuppressWarnings("unchecked")
        List<T> inOrder = new ArrayList<>((List<T>) Arrays.asList(results));
        return inOrder;
    }
}
