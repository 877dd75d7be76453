package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Layer;
import dev.lossadvisor.engine.python.eval.Value.KerasModel;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.eval.Value.Tensor;
import dev.lossadvisor.engine.python.syntax.SourcePlace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The output of a stack of Keras layers: the last one, with an Activation layer taking the width of the Dense before it
 * (applying that Dense's own activation a second time when they are the same, or over the one it changes, see
 * {@link Tensor#after}).
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
        Tensor under = null;
        // an Activation or Softmax layer takes the width of the Dense before it; a Dense of unknown width is still the output
        if (units == 0 && !last.activation().equals("linear") && !ownWidth(last) && layers.size() > 1) {
            Layer before = layers.get(layers.size() - 2);
            if (before == null || before.activation() == null) return null;
            if (last.activation().equals(before.activation())) times = 2; // Dense(1, activation="sigmoid") then Activation("sigmoid")
            else if (!"linear".equals(before.activation())) under = new Tensor(before.activation(), before.units(), before.place(), before.shown(), before.name(), List.of());
            units = before.units();
        }
        Tensor out = new Tensor(last.activation(), units, last.place(), last.shown(), last.name(), List.of(last.shown()), List.of(), times);
        if (under == null) return out;
        // Dense(K, activation="relu") then Activation("softmax"): read only where the tensor keeps what it was applied over
        Tensor over = out.after(under);
        return over.over().isEmpty() ? null : over;
    }

    /**
     * The model after {@code model.layers[index].attr = value}: Keras layers read their activation when called, so an
     * activation set on the last layer is the one the model's output goes through from then on (None: the raw scores, as
     * Grad-CAM code does). Another attribute (trainable) changes no output; an activation set on another layer, or one
     * not known, leaves the output unknown.
     */
    static KerasModel reset(KerasModel m, Value index, String attr, Value value, SourcePlace at) {
        if (!attr.equals("activation")) return m;
        int n = m.layers().size();
        boolean last = index instanceof Literal l && l.value() instanceof Number i && (i.intValue() == -1 || n > 0 && i.intValue() == n - 1);
        // a name ("softmax") set there is not called as an activation (Keras calls the attribute): only None or a function
        boolean function = value instanceof Literal l ? l.value() == null : value instanceof Value.Lib;
        String activation = last && function && m.heads().isEmpty() ? KerasLibrary.activation(value) : null;
        Tensor out = m.output();
        if (activation == null || out == null) return new KerasModel(null, m.layers(), Map.of());
        if (n > 0) {
            List<Layer> layers = new ArrayList<>(m.layers());
            Layer was = layers.get(n - 1);
            if (was == null) return new KerasModel(null, m.layers(), Map.of());
            layers.set(n - 1, new Layer(activation, was.units(), at, was.shown(), was.name(), true));
            return new KerasModel(output(layers), layers, Map.of());
        }
        // a functional model's last layer is the one its output comes from when that is one Dense or convolution
        if (!(out.shown().equals("Dense") || out.shown().startsWith("Conv")) || out.steps().size() != 1 || out.times() != 1) return new KerasModel(null, m.layers(), Map.of());
        return new KerasModel(new Tensor(activation, out.units(), at, out.shown(), out.name(), List.of(out.shown())), m.layers(), Map.of());
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
