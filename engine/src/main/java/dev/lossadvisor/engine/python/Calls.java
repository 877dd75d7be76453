package dev.lossadvisor.engine.python;

import dev.lossadvisor.engine.python.PythonProject.Scope;
import dev.lossadvisor.engine.python.Value.Flow;
import dev.lossadvisor.engine.python.Value.FunctionRef;
import dev.lossadvisor.engine.python.Value.Instance;
import dev.lossadvisor.engine.python.Value.Loss;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * A function's parameter, followed to what its callers pass: train(model, loader, criterion) called from main() with
 * Net() and nn.CrossEntropyLoss(). Every call site in the project must agree, or the parameter stays unknown.
 */
final class Calls {
    private static final int MAX_CALL_SITES = 16;
    private static final int MAX_UNPARSED_CALLER_CHARS = 64_000;
    private final PythonProject project;
    private final java.util.Map<String, Value> known = new java.util.HashMap<>();
    private Resolver resolver;

    Calls(PythonProject project) {
        this.project = project;
    }

    void use(Resolver r) {
        this.resolver = r;
    }

    /** What a parameter is given, remembered per parameter: every flow through train(model, ...) asks the same. */
    Value argument(Syntax x, TSNode function, TSNode cls, String name, int index, int depth) {
        String key = x.file + "@" + function.getStartByte() + ":" + name;
        Value v = known.get(key);
        if (v == null) {
            known.put(key, Value.UNKNOWN); // a recursive function asking about itself gets no answer, not a loop
            v = callSites(x, function, cls, name, index, depth);
            known.put(key, v);
        }
        return v;
    }

    private Value callSites(Syntax x, TSNode function, TSNode cls, String name, int index, int depth) {
        String fname = x.text(Syntax.field(function, "name"));
        // a method's callers go through an object of its class: trainer.fit(model, ...) (self not among the arguments);
        // __init__'s callers construct the class: Trainer(model, criterion)
        boolean method = cls != null && !fname.equals("__init__");
        if (cls != null) {
            if (index == 0) return Value.UNKNOWN;
            if (!method) fname = x.text(Syntax.field(cls, "name"));
            index--;
        }
        Pattern call = Pattern.compile((method ? "(?<=\\.)" : "(?<![\\w])") + Pattern.quote(fname) + "\\s*\\(");
        Value agreed = null;
        int sites = 0;
        Path home = project.fileOf(x);
        String module = home == null ? "" : home.getFileName().toString().replaceAll("\\.pyw?$", "");
        for (Path f : project.files()) {
            String text = project.text(f);
            if (text == null || !text.contains(fname + "(")) continue;
            // a caller is the defining file or one that imports from it: other files are not parsed on a name's chance
            if (!f.equals(home) && !(text.contains("import") && text.contains(module))) continue;
            // a big file not parsed yet is library code calling a wrapper, not the script that trains: not worth a parse
            if (!project.parsedAlready(f) && text.length() > MAX_UNPARSED_CALLER_CHARS) continue;
            Matcher m = call.matcher(text);
            while (m.find()) {
                Syntax caller = project.syntax(f);
                if (caller == null) break;
                TSNode site = callAt(caller, m.start(), fname);
                if (site == null) continue;
                Scope scope = scopeOf(caller, site);
                if (method ? !onInstance(site, scope, cls, x, depth) : !calls(resolver.resolve(Syntax.field(site, "function"), scope, depth + 1),
                        cls != null ? cls : function, x)) {
                    continue;
                }
                TSNode args = Syntax.field(site, "arguments");
                TSNode arg = Resolver.keyword(caller, args, name);
                if (arg == null && index < Resolver.positional(args).size()) arg = Resolver.positional(args).get(index);
                Value v = arg == null ? Value.UNKNOWN : resolver.resolve(arg, scope, depth + 1);
                if (agreed == null) agreed = v;
                else if (!agree(agreed, v)) return Value.UNKNOWN;
                if (++sites >= MAX_CALL_SITES) return Value.UNKNOWN;
            }
        }
        return agreed == null ? Value.UNKNOWN : agreed;
    }

    /** True when a method call's receiver is an object of this class (self inside it, or an instance made of it). */
    private boolean onInstance(TSNode site, Scope scope, TSNode cls, Syntax x, int depth) {
        TSNode fn = Syntax.field(site, "function");
        if (!Syntax.is(fn, "attribute")) return false;
        Value receiver = resolver.resolve(Syntax.field(fn, "object"), scope, depth + 1);
        return receiver instanceof Value.Instance i && i.type().definition().syntax() == x
                && i.type().definition().function().getStartByte() == cls.getStartByte();
    }

    /** True when the callee is this function, or for a class, this class. */
    private static boolean calls(Value callee, TSNode definition, Syntax x) {
        PythonProject.Scope d = callee instanceof FunctionRef f ? f.definition() : callee instanceof Value.ClassRef c ? c.definition() : null;
        return d != null && d.syntax() == x && d.function().getStartByte() == definition.getStartByte();
    }

    private static boolean agree(Value a, Value b) {
        if (a instanceof Flow f && b instanceof Flow g) return f.activation().equals(g.activation());
        if (a instanceof Loss l && b instanceof Loss m) return l.name().equals(m.name()) && l.options().equals(m.options());
        if (a instanceof Instance i && b instanceof Instance j) return i.type().name().equals(j.type().name());
        return a.equals(b);
    }

    /** The call whose callee ends with the name found at {@code offset}, or null (a def, a string, a comment). */
    static TSNode callAt(Syntax x, int offset, String name) {
        int end = offset + name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        TSNode p = x.root.getNamedDescendantForByteRange(offset, end);
        while (p != null && !p.isNull() && (Syntax.is(p, "identifier") || Syntax.is(p, "attribute"))) {
            TSNode parent = p.getParent();
            if (Syntax.is(parent, "call")) {
                TSNode fn = Syntax.field(parent, "function");
                return fn != null && fn.getEndByte() == end ? parent : null;
            }
            p = parent;
        }
        return null;
    }

    /** The scope a node is evaluated in: its function, its class, up to its start. */
    static Scope scopeOf(Syntax x, TSNode node) {
        TSNode fn = Syntax.ancestor(node, "function_definition");
        TSNode cls = fn == null ? null : Syntax.ancestor(fn, "class_definition");
        if (cls != null && Syntax.ancestor(fn, "function_definition") != null) cls = null;
        return new Scope(x, fn, cls, node.getStartByte());
    }
}
