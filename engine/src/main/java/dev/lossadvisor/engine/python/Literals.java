package dev.lossadvisor.engine.python;

import dev.lossadvisor.engine.python.Value.Literal;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/** Python literals as option values: numbers as Double, booleans, strings, None, and lists of numbers. */
final class Literals {
    private Literals() {}

    static Value of(TSNode e, Syntax x) {
        return switch (e.getType()) {
            case "integer", "float" -> number(x.text(e));
            case "unary_operator" -> {
                List<TSNode> operand = Syntax.named(e);
                Value v = operand.isEmpty() ? Value.UNKNOWN : of(operand.get(0), x);
                boolean minus = x.text(e).trim().startsWith("-");
                yield v instanceof Literal l && l.value() instanceof Double d ? new Literal(minus ? -d : d) : Value.UNKNOWN;
            }
            case "true" -> new Literal(Boolean.TRUE);
            case "false" -> new Literal(Boolean.FALSE);
            case "none" -> new Literal(null);
            case "string" -> Syntax.named(e).stream().anyMatch(c -> Syntax.is(c, "interpolation")) ? Value.UNKNOWN : new Literal(string(e, x));
            case "list", "tuple" -> list(e, x);
            default -> Value.UNKNOWN;
        };
    }

    private static Value number(String text) {
        try {
            return new Literal(Double.parseDouble(text.replace("_", "")));
        } catch (NumberFormatException ex) {
            return Value.UNKNOWN;
        }
    }

    private static Value list(TSNode e, Syntax x) {
        List<Double> values = new ArrayList<>();
        for (TSNode c : Syntax.named(e)) {
            if (of(c, x) instanceof Literal l && l.value() instanceof Double d) values.add(d);
            else return Value.UNKNOWN;
        }
        return new Literal(List.copyOf(values));
    }

    /** A string literal's content, without quotes or prefixes. */
    static String string(TSNode e, Syntax x) {
        StringBuilder b = new StringBuilder();
        for (TSNode c : Syntax.named(e)) if (Syntax.is(c, "string_content")) b.append(x.text(c));
        return b.toString();
    }
}
