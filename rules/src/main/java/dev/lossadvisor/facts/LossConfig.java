package dev.lossadvisor.facts;

/**
 * The configured loss after resolving its name and options against the loss catalog.
 *
 * @param name           the name as written by the user
 * @param kind           canonical loss kind, one of {@link Vocabulary#LOSS_KINDS}
 * @param family         one of {@link Vocabulary#LOSS_FAMILIES}
 * @param input          what the loss expects from the model, one of {@link Vocabulary#OUTPUT_FORMS}
 * @param labels         what the loss expects as labels, one of {@link Vocabulary#LOSS_LABELS}
 * @param logLoss        true when the loss takes the log of the probabilities it receives
 * @param logitsVariant  true when the framework offers a from-logits form of this loss
 * @param epsilon        clipping epsilon when set explicitly, else null (framework default)
 * @param weighted       true when the rare class is re-weighted: pos_weight, class weights (CrossEntropyLoss weight=,
 *                       Keras class_weight) or Keras focal apply_class_balancing
 * @param reduction      the reduction as written, or null for the framework's default
 * @param elementWeights true for weight= on a binary loss: it rescales every element alike, positives and negatives
 * @param classBalancing Keras focal apply_class_balancing, the switch without which alpha is not used
 * @param focalAlpha     focal alpha as written, else null (named so: a fact property "alpha" breaks the executable model build)
 */
public record LossConfig(String name, String kind, String family, String input, String labels,
                         boolean logLoss, boolean logitsVariant, Double epsilon, Double gamma,
                         boolean weighted, double labelSmoothing,
                         String reduction, boolean elementWeights, boolean classBalancing, Double focalAlpha) {}
