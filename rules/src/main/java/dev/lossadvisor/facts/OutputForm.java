package dev.lossadvisor.facts;

/**
 * What the final-layer outputs are: probabilities (independent, in [0, 1]), distribution (rows sum to 1),
 * log_probabilities, or scores (unbounded logits or other raw values).
 *
 * @param evidence how we know, in words
 * @param path     JSON pointer to the evidence
 */
public record OutputForm(String form, String evidence, String path) {}
