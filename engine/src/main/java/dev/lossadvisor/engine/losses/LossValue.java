package dev.lossadvisor.engine.losses;

/**
 * A loss computed on the samples.
 *
 * @param loss  what was computed, e.g. "BinaryCrossentropy (probabilities, clipped at 1e-7)"
 * @param value the mean loss; NaN or infinite where the configuration produces that; null when not computable
 * @param note  why it could not be computed, or what is notable about it; null when nothing
 */
public record LossValue(String loss, Double value, String note) {

    static LossValue of(String loss, double value) {
        String note = Double.isNaN(value) ? "NaN: this configuration produces NaN on these samples"
                : Double.isInfinite(value) ? "infinite: log(0) on these samples" : null;
        return new LossValue(loss, value, note);
    }

    static LossValue notComputable(String loss, String why) {
        return new LossValue(loss, null, why);
    }
}
