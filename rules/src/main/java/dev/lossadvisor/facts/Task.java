package dev.lossadvisor.facts;

/**
 * The task the rules settled on.
 *
 * @param kind     e.g. binary, soft-binary, imbalanced-binary, multiclass, multilabel, regression, ordinal
 * @param family   regression, binary, multiclass, multilabel, ordinal or detection
 * @param evidence why this task was chosen, in words
 */
public record Task(String kind, String family, String evidence) {}
