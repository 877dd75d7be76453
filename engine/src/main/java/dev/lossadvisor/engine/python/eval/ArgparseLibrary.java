package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * argparse: a parser is the dict of what {@code parse_args()} gives when the script runs with no options, each
 * argument's {@code dest} (from {@code dest=}, else its first long option with dashes as underscores, else its name)
 * holding its {@code default=}, with {@code choices=} or without (the run as written; other values are the user's to
 * give, chosen from a list or not). A required argument, one
 * without a default (but its tests against None, see {@link Value.Unset}), a flag ({@code action="store_true"}: either
 * value may run) and {@code parse_args(argv)} given its own list are not known; one the user must give is known as that
 * option's ({@link Value.Required}). The values the code compares an argument with, and its choices, are followed in runs of
 * their own ({@link Options}).
 */
final class ArgparseLibrary implements Library {

    @Override
    public Value call(String name, Args args, Node call) {
        return name.equals("argparse.ArgumentParser") ? new Dict(Map.of()) : null;
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        if (!(receiver instanceof Dict)) return null;
        return switch (method) {
            case "parse_args" -> args.isEmpty() ? receiver : Value.UNKNOWN;
            case "parse_known_args" -> args.isEmpty() ? new Value.Items(List.of(receiver, Value.UNKNOWN)) : Value.UNKNOWN;
            default -> null;
        };
    }

    /** The parser after {@code parser.add_argument(...)} or {@code parser.set_defaults(...)}. */
    static Value added(Dict parser, String how, Args args) {
        Map<String, Value> values = new LinkedHashMap<>(parser.entries());
        if (how.equals("set_defaults")) {
            for (Node k : args.keywords()) values.put(k.field("name").text(), args.evaluator().eval(k.field("value"), args.context()));
            return new Dict(values);
        }
        String dest = dest(args);
        if (dest == null) return Value.UNKNOWN; // an argument whose name is computed: any key may be it
        values.put(dest, option(dest, args));
        return new Dict(values);
    }

    /** The argument's value in this run (its default, or the value the run pins it to), its choices its other values. */
    private static Value option(String dest, Args args) {
        String shown = "--" + dest.replace('_', '-');
        for (Node a : args.positional()) if (Literals.of(a) instanceof Literal l && l.value() instanceof String s && s.startsWith("-")) {
            shown = s;
            if (s.startsWith("--")) break;
        }
        Node place = args.node();
        boolean given = given(args);
        Options.Option o = new Options.Option(args.context().scope().file().path() + ":" + (place == null ? 0 : place.start()) + ":" + dest, given && !optional(args) ? "" : shown);
        Value v = args.evaluator().option(o, given ? new Value.Required(o) : value(args), args.context().scope());
        if (!given && args.keyword("choices") != null && args.value(-1, "choices") instanceof Value.Items choices) {
            List<Object> each = new ArrayList<>();
            for (Value c : choices.items()) if (c instanceof Literal l) each.add(l.value());
            args.evaluator().options().values(v, each);
        }
        return v;
    }

    private static String dest(Args args) {
        Value given = args.keyword("dest") == null ? null : args.value(-1, "dest");
        if (given != null) return given instanceof Literal l && l.value() instanceof String s ? s : null;
        List<String> flags = new ArrayList<>();
        for (Node a : args.positional()) {
            if (!(args.evaluator().eval(a, args.context()) instanceof Literal l && l.value() instanceof String s)) return null;
            flags.add(s);
        }
        for (String f : flags) if (f.startsWith("--")) return f.substring(2).replace('-', '_');
        if (flags.isEmpty()) return null;
        String first = flags.get(0);
        return first.startsWith("-") ? first.substring(1).replace('-', '_') : first;
    }

    /** A store_true flag whose default is True (store_false: False) holds it whether the flag is given or not; else not known. */
    private static Value constantFlag(Args args) {
        Value action = args.value(-1, "action");
        Value v = args.keyword("default") == null ? null : args.value(-1, "default");
        if (!(action instanceof Literal a) || !(v instanceof Literal d)) return Value.UNKNOWN;
        boolean constant = "store_true".equals(a.value()) && Boolean.TRUE.equals(d.value()) || "store_false".equals(a.value()) && Boolean.FALSE.equals(d.value());
        return constant ? v : Value.UNKNOWN;
    }

    /** An argument named by flags ({@code --resume}), not a positional one the user must give. */
    private static boolean optional(Args args) {
        return !args.positional().isEmpty() && args.positional().stream().allMatch(a -> Literals.of(a) instanceof Literal l && l.value() instanceof String s && s.startsWith("-"));
    }

    /**
     * An argument the user must give as one string: a positional one or one with {@code required=True}, with no default,
     * no {@code nargs=}, {@code action=} or {@code choices=}, and no {@code type=} but str.
     */
    private static boolean given(Args args) {
        Value required = args.keyword("required") == null ? null : args.value(-1, "required");
        boolean must = required instanceof Literal r ? Boolean.TRUE.equals(r.value()) : required == null && !optional(args) && !args.positional().isEmpty();
        Node type = args.keyword("type");
        return must && args.keyword("default") == null && args.keyword("nargs") == null && args.keyword("action") == null && args.keyword("choices") == null
                && (type == null || type.text().equals("str"));
    }

    /** What the argument holds with no option given: its default. */
    private static Value value(Args args) {
        Value required = args.keyword("required") == null ? null : args.value(-1, "required");
        if (required != null && !(required instanceof Literal r && Boolean.FALSE.equals(r.value()))) return Value.UNKNOWN;
        // a flag (action="store_true") is a choice of two values that never agree, unless its default is the value the flag
        // stores (store_true with default=True: True either way); other actions than "store" (what no action= does) are not modelled
        Value action = args.keyword("action") == null ? null : args.value(-1, "action");
        if (action != null && !(action instanceof Literal a && "store".equals(a.value()))) return constantFlag(args);
        if (args.keyword("default") == null) return optional(args) ? Value.UNSET : Value.UNKNOWN;
        Value v = args.value(-1, "default");
        Node type = args.keyword("type");
        if (v instanceof Literal l && l.value() instanceof String && type != null && !type.text().equals("str")) return Value.UNKNOWN; // converted by type=
        // with choices= too: the default is what the script runs as written (its README's command), as for an argument
        // without choices; the other values are followed in runs of their own (see Options)
        return v;
    }
}
