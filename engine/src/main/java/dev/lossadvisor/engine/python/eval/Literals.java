package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.List;

/** Python literals as values: numbers as Double, booleans, strings, None, and lists of numbers. */
final class Literals {
    private Literals() {}

    static Value of(Node e) {
        return switch (e.type()) {
            case "integer" -> integer(e.text());
            case "float" -> number(e.text());
            case "unary_operator" -> {
                Value v = e.named().isEmpty() ? Value.UNKNOWN : of(e.named().get(0));
                boolean minus = e.text().trim().startsWith("-");
                yield v instanceof Literal l && l.value() instanceof Double d ? new Literal(minus ? -d : d) : Value.UNKNOWN;
            }
            case "true" -> new Literal(Boolean.TRUE);
            case "false" -> new Literal(Boolean.FALSE);
            case "none" -> new Literal(null);
            // Python 2's `x` is repr(x), which the grammar reads as a string of the text x
            case "string" -> e.named().stream().anyMatch(c -> c.is("interpolation")) || e.startsWith("`") ? Value.UNKNOWN : new Literal(string(e));
            case "list", "tuple" -> numbers(e);
            default -> Value.UNKNOWN;
        };
    }

    /** Python 2's long (10L) and octal (0777) integers too. */
    private static Value integer(String text) {
        String digits = text.endsWith("L") || text.endsWith("l") ? text.substring(0, text.length() - 1) : text;
        if (digits.length() > 1 && digits.startsWith("0") && digits.chars().allMatch(d -> d >= '0' && d <= '7')) {
            return new Literal(new java.math.BigInteger(digits, 8).doubleValue());
        }
        return number(digits);
    }

    private static Value number(String text) {
        try {
            return new Literal(Double.parseDouble(text.replace("_", "")));
        } catch (NumberFormatException ex) {
            return Value.UNKNOWN;
        }
    }

    private static Value numbers(Node e) {
        List<Double> values = new ArrayList<>();
        for (Node c : e.named()) {
            if (of(c) instanceof Literal l && l.value() instanceof Double d) values.add(d);
            else return Value.UNKNOWN;
        }
        return new Literal(List.copyOf(values));
    }

    /** a op b for two numbers or two strings (==, !=, <, <=, >, >=), or null when not decided. */
    static Boolean compare(Object a, String op, Object b) {
        Boolean member = Enums.compare(a, op, b);
        if (member != null) return member;
        int order;
        if (a instanceof Double x && b instanceof Double y) order = Double.compare(x, y);
        else if (a instanceof String x && b instanceof String y) order = x.compareTo(y);
        else return null;
        return switch (op) {
            case "==" -> order == 0;
            case "!=" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            case ">=" -> order >= 0;
            default -> null;
        };
    }

    /** A string literal's content, without quotes or prefixes. */
    static String string(Node e) {
        StringBuilder b = new StringBuilder();
        for (Node c : e.named()) if (c.is("string_content")) b.append(c.text());
        return b.toString();
    }
}
