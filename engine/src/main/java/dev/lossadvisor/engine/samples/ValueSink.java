package dev.lossadvisor.engine.samples;

/** Receives sample values one at a time, row by row, as the reader streams them. */
public interface ValueSink {
    /** Keeps nothing: for values that are stored and inspected later. */
    ValueSink NONE = new ValueSink() {
        @Override public void accept(double v) { }

        @Override public void endRow() { }
    };

    void accept(double v);

    void endRow();
}
