package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Layer;
import dev.lossadvisor.engine.python.eval.Value.Tensor;
import java.util.List;

/**
 * The output of a stack of Keras layers: the last one, with an Activation layer taking the width of the Dense before it
 * (applying that Dense's own activation a second time when they are the same).
 */
final class KerasStack {
    private KerasStack() {}

    /** Null when the last layer is not one the analysis knows (a Dropout, a custom layer): nothing is said then. */
    static Tensor output(List<Layer> layers) {
        if (layers.isEmpty()) return null;
        Layer last = layers.get(layers.size() - 1);
        if (last != null && identity(last)) return output(layers.subList(0, layers.size() - 1));
        if (last == null || last.activation() == null) return null;
        int units = last.units();
        int times = 1;
        // an Activation or Softmax layer takes the width of the Dense before it; a Dense of unknown width is still the output
        if (units == 0 && !last.activation().equals("linear") && !ownWidth(last) && layers.size() > 1) {
            Layer before = layers.get(layers.size() - 2);
            if (before == null) return null;
            if (last.activation().equals(before.activation())) times = 2; // Dense(1, activation="sigmoid") then Activation("sigmoid")
            else if (!"linear".equals(before.activation())) return null;
            units = before.units();
        }
        return new Tensor(last.activation(), units, last.place(), last.shown(), last.name(), List.of(last.shown()), List.of(), times);
    }

    /** A layer whose output width is its own (Dense units, a convolution's filters), known or not, not its input's. */
    static boolean ownWidth(Layer l) {
        return l.shown().equals("Dense") || l.shown().startsWith("Conv");
    }

    /** An Activation("linear") (or None) layer: the identity, as mixed-precision code uses it to cast the output to float32. */
    static boolean identity(Layer l) {
        return l.shown().equals("Activation") && "linear".equals(l.activation());
    }
}
