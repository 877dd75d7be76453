package dev.lossadvisor.engine.fix;

import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.python.PythonSources;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.CallSites;
import dev.lossadvisor.engine.python.semantic.Project;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.semantic.SourceFile;
import dev.lossadvisor.engine.python.syntax.Node;
import dev.lossadvisor.engine.python.syntax.SourcePlace;
import dev.lossadvisor.engine.python.syntax.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the value an activation makes is used only by the loss it feeds, so that removing the activation changes
 * nothing else; decided on the semantic model (bindings, the references that resolve to them, the project's call
 * sites), never on text. The variable holding the probabilities is read once, by the loss. When the activation ends
 * a model's forward, the model class is built once in the project and nothing inherits it, and the object built is
 * called exactly once, at the call that feeds the loss: the object is followed through assignments, the project
 * functions it is passed to and the methods that return it (.to(), .cuda(), .train()). Anything not followed (the
 * object returned, stored on an attribute, put in a container, passed to a library function; the class named other
 * than by a call) makes the fix unsafe.
 */
final class Uses {
    /** Project functions an object is followed into, at most this deep. */
    private static final int DEPTH = 4;
    /** Methods of a module that return the module itself. */
    private static final Set<String> SAME_OBJECT = Set.of("to", "cuda", "cpu", "float", "double", "half", "bfloat16", "train", "eval",
            "requires_grad_", "share_memory");
    private static final Set<String> FORWARD = Set.of("forward", "__call__");

    private final Project project;

    private Uses(Project project) {
        this.project = project;
    }

    static boolean onlyFeedLoss(ModelDescription d, Map<String, String> texts, SourcePlace act) {
        SourcePlace call = Fixes.place(d, "");
        if (call == null || !texts.containsKey(call.file()) || !texts.containsKey(act.file())) return false;
        Map<Path, byte[]> sources = new LinkedHashMap<>();
        texts.forEach((name, text) -> {
            if (PythonSources.isPython(Path.of(name))) sources.put(Path.of(name), text.getBytes(StandardCharsets.UTF_8));
        });
        List<Path> files = sources.keySet().stream().sorted().toList();
        Project project = new Project(Path.of(""), files, Path::toString, sources);
        for (Path f : files) {
            // every file parsed: a use anywhere in the project counts
            if (project.load(f) != null) project.file(f);
        }
        return new Uses(project).onlyFeedLoss(call, act);
    }

    private boolean onlyFeedLoss(SourcePlace callPlace, SourcePlace actPlace) {
        SourceFile cf = project.file(Path.of(callPlace.file()));
        SourceFile af = project.file(Path.of(actPlace.file()));
        if (cf == null || af == null) return false;
        Node lossCall = enclosing(nodeAt(cf, callPlace), "call");
        Node act = nodeAt(af, actPlace);
        if (lossCall == null || act == null) return false;
        Node arg = firstPositional(lossCall);
        if (arg == null) return false;
        if (inside(act, arg)) return true; // applied inside the loss call: its value goes nowhere else
        Node produced = arg;
        if (arg.is("identifier")) {
            List<Binding> bound = cf.scopeOf(arg).lookup(arg.text(), arg.start());
            if (bound.size() != 1 || bound.get(0).kind() != Binding.Kind.ASSIGNMENT || !bound.get(0).path().isEmpty() || bound.get(0).value() == null) return false;
            Binding b = bound.get(0);
            if (!references(b).equals(List.of(arg))) return false; // read once: by the loss
            produced = b.value();
            if (inside(act, produced)) return true;
        }
        Scope cls = af.scopeOf(act);
        while (cls != null && cls.kind() != Scope.Kind.CLASS) cls = cls.parent();
        return produced.is("call") && cls != null && calledOnlyAt(cls, produced);
    }

    /** The model class is built once, inherited by nothing, named only by calls, and its object called once: at {@code produced}. */
    private boolean calledOnlyAt(Scope cls, Node produced) {
        String name = cls.name();
        List<Node> named = new ArrayList<>();
        for (SourceFile f : project.parsedFiles()) {
            if (f.tree().source().text().contains(name)) identifiers(f.tree().root(), name, named);
        }
        for (Node id : named) {
            Node p = id.parent();
            boolean definition = p.is("class_definition") && id.equals(p.field("name"));
            boolean built = p.is("call") && id.equals(p.field("function"));
            boolean imported = p.is("dotted_name") || p.is("aliased_import");
            Node call = p.is("argument_list") ? p.parent() : null;
            boolean zuper = call != null && call.is("call") && "super".equals(call.field("function").text()); // super(Model, self)
            if (!definition && !built && !imported && !zuper) return false; // a base class, a registry entry, partial(Model): not followed
        }
        List<Node> calls = new ArrayList<>();
        int built = 0;
        for (CallSites.Site s : project.callsNamed(name, cls.file())) {
            Node fn = s.call().field("function");
            if (fn == null || !fn.is("identifier") || !fn.text().equals(name)) continue;
            built++;
            if (!follow(s.file(), s.call(), calls, 0)) return false;
        }
        // the class calls itself only from outside: no self(x) or self.forward(x) in its methods
        List<Node> self = new ArrayList<>();
        identifiers(cls.node(), "self", self);
        for (Node id : self) {
            Node p = id.parent();
            if (p.is("call") && id.equals(p.field("function"))) return false;
            if (p.is("attribute") && FORWARD.contains(p.field("attribute").text())) return false;
        }
        return built == 1 && calls.size() == 1 && calls.get(0).equals(produced);
    }

    /** Follows the object an expression gives to where it goes; adds the calls of it; false where it goes somewhere not followed. */
    private boolean follow(SourceFile file, Node expr, List<Node> calls, int depth) {
        Node p = expr.parent();
        if (p == null || depth > DEPTH) return false;
        if (p.is("parenthesized_expression")) return follow(file, p, calls, depth);
        if (p.is("expression_statement")) return true; // built and dropped
        if (p.is("call") && expr.equals(p.field("function"))) return calls.add(p);
        if (p.is("attribute") && expr.equals(p.field("object"))) {
            String attr = p.field("attribute").text();
            Node outer = p.parent();
            boolean called = outer != null && outer.is("call") && p.equals(outer.field("function"));
            if (FORWARD.contains(attr)) return called && calls.add(outer);
            if (called && SAME_OBJECT.contains(attr)) return follow(file, outer, calls, depth);
            return true; // parameters(), state_dict(), a submodule: not the model's output
        }
        if (p.is("assignment") && expr.equals(p.field("right"))) {
            Node left = p.field("left");
            if (left == null || !left.is("identifier")) return false;
            for (Binding b : file.scopeOf(left).bindings(left.text())) {
                if (expr.equals(b.value())) return followBinding(b, calls, depth);
            }
            return false;
        }
        if (p.is("argument_list")) return followArgument(file, p.parent(), positionIn(p, expr), null, calls, depth);
        if (p.is("keyword_argument") && expr.equals(p.field("value"))) {
            return followArgument(file, p.parent().parent(), -1, p.field("name").text(), calls, depth);
        }
        return false;
    }

    /** Every read of a bound name, followed; a module-level name that another file imports is not followed. */
    private boolean followBinding(Binding b, List<Node> calls, int depth) {
        if (b.scope().kind() == Scope.Kind.MODULE) {
            for (SourceFile f : project.parsedFiles()) {
                if (f == b.scope().file()) continue;
                for (Binding other : f.scope().bindings(b.name())) if (other.kind() == Binding.Kind.FROM_IMPORT) return false;
            }
        }
        for (Node ref : references(b)) if (!follow(b.scope().file(), ref, calls, depth)) return false;
        return true;
    }

    /** The object passed to a project function: followed as the parameter it binds. */
    private boolean followArgument(SourceFile file, Node call, int index, String keyword, List<Node> calls, int depth) {
        Node fn = call == null ? null : call.field("function");
        if (fn == null || !fn.is("identifier")) return false; // a method or a library function: not followed
        Scope def = function(file, fn);
        if (def == null) return false;
        for (Binding param : def.parametersInOrder()) {
            if (keyword != null ? param.name().equals(keyword) : param.path().get(0) == index) return followBinding(param, calls, depth + 1);
        }
        return false;
    }

    /** The scope of the project function a name calls: defined in the file, or imported from a project module; else null. */
    private Scope function(SourceFile file, Node name) {
        List<Binding> bound = file.scopeOf(name).lookup(name.text(), name.start());
        if (bound.size() != 1) return null;
        Binding b = bound.get(0);
        if (b.kind() == Binding.Kind.FROM_IMPORT) {
            SourceFile module = project.module(project.resolve(file, b.module()));
            List<Binding> there = module == null ? List.of() : module.scope().bindings(b.value().text());
            if (there.size() != 1) return null;
            b = there.get(0);
        }
        return b.kind() == Binding.Kind.DEF ? b.scope().child(b.value()) : null;
    }

    /** The index of a positional argument, or -1 after a *args (positions no longer known). */
    private static int positionIn(Node arguments, Node arg) {
        int i = 0;
        for (Node a : arguments.named()) {
            if (a.is("list_splat") || a.is("dictionary_splat")) return -1;
            if (a.equals(arg)) return i;
            if (!a.is("keyword_argument")) i++;
        }
        return -1;
    }

    /** The places a binding is read: the identifiers of its name, in its scope and those nested in it, that resolve to it. */
    private static List<Node> references(Binding b) {
        List<Node> ids = new ArrayList<>();
        identifiers(b.scope().node(), b.name(), ids);
        SourceFile file = b.scope().file();
        List<Node> out = new ArrayList<>();
        for (Node id : ids) {
            if (!bindsOrNames(id) && file.scopeOf(id).lookup(b.name(), id.start()).contains(b)) out.add(id);
        }
        return out;
    }

    /** An identifier that is no read of a variable: a target bound, an attribute's or keyword's name, a definition's or import's name. */
    private static boolean bindsOrNames(Node id) {
        Node p = id.parent();
        if (p == null) return true;
        return switch (p.type()) {
            case "attribute" -> id.equals(p.field("attribute"));
            case "keyword_argument" -> id.equals(p.field("name"));
            case "assignment", "for_statement", "for_in_clause" -> id.equals(p.field("left"));
            case "named_expression", "function_definition", "class_definition", "default_parameter", "typed_parameter", "typed_default_parameter" ->
                    id.equals(p.field("name")) || p.is("typed_parameter") && id.equals(p.named().get(0));
            case "parameters", "lambda_parameters", "pattern_list", "tuple_pattern", "list_pattern", "as_pattern_target", "dotted_name", "aliased_import",
                 "global_statement", "nonlocal_statement" -> true;
            default -> false;
        };
    }

    /** Every identifier spelt {@code name} under a node. */
    private static void identifiers(Node n, String name, List<Node> out) {
        if (n.is("identifier")) {
            if (n.end() - n.start() == name.getBytes(StandardCharsets.UTF_8).length && n.text().equals(name)) out.add(n);
            return;
        }
        for (Node c : n.named()) identifiers(c, name, out);
    }

    private static Node firstPositional(Node call) {
        Node args = call.field("arguments");
        if (args == null) return null;
        for (Node a : args.named()) {
            if (a.is("keyword_argument") || a.is("list_splat") || a.is("dictionary_splat")) continue;
            return a;
        }
        return null;
    }

    private static boolean inside(Node n, Node outer) {
        return n.tree() == outer.tree() && outer.start() <= n.start() && n.end() <= outer.end();
    }

    /** The smallest node at a place (line and column from 1, the column in UTF-16 units, as places count). */
    private static Node nodeAt(SourceFile f, SourcePlace place) {
        SourceText s = f.tree().source();
        int index = 0;
        String text = s.text();
        for (int l = 1; l < place.line(); l++) {
            String line = s.line(l);
            if (line == null) return null;
            index += line.length();
            if (index < text.length() && text.charAt(index) == '\r') index++;
            if (index < text.length() && text.charAt(index) == '\n') index++;
        }
        int offset = s.byteOffset(index + place.column() - 1);
        return f.tree().root().at(offset, offset + 1);
    }

    /** The node or its nearest ancestor of a kind that starts where it does (a call placed at its callee). */
    private static Node enclosing(Node n, String kind) {
        for (Node x = n; x != null && n != null && x.start() == n.start(); x = x.parent()) if (x.is(kind)) return x;
        return null;
    }
}
