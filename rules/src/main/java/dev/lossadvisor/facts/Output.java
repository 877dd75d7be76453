package dev.lossadvisor.facts;

/** The final layer: its unit count and normalised activation (linear, sigmoid, softmax, log_softmax, tanh, relu, softplus). */
public record Output(int units, String activation) {}
