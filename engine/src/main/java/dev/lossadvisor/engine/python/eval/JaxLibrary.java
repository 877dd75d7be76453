package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.CallSites;
import dev.lossadvisor.engine.python.semantic.ItemStore;
import dev.lossadvisor.engine.python.semantic.Project;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.semantic.SourceFile;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JAX, Flax and Equinox: the activations of jax.nn, which flax.linen and flax.nnx re-export ({@code nn.softmax(logits)}),
 * applied to a tensor as torch's and TensorFlow's are, and {@code jax.nn.one_hot(y, K)} labels; the transforms a train
 * step goes through (jit and vmap give the function they trace, value_and_grad calls it and pairs its value with the
 * gradients); a Flax module's {@code apply} and a TrainState's {@code apply_fn}, which call the module. optax's losses on
 * logits are read where losses are called. Sequential stacks run their layers and activation functions in order, as
 * nn.Sequential does: flax.linen's {@code nn.Sequential([...])} (applied with {@code apply(variables, x)}),
 * {@code nnx.Sequential(*layers)}, {@code eqx.nn.Sequential([...])} with {@code eqx.nn.Lambda(fn)} and stax's
 * {@code serial(Dense(10), Softmax)}, whose pair's second function is the stack applied to the inputs after the params.
 */
final class JaxLibrary implements Library {
    private static final Set<String> MODULES = Set.of("jax.nn", "flax.linen", "flax.nnx");
    /** Transforms that trace a function and run it as it is: calling what they give calls the function. */
    private static final Set<String> TRACED = Set.of("jax.jit", "jax.vmap", "jax.pmap", "jax.checkpoint", "jax.remat", "equinox.filter_jit",
            "equinox.filter_vmap", "equinox.filter_pmap", "flax.nnx.jit", "flax.nnx.vmap", "flax.nnx.remat");
    /** Transforms whose result gives the pair (the function's value, its gradients). */
    private static final Set<String> VALUE_AND_GRAD = Set.of("jax.value_and_grad", "equinox.filter_value_and_grad", "flax.nnx.value_and_grad");
    /** Their last names, under which the project's calls of them are indexed: a list, as Set.of's order (and so the order of the call sites found) changes from one JVM start to the next. */
    private static final List<String> WRAPPER_NAMES = List.of("jit", "vmap", "pmap", "filter_jit", "filter_vmap", "value_and_grad", "filter_value_and_grad");
    /** The modules whose activation functions a sequential stack takes as layers (Sonnet's are TensorFlow's). */
    private static final Set<String> FUNCTION_MODULES = Set.of("jax.nn", "flax.linen", "flax.nnx", "tensorflow", "tensorflow.nn", "tensorflow.math");
    /** stax, under its current and its former home: its layers are values (Softmax) or made by calls (Dense(10)). */
    private static final List<String> STAX = List.of("jax.example_libraries.stax.", "jax.experimental.stax.");

    @Override
    public Value call(String name, Args args, Node call) {
        if (TRACED.contains(name)) return args.value(0, "fun");
        if (VALUE_AND_GRAD.contains(name)) return new Value.Wrapped(args.value(0, "fun"), 0, true);
        if (name.equals("equinox.apply_updates")) return args.value(0, "model"); // the model with its arrays updated: the same network
        if (name.equals("jax.numpy.exp")) return TorchLibrary.exp(args.value(0, "x"), call, "jnp.exp"); // jnp.exp(nn.log_softmax(z)): a softmax
        if (name.equals("jax.numpy.clip")) return TorchLibrary.clamped(args.value(0, "a")); // as torch.clamp
        Value layer = layer(name, args, call);
        if (layer != null) return layer;
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !MODULES.contains(name.substring(0, dot))) return null;
        String last = name.substring(dot + 1);
        if (last.equals("one_hot")) return new Value.Labels("one_hot", args.evaluator().integer(args.node(1, "num_classes"), args.context()), call.place());
        String activation = Activations.of(last);
        return activation == null || last.equals("linear") ? null : Libraries.applied(activation, args.value(0, "x"), call, name);
    }

    /**
     * The dense layers of Flax and Equinox, linear layers of known width (flax.linen.Dense(features), nnx.Linear(in, out),
     * eqx.nn.Linear(in, out)); eqx.nn.MLP ends in its final_activation (the identity unless given); null for another name.
     */
    private static Value layer(String name, Args args, Node call) {
        Evaluator ev = args.evaluator();
        return switch (name) {
            case "flax.linen.Dense" -> new Value.Layer("linear", ev.integer(args.node(0, "features"), args.context()), call.place(), "nn.Dense", null, false);
            case "flax.linen.Sequential", "equinox.nn.Sequential" -> stack(args.node(0, "layers"), args);
            case "flax.nnx.Sequential" -> stack(args.positional(), args);
            case "equinox.nn.Lambda" -> args.node(0, "fn") == null ? Value.UNKNOWN : stacked(args.value(0, "fn"), args.node(0, "fn"));
            case "flax.nnx.Linear", "equinox.nn.Linear" -> new Value.Layer("linear", ev.integer(args.node(1, "out_features"), args.context()), call.place(),
                    name.startsWith("flax") ? "nnx.Linear" : "eqx.nn.Linear", null, false);
            case "equinox.nn.MLP" -> {
                Value fin = args.given(5, "final_activation");
                String activation = fin == null ? "linear" : fin instanceof Value.Lib l && l.name().startsWith("jax.nn.") ? Activations.of(l.name().substring("jax.nn.".length())) : null;
                yield activation == null ? Value.UNKNOWN : new Value.Layer(activation, ev.integer(args.node(1, "out_size"), args.context()),
                        (args.node(5, "final_activation") == null ? call : args.node(5, "final_activation")).place(), "eqx.nn.MLP", null, true);
            }
            default -> stax(name, args, call);
        };
    }

    /** stax.serial(...) gives (init_fn, apply_fn), apply_fn(params, x) running the layers; stax.Dense(n) is a linear layer; null for another name. */
    private static Value stax(String name, Args args, Node call) {
        String prefix = STAX.stream().filter(name::startsWith).findFirst().orElse(null);
        if (prefix == null) return null;
        return switch (name.substring(prefix.length())) {
            case "serial" -> new Value.Items(List.of(Value.UNKNOWN, new Value.Wrapped(stack(args.positional(), args), 1, false)));
            case "Dense" -> new Value.Layer("linear", args.evaluator().integer(args.node(0, "out_dim"), args.context()), call.place(), "stax.Dense", null, false);
            default -> null;
        };
    }

    /**
     * A sequential stack given as a list literal, or as a list name filled by appends in this scope (each activation
     * function a layer at the line of the append that adds it); unknown for another expression (its items' places are not known).
     */
    static Value stack(Node list, Args args) {
        if (list != null && (list.is("list") || list.is("tuple"))) return stack(list.named(), args);
        if (list == null || !list.is("identifier") || !(args.evaluator().eval(list, args.context()) instanceof Value.Items items)) return Value.UNKNOWN;
        List<Value> layers = new ArrayList<>();
        for (Value v : items.items()) layers.add(v instanceof Value.Lib ? appended(v, list, args) : v);
        return TorchLibrary.sequential(layers);
    }

    /** A function a list holds, as the layer the append that adds it makes; unknown when no append of this scope adds it (its place is not known). */
    private static Value appended(Value fn, Node list, Args args) {
        for (ItemStore st : args.context().scope().stores(list.text())) {
            boolean adds = st.how().equals("append") || st.how().equals("insert");
            if (adds && st.value() != null && st.offset() < list.start() && fn.equals(args.evaluator().eval(st.value(), args.context()))) return stacked(fn, st.value());
        }
        return Value.UNKNOWN;
    }

    /** The stack of these items in order: each evaluated, an activation function taken as a layer on its own line. */
    private static Value stack(List<Node> items, Args args) {
        List<Value> layers = new ArrayList<>();
        for (Node item : items) {
            if (item.is("list_splat")) return Value.UNKNOWN; // nnx.Sequential(*blocks): what the splat holds is not read here
            layers.add(stacked(args.evaluator().eval(item, args.context()), item));
        }
        return TorchLibrary.sequential(layers);
    }

    /** An item of a stack: a jax.nn/flax/tf.nn activation function or a stax activation layer is a layer at {@code at}; anything else as it is. */
    private static Value stacked(Value v, Node at) {
        if (!(v instanceof Value.Lib l)) return v;
        int dot = l.name().lastIndexOf('.');
        String module = dot < 0 ? "" : l.name().substring(0, dot);
        String activation = FUNCTION_MODULES.contains(module) ? Activations.ofFunction(l.name())
                : STAX.contains(module + ".") ? Activations.of(l.name().substring(dot + 1)) : null;
        return activation == null ? v : new Value.Layer(activation, 0, at.place(), l.name(), null, true);
    }

    /** {@code module.apply(variables, x)} on a Flax layer or stack (torch's {@code Module.apply(fn)} takes one argument): the layer applied to x. */
    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return receiver instanceof Value.Layer l && method.equals("apply") && args.positional().size() > 1 ? Libraries.applyLayer(l, args.afterFirst(), call) : null;
    }

    /**
     * Calling a wrapped function: the function on the arguments after those the library takes. Flax's
     * {@code apply(v, x, method=Model.encode)} runs another method (not followed), and with {@code mutable=[...]} gives
     * the pair (output, updated collections).
     */
    static Value called(Value.Wrapped w, Args args, Node call, Context c) {
        Args passed = args;
        for (int i = 0; i < w.dropped(); i++) passed = passed.afterFirst();
        if (passed.keyword("method") != null) return Value.UNKNOWN;
        Node mutable = passed.keyword("mutable");
        Value v = args.evaluator().apply(w.fn(), passed, call, c);
        return w.paired() || mutable != null && !mutable.is("false") ? new Value.Items(List.of(v, Value.UNKNOWN)) : v;
    }

    /** {@code model.apply(variables, x)} on a flax.linen module of the project: its {@code __call__} on x; unknown on any other object. */
    static Value flaxApply(Value.Instance i, Evaluator ev, Context c) {
        Value.Function call = ev.extendsLibrary(i.type(), c, "flax.linen.Module") ? ev.invoked(i, c) : null;
        return call == null ? Value.UNKNOWN : new Value.Wrapped(call, 1, false);
    }

    /**
     * {@code state.apply_fn} of a train state not known (the parameter of a jitted train step): the apply_fn every
     * {@code TrainState.create(apply_fn=...)} of the project is given, all agreeing; null when the project makes none.
     */
    static Value stateApply(Context c, Evaluator ev) {
        List<Value> given = new ArrayList<>();
        for (CallSites.Site site : ev.project().callsNamed("create", c.scope().file())) {
            Context at = new Context(site.file().scopeOf(site.call()), site.call().start(), null, null, null, c.depth() + 1);
            if (!(ev.eval(site.call().field("function"), at) instanceof Value.Lib l && l.name().endsWith("train_state.TrainState.create"))) continue;
            given.add(new Args(site.call().field("arguments"), at, ev).value(-1, "apply_fn"));
        }
        return given.isEmpty() ? null : Joins.join(given);
    }

    /**
     * The calls of a function made through a transform ({@code eqx.filter_value_and_grad(loss)(model, x, y)}, or
     * {@code step = jax.jit(train_step)}, then {@code step(state, batch)}): the outer call, or the calls of the name the
     * transformed function is bound to. The evaluator checks that the callee is the function.
     */
    static List<CallSites.Site> wrappedCalls(String called, SourceFile home, Project project) {
        List<CallSites.Site> out = new ArrayList<>();
        for (String w : WRAPPER_NAMES) {
            for (CallSites.Site s : project.callsNamed(w, home)) {
                Node args = s.call().field("arguments");
                Node first = args == null || args.named().isEmpty() ? null : args.named().get(0);
                if (first == null || !first.text().equals(called) && !first.text().endsWith("." + called)) continue;
                Node outer = s.call();
                Node parent = outer.parent();
                if (parent != null && parent.is("call") && outer.equals(parent.field("function"))) out.add(new CallSites.Site(s.file(), parent));
                Node left = parent != null && parent.is("assignment") ? parent.field("left") : null;
                if (left != null && left.is("identifier")) out.addAll(project.callsNamed(left.text(), s.file()));
            }
        }
        return out;
    }

    /**
     * A parameter of a step function that no call of the project reaches and that JAX compiles ({@code @eqx.filter_jit def
     * make_step(model, opt_state, x, y)} in a script): the network object the script binds under the same name at
     * module level; unknown when the name holds anything else there or the function is not a compiled one of its module.
     */
    static Value scriptModel(Scope fn, Binding b, Evaluator ev, Context c) {
        if (fn.parent() == null || fn.parent().kind() != Scope.Kind.MODULE || !compiled(fn, ev, c)) return Value.UNKNOWN;
        Value v = ev.global(fn.file(), b.name(), c);
        // a network class of the project, or a library's (eqx.nn.MLP)
        return v instanceof Value.Instance i && ev.extendsLibrary(i.type(), c, ".Module", ".Model") || v instanceof Value.Layer ? v : Value.UNKNOWN;
    }

    /** Whether a function's decorators include a JAX compiling transform (@jax.jit, @eqx.filter_jit, @nnx.jit). */
    private static boolean compiled(Scope fn, Evaluator ev, Context c) {
        Node p = fn.node().parent();
        if (p == null || !p.is("decorated_definition")) return false;
        Context at = c.within(fn.parent(), fn.node().start());
        for (Node d : p.named()) {
            if (d.is("decorator") && !d.named().isEmpty() && ev.eval(d.named().get(0), at) instanceof Value.Lib l && TRACED.contains(l.name())) return true;
        }
        return false;
    }
}
