package dev.lossadvisor.facts;

/**
 * The final layer: its unit count, normalised activation (linear, sigmoid, softmax, log_softmax, tanh, relu, softplus)
 * and how many times in a row that activation is applied (2: a sigmoid of a sigmoid, seen in source code).
 */
public record Output(int units, String activation, int times) {
    public Output(int units, String activation) {
        this(units, activation, 1);
    }
}
