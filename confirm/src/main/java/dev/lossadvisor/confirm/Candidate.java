package dev.lossadvisor.confirm;

/**
 * One configuration the reference CNN trains: the final activation, the loss and what the loss takes.
 *
 * @param role       recommended, user, mistake or alternative; the verdict weighs the recommendation against the mistakes
 * @param activation linear, sigmoid, softmax, log_softmax, tanh, relu or softplus
 * @param loss       bce, binary_focal, cce, nll, mse, mae or huber
 * @param input      what the loss takes: logits (it applies sigmoid/softmax itself), probabilities, log_probabilities or values
 * @param epsilon    clipping of log(p); 0 is none
 * @param posWeight  weight of positive examples in bce (1 = none)
 * @param gamma      focal exponent
 * @param alpha      focal weight of positives, or NaN for none
 */
public record Candidate(String id, String label, String role, String activation, String loss, String input,
                        double epsilon, double posWeight, double gamma, double alpha) {

    static Candidate of(String id, String label, String role, String activation, String loss, String input) {
        return new Candidate(id, label, role, activation, loss, input, 1e-7, 1, 2, Double.NaN);
    }

    Candidate withPosWeight(double w) {
        return new Candidate(id, label, role, activation, loss, input, epsilon, w, gamma, alpha);
    }

    Candidate withEpsilon(double e) {
        return new Candidate(id, label, role, activation, loss, input, e, posWeight, gamma, alpha);
    }

    Candidate withFocal(double g, double a) {
        return new Candidate(id, label, role, activation, loss, input, epsilon, posWeight, g, a);
    }
}
