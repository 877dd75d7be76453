package dev.lossadvisor.engine.read;

import dev.lossadvisor.engine.input.InputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * A stream that counts the bytes it really yields and checks the count after every read. Zip headers, HDF5 sizes and
 * HTTP lengths can lie; counting what a stream really produces cannot.
 */
public final class Limited extends FilterInputStream {
    private final LongConsumer check;
    private long count;

    private Limited(InputStream in, LongConsumer check) {
        super(in);
        this.check = check;
    }

    /** @param check given the bytes read so far after every read; it throws to stop the stream */
    public static InputStream counting(InputStream in, LongConsumer check) {
        return new Limited(in, check);
    }

    /** @param tooMuch the exception thrown when the stream passes {@code max} bytes */
    public static InputStream of(InputStream in, long max, Supplier<? extends RuntimeException> tooMuch) {
        return counting(in, n -> {
            if (n > max) throw tooMuch.get();
        });
    }

    /** A stream of a model file's part, refused as input larger than a Keras file's part could be. */
    static InputStream of(InputStream in, long max, String what) {
        return of(in, max, () -> InputException.malformed("", what + " larger than " + (max >> 20) + " MB",
                "this is not a model file Keras wrote; if it is, report it with the file's size"));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) add(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) add(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        add(s);
        return s;
    }

    private void add(long n) {
        count += n;
        check.accept(count);
    }
}
