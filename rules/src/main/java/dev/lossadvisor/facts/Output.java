package dev.lossadvisor.facts;

import java.util.Objects;

/**
 * The final layer: its unit count, normalised activation (linear, sigmoid, softmax, log_softmax, tanh, relu, softplus, log_sigmoid: the log of independent sigmoids)
 * and how many times in a row that activation is applied (2: a sigmoid of a sigmoid, seen in source code), and the axis a
 * softmax or log_softmax normalises when source code names one other than the class axis (0: the batch axis), else -1,
 * and the activation the final one is applied over when source code shows one that changes what it gives ("log_softmax":
 * a sigmoid of log-probabilities; "relu" or "softplus": a softmax of scores clipped at 0), else "".
 */
public record Output(int units, String activation, int times, int axis, String over) {
    public Output(int units, String activation, int times, int axis) {
        this(units, activation, times, axis, "");
    }

    public Output(int units, String activation) {
        this(units, activation, 1);
    }

    public Output(int units, String activation, int times) {
        this(units, activation, times, -1);
    }

    // written out (see package-info)
    @Override
    public boolean equals(Object o) {
        return o instanceof Output f && units == f.units && Objects.equals(activation, f.activation) && times == f.times
                && axis == f.axis && Objects.equals(over, f.over);
    }

    @Override
    public int hashCode() {
        int h = units;
        h = 31 * h + Objects.hashCode(activation);
        h = 31 * h + times;
        h = 31 * h + axis;
        h = 31 * h + Objects.hashCode(over);
        return h;
    }
}
