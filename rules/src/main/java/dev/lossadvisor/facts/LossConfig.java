package dev.lossadvisor.facts;

import java.util.Objects;

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
                         String reduction, boolean elementWeights, boolean classBalancing, Double focalAlpha) {
    // written out (see package-info)
    @Override
    public boolean equals(Object o) {
        return o instanceof LossConfig f && Objects.equals(name, f.name) && Objects.equals(kind, f.kind)
                && Objects.equals(family, f.family) && Objects.equals(input, f.input)
                && Objects.equals(labels, f.labels) && logLoss == f.logLoss && logitsVariant == f.logitsVariant
                && Objects.equals(epsilon, f.epsilon) && Objects.equals(gamma, f.gamma) && weighted == f.weighted
                && Double.compare(labelSmoothing, f.labelSmoothing) == 0 && Objects.equals(reduction, f.reduction)
                && elementWeights == f.elementWeights && classBalancing == f.classBalancing
                && Objects.equals(focalAlpha, f.focalAlpha);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(kind);
        h = 31 * h + Objects.hashCode(family);
        h = 31 * h + Objects.hashCode(input);
        h = 31 * h + Objects.hashCode(labels);
        h = 31 * h + Boolean.hashCode(logLoss);
        h = 31 * h + Boolean.hashCode(logitsVariant);
        h = 31 * h + Objects.hashCode(epsilon);
        h = 31 * h + Objects.hashCode(gamma);
        h = 31 * h + Boolean.hashCode(weighted);
        h = 31 * h + Double.hashCode(labelSmoothing);
        h = 31 * h + Objects.hashCode(reduction);
        h = 31 * h + Boolean.hashCode(elementWeights);
        h = 31 * h + Boolean.hashCode(classBalancing);
        h = 31 * h + Objects.hashCode(focalAlpha);
        return h;
    }
}
