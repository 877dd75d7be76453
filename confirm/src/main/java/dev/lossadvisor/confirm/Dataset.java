package dev.lossadvisor.confirm;

/**
 * Images and targets, flat: {@code images} holds n × 28 × 28 values, {@code targets} n × width.
 * {@code truth} holds the probabilities behind soft labels (for calibration), or null.
 */
record Dataset(int n, float[] images, int width, float[] targets, float[] truth) {
    static final int SIDE = 28;
    static final int PIXELS = SIDE * SIDE;
}
