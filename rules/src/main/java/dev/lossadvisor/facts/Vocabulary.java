package dev.lossadvisor.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name the rules compare facts against, said once. The rule base checks the loss catalog and the decision
 * tables against these sets when it loads, and a test checks every string literal the DRL compares a fact field to.
 */
public final class Vocabulary {
    public static final List<String> FRAMEWORKS = List.of("keras", "pytorch", "djl");
    public static final List<String> TASKS = List.of("regression", "regression-outliers", "count", "binary", "soft-binary",
            "imbalanced-binary", "margin-binary", "multiclass", "multiclass-large", "distillation", "multilabel",
            "multilabel-imbalanced", "ordinal", "object-detection");
    public static final Set<String> TASK_FAMILIES = Set.of("regression", "binary", "multiclass", "multilabel", "ordinal", "detection", "unknown");
    public static final List<String> ACTIVATIONS = List.of("linear", "sigmoid", "softmax", "log_softmax", "tanh", "relu", "softplus",
            "log_sigmoid");
    /** Label formats a description may declare. */
    public static final List<String> DECLARED_LABELS = List.of("binary", "float", "one_hot", "integer", "multi_hot", "signed", "continuous");
    /**
     * Label formats only source code shows: targets taken as the max value of one-hot rows (y.max(1)[0]); one-hot rows
     * mixed by mixup or CutMix ({@code lam * y + (1 - lam) * y[perm]}) or smoothed by hand ({@code y * (1 - eps) + eps / K}), class distributions.
     */
    public static final List<String> SOURCE_LABELS = List.of("max_of_one_hot", "mixed_one_hot");

    public static final Set<String> LOSS_KINDS = Set.of("bce", "cce", "sparse_cce", "nll", "binary_focal", "categorical_focal",
            "mse", "mae", "huber", "log_cosh", "msle", "hinge", "squared_hinge", "categorical_hinge", "hinge_embedding",
            "soft_margin", "multilabel_soft_margin", "kl_divergence", "poisson", "gaussian_nll", "ctc", "multi_margin",
            "multilabel_margin", "cosine_embedding", "triplet_margin", "margin_ranking", "cosine_similarity", "dice", "tversky",
            "mape", "generalized_cce", "circle", "smooth_l1");
    public static final Set<String> LOSS_FAMILIES = Set.of("cross_entropy", "regression", "margin", "divergence", "count",
            "embedding", "sequence", "overlap");
    /** What a model emits (OutputForm) and what a loss takes (LossConfig.input). */
    public static final Set<String> OUTPUT_FORMS = Set.of("probabilities", "distribution", "logits", "scores", "log_probabilities",
            "values", "rates", "log_rates");
    /** The label format a loss expects (LossConfig.labels). */
    public static final Set<String> LOSS_LABELS = Set.of("binary", "one_hot", "integer", "class_or_distribution", "signed",
            "signed_or_binary", "multi_hot", "distribution", "continuous", "counts", "sequence", "padded_indices", "none");
    /** What sample or declared labels look like (LabelStats.kind, LabelForm.form). */
    public static final Set<String> LABEL_KINDS = Set.of("binary", "signed", "integer", "soft", "continuous", "one_hot", "multi_hot",
            "distribution", "float");
    public static final Set<String> REDUCTIONS = Set.of("mean", "sum", "none", "batchmean", "sum_over_batch_size", "auto");

    /** The set each fact field's string values belong to, by "Fact.field": what the DRL literal check uses. */
    public static final Map<String, Set<String>> FIELDS = Map.ofEntries(
            Map.entry("Task.kind", Set.copyOf(TASKS)), Map.entry("Task.family", TASK_FAMILIES),
            Map.entry("ModelInfo.task", Set.copyOf(TASKS)), Map.entry("ModelInfo.framework", Set.copyOf(FRAMEWORKS)),
            Map.entry("ModelInfo.labelFormat", java.util.stream.Stream.concat(DECLARED_LABELS.stream(), SOURCE_LABELS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet())),
            Map.entry("Framework.name", Set.copyOf(FRAMEWORKS)), Map.entry("Output.activation", Set.copyOf(ACTIVATIONS)),
            Map.entry("Output.over", Set.copyOf(ACTIVATIONS)),
            Map.entry("LossConfig.kind", LOSS_KINDS), Map.entry("LossConfig.family", LOSS_FAMILIES),
            Map.entry("LossConfig.input", OUTPUT_FORMS), Map.entry("LossConfig.labels", LOSS_LABELS),
            Map.entry("LossConfig.reduction", REDUCTIONS),
            Map.entry("OutputForm.form", OUTPUT_FORMS), Map.entry("LabelForm.form", LABEL_KINDS), Map.entry("LabelStats.kind", LABEL_KINDS),
            Map.entry("Recommendation.lossKind", LOSS_KINDS));

    private Vocabulary() {}

    /** @throws IllegalStateException naming the place when {@code value} is not in the set {@code field} takes */
    public static void check(String field, String value, String where) {
        Set<String> allowed = FIELDS.get(field);
        if (allowed == null) throw new IllegalStateException(where + ": no vocabulary for " + field);
        if (!allowed.contains(value)) throw new IllegalStateException(where + ": " + field + " '" + value + "' is not one of " + allowed);
    }
}
