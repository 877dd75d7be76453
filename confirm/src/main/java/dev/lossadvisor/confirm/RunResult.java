package dev.lossadvisor.confirm;

import java.util.List;

/**
 * One training run of one candidate with one seed.
 *
 * @param lossCurve mean training loss per epoch (NaN once the run diverged)
 * @param metric    the task metric on held-out data
 * @param ece       expected calibration error (10 bins), NaN where there are no probabilities
 * @param brier     Brier score, NaN where there are no probabilities
 * @param accuracy  held-out accuracy where there are classes, else NaN
 * @param nonFinite true when a loss or an output became NaN or infinite
 */
public record RunResult(String candidate, long seed, List<Double> lossCurve, double metric, double ece, double brier, double accuracy,
                        boolean nonFinite, long millis) {}
