package dev.lossadvisor.confirm;

import java.util.List;

/**
 * What the reference CNN measured for one task.
 *
 * @param verdict     confirmed, not-confirmed or inconclusive
 * @param explanation the verdict in one sentence, with the numbers behind it
 * @param setting     what of the user's labels shaped the synthetic task ("" for the default task)
 */
public record ConfirmReport(String task, String metric, boolean higherIsBetter, List<Long> seeds, int epochs,
                            List<CandidateSummary> candidates, List<Comparison> comparisons, String verdict, String explanation,
                            long millis, String setting) {

    /**
     * One candidate over all seeds.
     *
     * @param meanLossCurve training loss per epoch averaged over seeds
     * @param runs          every seed's own run
     */
    public record CandidateSummary(Candidate candidate, double metricMean, double metricStd, double eceMean, double brierMean,
                                   int nonFiniteRuns, List<Double> meanLossCurve, List<RunResult> runs) {}

    /**
     * The recommendation against one other candidate.
     *
     * @param outcome    better, worse or tie (for the recommendation)
     * @param difference recommendation minus other, signed so that positive favours the recommendation
     * @param seedsWon   seeds on which the recommendation did better
     */
    public record Comparison(String other, String role, String outcome, double difference, double threshold, int seedsWon) {}
}
