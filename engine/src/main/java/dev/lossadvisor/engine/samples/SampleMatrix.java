package dev.lossadvisor.engine.samples;

import java.util.Arrays;

/** Rows of equal width stored flat in one growable primitive array: 8 bytes a value, no JSON tree. */
public final class SampleMatrix {
    private double[] values = new double[64];
    private int size;
    private int width = -1;
    private int rows;

    /** Appends a value to the current row, as a reader streams it in. */
    public void add(double v) {
        if (size == values.length) values = Arrays.copyOf(values, Math.max(64, values.length * 2));
        values[size++] = v;
    }

    /** Closes the current row; the first row fixes the width (readers check the others). */
    public void endRow(int rowWidth) {
        if (width < 0) width = rowWidth;
        rows++;
    }

    public int rows() { return rows; }

    public int width() { return Math.max(width, 0); }

    public int size() { return size; }

    public double get(int row, int col) { return values[row * width + col]; }

    /** A copy of all values, for order statistics. */
    public double[] copyValues() { return Arrays.copyOf(values, size); }

    /** The rows whose first value is not {@code dropped}, in order: labels as a loss with an ignore index sees them. */
    public SampleMatrix without(double dropped) {
        SampleMatrix m = new SampleMatrix();
        for (int r = 0; r < rows; r++) {
            if (get(r, 0) == dropped) continue;
            for (int c = 0; c < width(); c++) m.add(get(r, c));
            m.endRow(width());
        }
        return m;
    }

    /** Builds a matrix from rows, for tests and the Java API. */
    public static SampleMatrix of(double[][] data) {
        SampleMatrix m = new SampleMatrix();
        for (double[] row : data) {
            for (double v : row) m.add(v);
            m.endRow(row.length);
        }
        return m;
    }
}
