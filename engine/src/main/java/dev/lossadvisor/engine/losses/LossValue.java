package dev.lossadvisor.engine.losses;

import java.util.List;

/**
 * A loss computed on the samples, as the framework would give it.
 *
 * @param loss     what was computed, e.g. "BCELoss (probabilities in)"
 * @param value    the reduced loss; NaN or infinite where the configuration produces that; null when not computable
 *                 or when the reduction keeps one value per element
 * @param elements the values of an unreduced loss (reduction 'none'), row by row; empty otherwise
 * @param note     why it could not be computed, or what is notable about it; null when nothing
 */
public record LossValue(String loss, Double value, List<Double> elements, String note) {

    public LossValue {
        elements = List.copyOf(elements);
    }

    static LossValue of(String loss, double value) {
        return new LossValue(loss, value, List.of(), nonFinite(value));
    }

    static LossValue unreduced(String loss, double[] values) {
        String note = null;
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
            if (note == null) note = nonFinite(values[i]);
        }
        return new LossValue(loss, null, List.of(boxed), note);
    }

    static LossValue notComputable(String loss, String why) {
        return new LossValue(loss, null, List.of(), why);
    }

    /** The same value with a note that says what the framework does that users do not expect. */
    LossValue noting(String what) {
        return new LossValue(loss, value, elements, note == null ? what : what + "; " + note);
    }

    public boolean computed() {
        return value != null || !elements.isEmpty();
    }

    private static String nonFinite(double v) {
        return Double.isNaN(v) ? "NaN: this configuration produces NaN on these samples"
                : Double.isInfinite(v) ? "infinite: log(0) on these samples" : null;
    }
}
