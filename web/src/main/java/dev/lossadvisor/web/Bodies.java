package dev.lossadvisor.web;

import dev.lossadvisor.engine.read.Limited;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

/** Request bodies read as streams, refused with {@link TooLarge} as soon as they pass the cap. */
public final class Bodies {
    private Bodies() {}

    /** Refuses up front when the declared length is over the cap (no need to read a byte). */
    public static void checkDeclaredLength(Context ctx, long max) {
        if (ctx.contentLength() > max) throw new TooLarge(max);
    }

    /** The body as a stream that throws {@link TooLarge} past {@code max} bytes, for chunked bodies that declare no length. */
    public static InputStream limited(Context ctx, long max) {
        checkDeclaredLength(ctx, max);
        return limited(ctx.bodyInputStream(), max);
    }

    /** The whole body, read under the cap and the rate limit before any work starts on it. */
    public static byte[] read(Context ctx, long max) {
        try (InputStream in = limited(ctx, max)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes a second a body must average once {@link #GRACE} has passed: a 4 MB upload on a slow mobile link still makes it. */
    static final long MIN_RATE = 2048;
    static final Duration GRACE = Duration.ofSeconds(5);

    /** A stream that throws {@link TooLarge} past {@code max} bytes, and {@link Refused#tooSlow} when it trickles in after its grace. */
    public static InputStream limited(InputStream in, long max) {
        long start = System.nanoTime();
        return Limited.counting(in, read -> {
            if (read > max) throw new TooLarge(max);
            long elapsed = System.nanoTime() - start;
            if (elapsed > GRACE.toNanos() && read * 1_000_000_000L / elapsed < MIN_RATE) throw Refused.tooSlow(MIN_RATE);
        });
    }
}
