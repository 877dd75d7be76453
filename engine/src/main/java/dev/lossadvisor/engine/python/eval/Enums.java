package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.ClassDef;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.syntax.Node;

/**
 * Members of a plain {@code enum.Enum}: {@code Head.PROBS} is an object equal only to itself, so
 * {@code Head.PROBS == "probs"} is False in Python; read as its value it would decide the test the other way. A class
 * that mixes in {@code str} or {@code int} (or is a StrEnum, IntEnum, IntFlag) compares equal to its values, so its
 * members stay their values.
 */
final class Enums {
    private Enums() {}

    /**
     * A member of an enum class, carried as a literal's value: equal to the same member only; a member of a str or int
     * enum ({@code valued}) is equal to its value too, but identical ({@code is}) to itself only.
     */
    record Member(ClassDef type, String name, Value value, boolean valued) {}

    /**
     * {@code cls.attr} read on class {@code k}: a plain enum's member in place of the literal it is assigned; a str or
     * int enum's member is its value, except for an evaluator that keeps members to decide an {@code is}.
     */
    static Value member(Evaluator ev, ClassDef k, String attr, Value value, Context c) {
        if (!(value instanceof Literal || isClass(value)) || !isEnum(ev, k, c)) return value;
        boolean valued = ev.extendsLibrary(k, c, "str", "int", "enum.StrEnum", "enum.IntEnum", "enum.IntFlag", "enum.ReprEnum");
        return valued && !ev.keepsMembers() ? value : new Literal(new Member(k, attr, value, valued));
    }

    static boolean isEnum(Evaluator ev, ClassDef k, Context c) {
        return ev.extendsLibrary(k, c, "enum.Enum", "enum.Flag", "enum.StrEnum", "enum.IntEnum", "enum.IntFlag");
    }

    /**
     * CE = nn.CrossEntropyLoss in an enum body is a member whose value is the class (a class is no descriptor), while a
     * function or lambda there is a method; a library name spelled as a class (capitalised) is taken for a class.
     */
    private static boolean isClass(Value v) {
        return v instanceof ClassDef || v instanceof Value.Lib l && !l.name().endsWith(".") && Character.isUpperCase(l.name().charAt(l.name().lastIndexOf('.') + 1));
    }

    /** {@code member.value}, {@code member.name} and a method of the enum class bound to the member; nothing else of a member is followed. */
    static Value attribute(Literal member, String attr) {
        Member m = (Member) member.value();
        Node def = m.type().scope().methods().get(attr);
        return switch (attr) {
            case "value" -> m.value();
            case "name" -> new Literal(m.name());
            default -> def != null ? new Value.Function(m.type().scope().child(def), member) : Value.UNKNOWN;
        };
    }

    /**
     * {@code Task("binary")}: the member of enum class {@code k} whose value the one argument equals; null when the
     * class is no enum or the call is not one literal, unknown when no member has that value.
     */
    static Value byValue(Evaluator ev, ClassDef k, Args args, Context c) {
        if (!isEnum(ev, k, c) || args.positional().size() != 1 || !args.keywords().isEmpty() || !(args.value(0, null) instanceof Literal given)) return null;
        for (String name : k.scope().names()) {
            Value member = ev.attributeOf(k, name, c); // a str or int enum's member may be read as its value
            Value value = member instanceof Literal l && l.value() instanceof Member m ? m.value() : member;
            if (value instanceof Literal v && v.value() != null && !(v.value() instanceof Member) && v.value().equals(given.value())) return member;
        }
        return Value.UNKNOWN;
    }

    /** ==, !=, is and is not between literal values when one is a member (null: not a member comparison, or not known). */
    static Boolean compare(Object a, String op, Object b) {
        if (!(a instanceof Member || b instanceof Member) || a == null || b == null) return null;
        if (op.equals("==") || op.equals("!=")) {
            Object x = equalAs(a);
            Object y = equalAs(b);
            return x == null || y == null ? null : op.equals("==") == x.equals(y);
        }
        return switch (op) {
            case "is" -> a.equals(b);
            case "is not" -> !a.equals(b);
            default -> null;
        };
    }

    /** What a value is compared by with ==: a str or int enum member by its value, anything else by itself. */
    private static Object equalAs(Object v) {
        if (!(v instanceof Member m) || !m.valued()) return v;
        return m.value() instanceof Literal l ? l.value() : null;
    }
}
