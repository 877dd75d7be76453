package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.CallSites;
import java.util.ArrayList;
import java.util.List;

/**
 * absl flags: {@code flags.DEFINE_integer("num_classes", 10, "...")} anywhere in the project makes
 * {@code FLAGS.num_classes} hold its default when the script runs with no flags (the run as written, as an argparse
 * default); {@code DEFINE_enum}'s other values are followed in runs of their own ({@link Options}), as argparse's
 * {@code choices=}. A flag defined twice with defaults that disagree, or with a default not written as a literal, is not
 * known; {@code DEFINE_multi_*} and {@code DEFINE_list} values are lists, not followed.
 */
final class AbslFlags {
    /** The definers followed (each takes the name, then the default), in a fixed order. */
    private static final List<String> DEFINERS = List.of("DEFINE_bool", "DEFINE_boolean", "DEFINE_enum", "DEFINE_float", "DEFINE_integer", "DEFINE_string");
    static final String FLAGS = "absl.flags.FLAGS";

    private AbslFlags() {}

    /** What {@code FLAGS.<name>} holds in this run, or null when no definer of the project names the flag. */
    static Value flag(String name, Evaluator ev, Context c) {
        List<Value> values = new ArrayList<>();
        for (String definer : DEFINERS) {
            for (CallSites.Site site : ev.project().callsNamed(definer, "absl", null)) {
                Context at = new Context(site.file().scopeOf(site.call()), site.call().start(), null, null, null, c.depth() + 1);
                if (!(ev.eval(site.call().field("function"), at) instanceof Value.Lib l) || !l.name().equals("absl.flags." + definer)) continue;
                Args args = new Args(site.call().field("arguments"), at, ev);
                if (!(args.value(0, "name") instanceof Literal n) || !name.equals(n.value())) continue;
                Options.Option o = new Options.Option(site.file().path() + ":" + site.call().start() + ":" + name, "--" + name);
                Value v = ev.option(o, args.value(1, "default"), at.scope());
                if (definer.equals("DEFINE_enum") && args.value(2, "enum_values") instanceof Value.Items choices) {
                    List<Object> each = new ArrayList<>();
                    for (Value x : choices.items()) if (x instanceof Literal e) each.add(e.value());
                    ev.options().values(v, each);
                }
                values.add(v);
            }
        }
        return values.isEmpty() ? null : values.size() == 1 ? values.get(0) : Joins.join(values);
    }
}
