package dev.lossadvisor.facts;

/**
 * A loss name the catalog does not know for the framework: a custom loss, a typo, or one Loss Advisor lacks.
 * No LossConfig is inserted for it, so the rules that judge the loss stay silent instead of guessing.
 *
 * @param nearest the closest known names, comma-separated, or empty
 */
public record UnknownLoss(String name, String framework, String nearest) {}
