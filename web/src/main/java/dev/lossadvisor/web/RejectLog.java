package dev.lossadvisor.web;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One log line for rejected requests at most every {@link #INTERVAL_NANOS}, with the count of those it did not print:
 * a client sending garbage cannot grow the log faster than a line per interval.
 */
final class RejectLog {
    static final long INTERVAL_NANOS = 10_000_000_000L;
    private final PrintStream out;
    private final AtomicLong next = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong unprinted = new AtomicLong();

    RejectLog(PrintStream out) {
        this.out = out;
    }

    void rejected(String request, String why) {
        long now = System.nanoTime();
        long due = next.get();
        if ((due != Long.MIN_VALUE && now - due < 0) || !next.compareAndSet(due, now + INTERVAL_NANOS)) {
            unprinted.incrementAndGet();
            return;
        }
        long more = unprinted.getAndSet(0);
        out.println("rejected " + request + ": " + why + (more > 0 ? " (and " + more + " more rejected requests not logged)" : ""));
    }
}
