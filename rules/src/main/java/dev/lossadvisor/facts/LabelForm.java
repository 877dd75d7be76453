package dev.lossadvisor.facts;

/**
 * What the labels are: binary, soft, signed, integer, one_hot, multi_hot or continuous.
 *
 * @param evidence how we know, in words
 * @param path     JSON pointer to the evidence
 */
public record LabelForm(String form, String evidence, String path) {}
