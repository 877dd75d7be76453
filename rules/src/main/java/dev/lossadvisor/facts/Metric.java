package dev.lossadvisor.facts;

/**
 * A metric the model was compiled with, as written (accuracy, binary_accuracy, AUC, mae, ...).
 * The rules judge what kind of task a metric implies.
 */
public record Metric(String name) {}
