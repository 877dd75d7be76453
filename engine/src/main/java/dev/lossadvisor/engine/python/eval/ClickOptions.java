package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A click command's parameters: click calls the function itself with what its {@code @click.option} decorators parse,
 * so a parameter holds its option's {@code default=} when no option is given, as an argparse default does, with
 * {@code type=click.Choice([...])} too; the values the code compares it with and its choices are followed in runs of
 * their own ({@link Options}). A flag, a required or multiple option, or one
 * without a default is not known.
 */
final class ClickOptions {
    private static final Set<String> OPTIONS = Set.of("click.option", "click.decorators.option");

    private ClickOptions() {}

    /** The value click gives a parameter of {@code fn}, or null when no option of the function names it. */
    static Value parameter(Scope fn, Binding b, Evaluator ev, Context c) {
        Node decorated = fn.node().parent();
        if (decorated == null || !decorated.is("decorated_definition")) return null;
        for (Node d : decorated.named()) {
            Node call = d.is("decorator") && !d.named().isEmpty() ? d.named().get(0) : null;
            if (call == null || !call.is("call")) continue;
            Context at = new Context(fn.parent(), decorated.start(), null, null, null, c.depth() + 1);
            if (!(ev.eval(call.field("function"), at) instanceof Value.Lib l) || !OPTIONS.contains(l.name())) continue;
            Args args = ev.arguments(call, at);
            if (b.name().equals(name(args))) return value(args, new Options.Option(fn.file().path() + ":" + call.start() + ":" + b.name(), shown(args, b.name())), fn);
        }
        return null;
    }

    /** The parameter an option fills: the name written without dashes, else the first long option's, else the first short one's. */
    private static String name(Args args) {
        List<String> decls = new ArrayList<>();
        for (Node a : args.positional()) if (Literals.of(a) instanceof Literal l && l.value() instanceof String s) decls.add(s);
        for (String s : decls) if (!s.startsWith("-")) return s;
        for (String s : decls) if (s.startsWith("--")) return s.substring(2).replace('-', '_').toLowerCase();
        return decls.isEmpty() ? null : decls.get(0).replaceFirst("^-+", "").replace('-', '_').toLowerCase();
    }

    /** How a user writes the option: its first long name, else its first name. */
    private static String shown(Args args, String parameter) {
        String first = null;
        for (Node a : args.positional()) if (Literals.of(a) instanceof Literal l && l.value() instanceof String s && s.startsWith("-")) {
            if (s.startsWith("--")) return s;
            if (first == null) first = s;
        }
        return first != null ? first : "--" + parameter.replace('_', '-');
    }

    /** The option's default in this run (or the value the run pins it to, see {@link Options}), its choices its other values. */
    private static Value value(Args args, Options.Option o, Scope fn) {
        for (String k : List.of("is_flag", "required", "multiple", "count", "prompt")) {
            if (args.keyword(k) != null && !(args.value(-1, k) instanceof Literal l && Boolean.FALSE.equals(l.value()))) return Value.UNKNOWN;
        }
        if (args.keyword("default") == null) return Value.UNKNOWN;
        Node type = args.keyword("type");
        if (type == null || type.text().equals("str")) return args.evaluator().option(o, args.value(-1, "default"), fn);
        Node choice = type.is("call") ? type.field("function") : null;
        if (choice == null || !(args.evaluator().eval(choice, args.context()) instanceof Value.Lib l) || !l.name().equals("click.Choice")) return Value.UNKNOWN;
        if (!(args.evaluator().arguments(type, args.context()).value(0, "choices") instanceof Value.Items items) || items.items().isEmpty()) return Value.UNKNOWN;
        // as an argparse argument with choices=: the default is the run as written, each other choice a run of its own
        Value v = args.evaluator().option(o, args.value(-1, "default"), fn);
        List<Object> each = new ArrayList<>();
        for (Value c : items.items()) if (c instanceof Literal x) each.add(x.value());
        args.evaluator().options().values(v, each);
        return v;
    }
}
