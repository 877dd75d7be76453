package dev.lossadvisor.web;

import dev.lossadvisor.engine.read.Limited;
import io.javalin.http.Context;
import java.io.InputStream;

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

    /** A stream that throws {@link TooLarge} past {@code max} bytes. */
    public static InputStream limited(InputStream in, long max) {
        return Limited.of(in, max, () -> new TooLarge(max));
    }
}
