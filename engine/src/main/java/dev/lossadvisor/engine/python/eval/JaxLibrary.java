package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.syntax.Node;
import java.util.Set;

/**
 * JAX and Flax: the activations of jax.nn, which flax.linen and flax.nnx re-export ({@code nn.softmax(logits)}), applied
 * to a tensor as torch's and TensorFlow's are, and {@code jax.nn.one_hot(y, K)} labels. optax's losses on logits are read
 * where losses are called.
 */
final class JaxLibrary implements Library {
    private static final Set<String> MODULES = Set.of("jax.nn", "flax.linen", "flax.nnx");

    @Override
    public Value call(String name, Args args, Node call) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !MODULES.contains(name.substring(0, dot))) return null;
        String last = name.substring(dot + 1);
        if (last.equals("one_hot")) return new Value.Labels("one_hot", args.evaluator().integer(args.node(1, "num_classes"), args.context()), call.place());
        String activation = Activations.of(last);
        return activation == null || last.equals("linear") ? null : Libraries.applied(activation, args.value(0, "x"), call, name);
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }
}
