package dev.lossadvisor.engine.python;

import dev.lossadvisor.engine.python.PythonProject.Scope;
import dev.lossadvisor.engine.python.Value.ClassRef;
import dev.lossadvisor.engine.python.Value.Flow;
import dev.lossadvisor.engine.python.Value.FunctionRef;
import dev.lossadvisor.engine.python.Value.Instance;
import dev.lossadvisor.engine.python.Value.KerasModel;
import dev.lossadvisor.engine.python.Value.Layer;
import dev.lossadvisor.engine.python.Value.Literal;
import dev.lossadvisor.engine.python.Value.Outputs;
import dev.lossadvisor.engine.python.Value.Qualified;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Follows a Python expression back to what it is: a model output (and the last activation applied to it), a model,
 * a layer, a loss. It follows local variables, self attributes set anywhere in the class, module names, imports
 * between the project's files, parameters through their call sites, and forward() of nn.Module subclasses. Whatever
 * it cannot follow is {@link Value#UNKNOWN}, and the caller then says nothing.
 */
final class Resolver {
    private static final int MAX_DEPTH = 24;
    /** Resolution steps one loss call may take: call sites multiply, and crafted code must not make a flow endless. */
    private static final int STEPS_PER_FLOW = 20_000;
    /** Tensor methods that keep what the tensor is (its activation) while changing its shape or device. */
    private static final Set<String> KEEPS = Set.of("to", "cuda", "cpu", "float", "double", "half", "contiguous", "view", "reshape",
            "squeeze", "unsqueeze", "flatten", "permute", "transpose", "clone", "detach", "eval", "train", "type_as", "view_as");

    private final PythonProject project;
    private final Calls calls;
    private int steps = STEPS_PER_FLOW;

    Resolver(PythonProject project, Calls calls) {
        this.project = project;
        this.calls = calls;
    }

    Value resolve(TSNode e, Scope s) {
        return resolve(e, s, 0);
    }

    /** A new loss call is followed: its own budget of steps. */
    void startFlow() {
        steps = STEPS_PER_FLOW;
    }

    Value resolve(TSNode e, Scope s, int depth) {
        if (e == null || depth > MAX_DEPTH || --steps < 0) return Value.UNKNOWN;
        Syntax x = s.syntax();
        return switch (e.getType()) {
            case "parenthesized_expression" -> Syntax.named(e).isEmpty() ? Value.UNKNOWN : resolve(Syntax.named(e).get(0), s, depth + 1);
            case "identifier" -> name(x.text(e), s, depth);
            case "attribute" -> attribute(e, s, depth);
            case "call" -> call(e, s, depth);
            case "subscript" -> subscript(e, s, depth);
            case "dictionary" -> dictionary(e, s, depth);
            case "integer", "float", "string", "true", "false", "none", "unary_operator", "list", "tuple" -> Literals.of(e, x);
            default -> Value.UNKNOWN;
        };
    }

    private Value name(String name, Scope s, int depth) {
        if (name.equals("self") && s.cls() != null) return new Instance(classRef(s.syntax(), s.cls()));
        if (s.function() != null) {
            TSNode local = lastAssignment(s.syntax(), s.function(), name, s.before());
            if (local != null) return assigned(local, name, new Scope(s.syntax(), s.function(), s.cls(), local.getStartByte()), depth);
            int parameter = parameterIndex(s.syntax(), s.function(), name);
            if (parameter >= 0) return calls.argument(s.syntax(), s.function(), s.cls(), name, parameter, depth + 1);
        } else {
            // a script's top level: assignments inside for, with and if blocks count too
            TSNode top = s.syntax().lastAssignment(name, 0, s.before(), null);
            if (top != null) return assigned(top, name, new Scope(s.syntax(), null, null, top.getStartByte()), depth);
        }
        return global(s.syntax(), name, depth);
    }

    /** A module-level name of this file: a class, a function, an assignment, or an import into another project file. */
    Value global(Syntax x, String name, int depth) {
        PythonProject.Index idx = project.index(x);
        TSNode cls = idx.classes.get(name);
        if (cls != null) return classRef(x, cls);
        TSNode fn = idx.functions.get(name);
        if (fn != null) return new FunctionRef(new Scope(x, fn, null, fn.getEndByte()));
        TSNode a = idx.assignments.get(name);
        if (a != null) return assigned(a, name, new Scope(x, null, null, a.getStartByte()), depth);
        String[] imported = idx.imports.get(name);
        if (imported == null) return new Qualified(name);
        String module = project.resolve(x, imported[0]);
        if (imported[1] == null) return new Qualified(project.module(module) == null ? module : "module:" + module);
        Path file = project.module(module + "." + imported[1]);
        if (file == null) file = project.module(module);
        Syntax other = file == null ? null : project.syntax(file);
        if (other == null || other == x) return new Qualified(module + "." + imported[1]);
        return global(other, imported[1], depth + 1);
    }

    /** True when a name is defined in the project (a def, a class, or an import from a project module), without parsing further. */
    boolean projectName(Syntax x, String name) {
        PythonProject.Index idx = project.index(x);
        if (idx.functions.containsKey(name) || idx.classes.containsKey(name)) return true;
        String[] imported = idx.imports.get(name);
        if (imported == null) return false;
        String module = project.resolve(x, imported[0]);
        return project.module(module) != null || imported[1] != null && project.module(module + "." + imported[1]) != null;
    }

    private Value attribute(TSNode e, Scope s, int depth) {
        Syntax x = s.syntax();
        TSNode object = Syntax.field(e, "object");
        String attr = x.text(Syntax.field(e, "attribute"));
        if (Syntax.is(object, "identifier") && x.text(object).equals("self") && s.cls() != null) {
            return selfAttribute(x, s.cls(), attr, depth);
        }
        Value o = resolve(object, s, depth + 1);
        if (o instanceof Qualified q) return attributeOf(q, attr, depth);
        if (o instanceof Instance i) return selfAttribute(i.type().definition().syntax(), i.type().definition().function(), attr, depth);
        return Value.UNKNOWN;
    }

    /** module.attr: a name in a project module, or a longer dotted library name. */
    private Value attributeOf(Qualified q, String attr, int depth) {
        if (!q.name().startsWith("module:")) return new Qualified(q.name() + "." + attr);
        String module = q.name().substring("module:".length());
        Path file = project.module(module + "." + attr);
        if (file != null) return new Qualified("module:" + module + "." + attr);
        file = project.module(module);
        Syntax other = file == null ? null : project.syntax(file);
        return other == null ? Value.UNKNOWN : global(other, attr, depth + 1);
    }

    /** self.attr: the last assignment to it in the class's methods, __init__ first. */
    private Value selfAttribute(Syntax x, TSNode cls, String attr, int depth) {
        TSNode body = Syntax.field(cls, "body");
        if (body == null) return Value.UNKNOWN;
        List<TSNode> methods = new ArrayList<>();
        for (TSNode m : Syntax.named(body)) {
            TSNode def = Syntax.is(m, "decorated_definition") ? Syntax.field(m, "definition") : m;
            if (Syntax.is(def, "function_definition")) methods.add(def);
        }
        methods.sort((a, b) -> Boolean.compare(!isInit(x, a), !isInit(x, b)));
        for (TSNode m : methods) {
            TSNode a = x.lastAssignment("self." + attr, m.getStartByte(), m.getEndByte(), m);
            if (a != null) return resolve(Syntax.field(a, "right"), new Scope(x, m, cls, a.getStartByte()), depth + 1);
        }
        return Value.UNKNOWN;
    }

    private static boolean isInit(Syntax x, TSNode fn) {
        return x.text(Syntax.field(fn, "name")).equals("__init__");
    }

    private Value call(TSNode e, Scope s, int depth) {
        Syntax x = s.syntax();
        TSNode function = Syntax.field(e, "function");
        TSNode args = Syntax.field(e, "arguments");
        Value callee;
        if (Syntax.is(function, "attribute")) {
            String method = x.text(Syntax.field(function, "attribute"));
            Value object = resolve(Syntax.field(function, "object"), s, depth + 1);
            if (object instanceof Qualified q) {
                callee = attributeOf(q, method, depth);
            } else if (object instanceof Instance i) {
                if (KEEPS.contains(method)) return object; // model.to(device), model.eval(): the same model
                callee = selfAttribute(i.type().definition().syntax(), i.type().definition().function(), method, depth);
            } else {
                String activation = Activations.ofTensorMethod(method);
                if (activation != null) return applied(activation, object, x.place(Syntax.field(function, "attribute")), "." + method + "()");
                return KEEPS.contains(method) ? object : Value.UNKNOWN;
            }
        } else {
            callee = resolve(function, s, depth + 1);
        }
        if (callee instanceof Qualified q) return Qualifieds.call(q.name(), e, s, this, depth);
        if (callee instanceof ClassRef c) return new Instance(c);
        if (callee instanceof Instance i) return forward(i.type(), depth);
        if (callee instanceof Layer l) return applyLayer(new Layer(l.activation(), l.units(), x.place(e), l.shown()), firstArgument(args), s, depth);
        if (callee instanceof FunctionRef f) return returned(f.definition(), depth);
        if (callee instanceof KerasModel m) return m.output() == null ? Value.UNKNOWN : m.output();
        return Value.UNKNOWN;
    }

    /** A layer applied to an input: a linear layer gives its width; an activation keeps the input's width. */
    Value applyLayer(Layer l, TSNode input, Scope s, int depth) {
        if (l.activation() == null) return Value.UNKNOWN;
        if (l.units() > 0 || l.activation().equals("linear")) return new Flow(l.activation(), l.units(), l.place(), l.shown());
        Value in = input == null ? Value.UNKNOWN : resolve(input, s, depth + 1);
        return new Flow(l.activation(), in instanceof Flow f ? f.units() : 0, l.place(), l.shown());
    }

    /** An activation applied to a tensor: the output keeps the tensor's width. */
    static Value applied(String activation, Value inner, SourcePlace place, String shown) {
        return new Flow(activation, inner instanceof Flow f ? f.units() : 0, place, shown);
    }

    private Value subscript(TSNode e, Scope s, int depth) {
        Syntax x = s.syntax();
        Value v = resolve(Syntax.field(e, "value"), s, depth + 1);
        TSNode key = Syntax.field(e, "subscript");
        if (v instanceof Outputs o && Syntax.is(key, "string")) {
            Flow f = o.byKey().get(Literals.string(key, x));
            return f == null ? Value.UNKNOWN : f;
        }
        return Value.UNKNOWN; // self.head[0], out[:, 0]: a sub-module or a slice, not the model's output
    }

    private Value dictionary(TSNode e, Scope s, int depth) {
        Map<String, Flow> byKey = new LinkedHashMap<>();
        for (TSNode pair : Syntax.named(e)) {
            if (!Syntax.is(pair, "pair") || !Syntax.is(Syntax.field(pair, "key"), "string")) continue;
            Value v = resolve(Syntax.field(pair, "value"), s, depth + 1);
            if (v instanceof Flow f) byKey.put(Literals.string(Syntax.field(pair, "key"), s.syntax()), f);
        }
        return byKey.isEmpty() ? Value.UNKNOWN : new Outputs(byKey);
    }

    /** What forward() returns, every return agreeing; a model whose returns differ is left alone. */
    Value forward(ClassRef c, int depth) {
        Syntax x = c.definition().syntax();
        TSNode cls = c.definition().function();
        TSNode forward = method(x, cls, "forward");
        if (forward == null) forward = method(x, cls, "call"); // a subclassed keras.Model
        if (forward == null) {
            TSNode parent = baseClass(x, cls);
            return parent == null ? Value.UNKNOWN : forwardOfBase(x, parent, depth);
        }
        return returned(new Scope(x, forward, cls, forward.getEndByte()), depth);
    }

    private Value forwardOfBase(Syntax x, TSNode baseName, int depth) {
        Value base = resolve(baseName, new Scope(x, null, null, Integer.MAX_VALUE), depth + 1);
        return base instanceof ClassRef c ? forward(c, depth + 1) : Value.UNKNOWN;
    }

    /** The value of a function's return statements, when they all agree. */
    Value returned(Scope fn, int depth) {
        Syntax x = fn.syntax();
        Value agreed = null;
        for (TSNode r : Syntax.find(Syntax.field(fn.function(), "body"), "return_statement")) {
            List<TSNode> values = Syntax.named(r);
            if (values.isEmpty()) continue;
            Value v = resolve(values.get(0), new Scope(x, fn.function(), fn.cls(), r.getStartByte()), depth + 1);
            if (agreed == null) agreed = v;
            else if (!same(agreed, v)) return Value.UNKNOWN;
        }
        return agreed == null ? Value.UNKNOWN : agreed;
    }

    private static boolean same(Value a, Value b) {
        if (a instanceof Flow f && b instanceof Flow g) return f.activation().equals(g.activation());
        return a.equals(b);
    }

    static TSNode method(Syntax x, TSNode cls, String name) {
        TSNode body = Syntax.field(cls, "body");
        if (body == null) return null;
        for (TSNode m : Syntax.named(body)) {
            TSNode def = Syntax.is(m, "decorated_definition") ? Syntax.field(m, "definition") : m;
            if (Syntax.is(def, "function_definition") && x.text(Syntax.field(def, "name")).equals(name)) return def;
        }
        return null;
    }

    /** The first base class expression of a class, or null. */
    private static TSNode baseClass(Syntax x, TSNode cls) {
        TSNode bases = Syntax.field(cls, "superclasses");
        if (bases == null) return null;
        for (TSNode b : Syntax.named(bases)) if (Syntax.is(b, "identifier") || Syntax.is(b, "attribute")) return b;
        return null;
    }

    ClassRef classRef(Syntax x, TSNode cls) {
        return new ClassRef(new Scope(x, cls, cls, cls.getEndByte()), x.text(Syntax.field(cls, "name")));
    }

    private Value assigned(TSNode assignment, String name, Scope s, int depth) {
        TSNode left = Syntax.field(assignment, "left");
        if (!Syntax.is(left, "identifier")) return Value.UNKNOWN; // a, b = ...: which element is which is not followed
        return resolve(Syntax.field(assignment, "right"), s, depth + 1);
    }


    /** The last assignment to {@code name} in a function before byte {@code before}. */
    TSNode lastAssignment(Syntax x, TSNode function, String name, int before) {
        TSNode body = Syntax.field(function, "body");
        return body == null ? null : x.lastAssignment(name, body.getStartByte(), before, function);
    }

    /** The position of a parameter among the positional parameters (self counted), or -1. */
    static int parameterIndex(Syntax x, TSNode function, String name) {
        TSNode params = Syntax.field(function, "parameters");
        if (params == null) return -1;
        List<TSNode> list = Syntax.named(params);
        for (int i = 0; i < list.size(); i++) {
            TSNode p = list.get(i);
            TSNode id = Syntax.is(p, "identifier") ? p : Syntax.field(p, "name");
            if (id == null && (Syntax.is(p, "typed_parameter"))) id = Syntax.named(p).isEmpty() ? null : Syntax.named(p).get(0);
            if (id != null && Syntax.is(id, "identifier") && x.text(id).equals(name)) return i;
        }
        return -1;
    }

    static TSNode firstArgument(TSNode args) {
        if (args == null) return null;
        for (TSNode a : Syntax.named(args)) if (!Syntax.is(a, "keyword_argument") && !Syntax.is(a, "comment")) return a;
        return null;
    }

    static TSNode keyword(Syntax x, TSNode args, String name) {
        if (args == null) return null;
        for (TSNode a : Syntax.named(args)) {
            if (Syntax.is(a, "keyword_argument") && x.text(Syntax.field(a, "name")).equals(name)) return Syntax.field(a, "value");
        }
        return null;
    }

    static List<TSNode> positional(TSNode args) {
        List<TSNode> out = new ArrayList<>();
        if (args == null) return out;
        for (TSNode a : Syntax.named(args)) if (!Syntax.is(a, "keyword_argument") && !Syntax.is(a, "comment")) out.add(a);
        return out;
    }

    /** A literal integer, or a name bound to one at module level (NUM_CLASSES = 10); 0 when unknown. */
    int integer(TSNode e, Scope s) {
        Value v = e == null ? Value.UNKNOWN : resolve(e, s, MAX_DEPTH - 4);
        return v instanceof Literal l && l.value() instanceof Double d && d == Math.rint(d) && d > 0 && d < 1e7 ? d.intValue() : 0;
    }
}
