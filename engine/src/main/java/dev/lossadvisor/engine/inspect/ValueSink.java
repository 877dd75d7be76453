package dev.lossadvisor.engine.inspect;

/** Receives sample values one at a time, row by row, as the reader streams them. */
public interface ValueSink {
    void accept(double v);

    void endRow();
}
