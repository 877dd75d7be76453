package dev.lossadvisor.facts;

/**
 * The configured loss after resolving its name and options against the loss catalog.
 *
 * @param name           the name as written by the user
 * @param kind           canonical loss kind (bce, cce, sparse_cce, nll, mse, mae, huber, hinge, ...)
 * @param family         cross_entropy, regression, margin, divergence or count
 * @param input          what the loss expects from the model: probabilities, logits, log_probabilities, values, rates, log_rates
 * @param labels         what the loss expects as labels: binary, one_hot, integer, class_or_distribution, signed,
 *                       signed_or_binary, multi_hot, distribution, continuous, counts
 * @param logLoss        true when the loss takes the log of the probabilities it receives
 * @param logitsVariant  true when the framework offers a from-logits form of this loss
 * @param epsilon        clipping epsilon when set explicitly, else null (framework default)
 * @param weighted       true when pos_weight, class_weight or alpha re-weights classes
 */
public record LossConfig(String name, String kind, String family, String input, String labels,
                         boolean logLoss, boolean logitsVariant, Double epsilon, Double gamma,
                         boolean weighted, double labelSmoothing) {}
