package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.syntax.Node;

/**
 * An f-string whose every replacement field is a known string ({@code f"_{self.loss_name}_loss"} with loss_name "ce"):
 * the string it makes, so a getattr or a registry lookup by that name is followed. A field of another value (a number,
 * whose text Python may write otherwise than it is held here), or with a conversion or a format spec, is not known.
 */
final class FStrings {
    private FStrings() {}

    static Value of(Node e, Evaluator ev, Context c) {
        if (e.named().stream().noneMatch(p -> p.is("interpolation"))) return Literals.of(e);
        StringBuilder b = new StringBuilder();
        for (Node part : e.named()) {
            switch (part.type()) {
                case "string_start", "string_end" -> { }
                case "string_content" -> {
                    if (!part.named().isEmpty()) return Value.UNKNOWN; // escape sequences, {{ and }}: not read here
                    b.append(part.text());
                }
                case "interpolation" -> {
                    if (part.field("type_conversion") != null || part.field("format_specifier") != null) return Value.UNKNOWN;
                    if (!(ev.eval(part.field("expression"), c) instanceof Literal l && l.value() instanceof String s)) return Value.UNKNOWN;
                    b.append(s);
                }
                default -> {
                    return Value.UNKNOWN;
                }
            }
        }
        return new Literal(b.toString());
    }
}
