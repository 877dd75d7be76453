package dev.lossadvisor.web;

import dev.lossadvisor.engine.input.InputException;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Reading and analysing an upload (Python above all, whose cost grows with the source) runs on a few analysis threads, one
 * per core, under a per-request deadline: when it passes, or the client hangs up, the analysis thread is interrupted and
 * the engine stops (it throws {@link CancellationException} soon after an interrupt). The request thread only waits, so
 * no request can hold a core longer than its deadline, and queued analyses spend their deadline waiting too. A failure
 * of the analysis is the input's problem in one line (400/422), never a 5xx.
 */
public final class Analyses {
    /** How often a waiting request checks its client, and how long an analysis runs before the first check. */
    private static final long POLL_MILLIS = 100;
    private static final long PROBE_AFTER_MILLIS = 1000;

    private final Duration deadline;
    private final ExecutorService pool;
    private final RejectLog log;

    Analyses(Duration deadline, int threads, RejectLog log) {
        this.deadline = deadline;
        this.log = log;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "analysis");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} (which must have read its whole input already) for the request, within the deadline. */
    public <T> T run(Context ctx, Callable<T> work) {
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        Future<T> f = pool.submit(work);
        Client client = new Client(endPoint(ctx));
        try {
            while (true) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    f.cancel(true);
                    throw tooLong();
                }
                try {
                    T result = f.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)), TimeUnit.NANOSECONDS);
                    if (client.pipelined) ctx.header("Connection", "close");
                    return result;
                } catch (TimeoutException e) {
                    if (System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(PROBE_AFTER_MILLIS) && client.gone()) {
                        f.cancel(true);
                        throw Refused.clientGone();
                    }
                }
            }
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw Refused.clientGone();
        } catch (CancellationException e) {
            throw tooLong();
        } catch (ExecutionException e) {
            throw failed(ctx, e.getCause());
        }
    }

    private InputException tooLong() {
        return new InputException("", "the analysis took longer than " + deadline.toSeconds() + " s and was stopped",
                "lint it with the command line (loss-advisor lint), which has no deadline, or upload the training code only");
    }

    /** The analysis' own exceptions pass through; anything else it threw is a one-line refusal of this input, logged rate-limited. */
    private RuntimeException failed(Context ctx, Throwable cause) {
        if (cause instanceof InputException || cause instanceof TooLarge || cause instanceof Refused) return (RuntimeException) cause;
        if (cause instanceof CancellationException) return tooLong();
        log.rejected(ctx.method() + " " + ctx.path(), "analysis failed: " + cause);
        if (cause instanceof StackOverflowError || cause instanceof OutOfMemoryError) {
            return InputException.malformed("", "the input is too deeply nested or too large to analyse", "upload the training code only");
        }
        return new InputException("", "the input could not be analysed (" + cause.getClass().getSimpleName() + ")",
                "lint it with the command line (loss-advisor lint) for details, and report it if it is valid Python");
    }

    private static EndPoint endPoint(Context ctx) {
        try {
            return ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection().getEndPoint();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether the client has closed its connection, told by reading from it once its request is read: end of stream
     * means it hung up (a client that only half-closed looks the same, and is taken at its word). Bytes of a pipelined
     * next request end the probing: the request is answered, then the connection closed.
     */
    private static final class Client {
        private final EndPoint endPoint;
        private boolean unknown;
        /** A byte of the next request was read: this connection must close after the answer. */
        private boolean pipelined;

        Client(EndPoint endPoint) {
            this.endPoint = endPoint;
            this.unknown = endPoint == null;
        }

        boolean gone() {
            if (unknown) return false;
            if (!endPoint.isOpen()) return true;
            try {
                ByteBuffer one = BufferUtil.allocate(1);
                int n = endPoint.fill(one);
                if (n < 0) return true;
                if (n > 0) unknown = pipelined = true;
                return false;
            } catch (Exception e) {
                return true;
            }
        }
    }
}
