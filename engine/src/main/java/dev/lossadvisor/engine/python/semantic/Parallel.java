package dev.lossadvisor.engine.python.semantic;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs independent per-file work (reading, parsing, listing calls) on one thread per core (an interrupt cancels the work not done yet), in the order given (the
 * biggest first keeps a core from waiting on the last giant). An interrupt of the calling thread stops it with a
 * {@link CancellationException}.
 */
public final class Parallel {
    /**
     * One pool for the whole process, its threads kept: each one's parser and compiled queries (thread-local, costly to
     * make) then serve every file it parses.
     */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
        Thread t = new Thread(r, "python-read");
        t.setDaemon(true);
        return t;
    });
    private static final ThreadLocal<Boolean> IN_POOL = ThreadLocal.withInitial(() -> false);

    private Parallel() {}

    public static <T> void each(List<T> items, Consumer<T> work) {
        if (items.size() <= 1 || IN_POOL.get()) {
            items.forEach(work);
            return;
        }
        try {
            for (Future<Void> done : POOL.invokeAll(items.stream().<Callable<Void>>map(item -> () -> {
                IN_POOL.set(true);
                work.accept(item);
                return null;
            }).toList())) {
                done.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("interrupted");
    }
}
