package dev.lossadvisor.engine.python.semantic;

import dev.lossadvisor.engine.python.syntax.Node;
import dev.lossadvisor.engine.python.syntax.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module, class or function scope: its bindings of every kind, read from its statements when first asked (nested
 * definitions get their own scope, read when they are asked about), and Python's LEGB lookup through its parents.
 */
public final class Scope {
    /** The kinds of scope; a lambda is a function's (comprehensions are not followed). */
    public enum Kind { MODULE, CLASS, FUNCTION }

    private final SourceFile file;
    private final Kind kind;
    private final Node node;
    private final Scope parent;
    private final Map<String, List<Binding>> bindings = new LinkedHashMap<>();
    private final Set<String> globals = new HashSet<>();
    private final Set<String> nonlocals = new HashSet<>();
    /** The functions nested here that declare names global (in a module) or nonlocal (in a function), read when first asked. */
    private volatile List<Scope> rebinders;
    private final List<Binding> starImports = new ArrayList<>();
    private final List<Node> returns = new ArrayList<>();
    private final List<Node> yields = new ArrayList<>();
    private final List<ItemStore> stores = new ArrayList<>();
    private boolean trainsInPlace;
    /** Attribute assignments on a name: obj.attr = value, with obj's name as the first element. */
    private final List<Map.Entry<String, Binding>> attributeStores = new ArrayList<>();
    /** setattr(obj, key, value) whose key is an expression, not a string: obj's name, the key, the store (named by the key's text). */
    private final List<KeyedStore> keyedStores = new ArrayList<>();
    private final Map<Integer, Scope> children = new HashMap<>();
    private List<Binding> parameters;
    /** The defs and classes of this scope (nested blocks included) by their byte ranges, for finding the scope of an offset. */
    private final List<Node> definitions = new ArrayList<>();
    /** The block whose statements are being read, for {@link Binding#block()}. */
    private Node currentBlock;

    Scope(SourceFile file, Kind kind, Node node, Scope parent) {
        this.file = file;
        this.kind = kind;
        this.node = node;
        this.parent = parent;
        if (kind == Kind.FUNCTION) parameters();
        Node body = kind == Kind.MODULE ? node : node.field("body");
        if (body != null && node.is("lambda")) walrus(body, false); // one expression: its walrus targets and nested lambdas
        else if (body != null) block(body, false);
    }

    public SourceFile file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    /** The module root, the class_definition or the function_definition. */
    public Node node() {
        return node;
    }

    public Scope parent() {
        return parent;
    }

    /** The def's or class's name; a lambda's is the name it is stored under (criterion = lambda ..., loss_fn=lambda ...). */
    public String name() {
        Node n = kind == Kind.MODULE ? null : node.is("lambda") ? storedUnder(node) : node.field("name");
        return n == null ? "" : n.text();
    }

    private static Node storedUnder(Node lambda) {
        Node p = lambda.parent();
        Node n = p == null ? null : p.is("assignment") && lambda.equals(p.field("right")) ? p.field("left") : p.is("keyword_argument") ? p.field("name") : null;
        if (n != null && n.is("attribute")) n = n.field("attribute");
        return n != null && n.is("identifier") ? n : null;
    }

    /** The return statements of a function, not those of functions nested in it. */
    public List<Node> returns() {
        return returns;
    }

    /** The yield expressions of a generator function (a @contextmanager's yield is what "with ... as" binds). */
    public List<Node> yields() {
        return yields;
    }

    /** The names this scope binds, in source order (a config module's keys). */
    public List<String> names() {
        return List.copyOf(bindings.keySet());
    }

    /** Every binding of a name in this scope, in source order. */
    public List<Binding> bindings(String name) {
        return bindings.getOrDefault(name, List.of());
    }

    /** Every change to a container in this scope, in source order. */
    public List<ItemStore> stores() {
        return List.copyOf(stores);
    }

    /** Whether a statement here makes a tensor trainable in place ({@code W.requires_grad_()}): names of no known value may then change. */
    public boolean trainsInPlace() {
        return trainsInPlace;
    }

    public List<ItemStore> stores(String name) {
        return stores.stream().filter(s -> s.name().equals(name)).toList();
    }

    /** Assignments obj.attr = ... in this scope where obj is {@code object} (self in a method). */
    public List<Binding> attributeStores(String object, String attr) {
        List<Binding> out = new ArrayList<>();
        for (Map.Entry<String, Binding> e : attributeStores) if (e.getKey().equals(object) && e.getValue().name().equals(attr)) out.add(e.getValue());
        return out;
    }

    /** Assignments obj.attr = ... in this scope where obj is {@code object}, of every attribute. */
    public List<Binding> attributeStores(String object) {
        List<Binding> out = new ArrayList<>();
        for (Map.Entry<String, Binding> e : attributeStores) if (e.getKey().equals(object)) out.add(e.getValue());
        return out;
    }

    /** setattr(obj, f"fc{i}", m) in this scope where obj is {@code object}: stores to an attribute its key computes. */
    public List<KeyedStore> keyedStores(String object) {
        return keyedStores.stream().filter(k -> k.object().equals(object)).toList();
    }

    /** setattr(object, key, ...) with a key that is not a string written out; the store's value is the third argument. */
    public record KeyedStore(String object, Node key, Binding store) {}

    /** A function's parameters in order. */
    public synchronized List<Binding> parametersInOrder() {
        if (parameters != null) return parameters;
        List<Binding> out = new ArrayList<>();
        for (List<Binding> l : bindings.values()) for (Binding b : l) if (b.kind() == Binding.Kind.PARAMETER) out.add(b);
        out.sort(java.util.Comparator.comparingInt(b -> b.path().get(0)));
        parameters = List.copyOf(out);
        return parameters;
    }

    public List<Binding> starImports() {
        return starImports;
    }

    /** The scope of a def or class defined in this scope (or in a nested block of it). */
    public synchronized Scope child(Node definition) {
        return children.computeIfAbsent(definition.start(), k -> new Scope(file, definition.is("class_definition") ? Kind.CLASS : Kind.FUNCTION, definition, this));
    }

    /** The innermost scope holding a byte offset: this one, or that of a def or class in it. */
    public Scope innermost(int offset) {
        Bodies b = bodies();
        // the bodies do not overlap: only the last one starting at or before the offset may hold it
        int i = java.util.Arrays.binarySearch(b.starts, offset);
        if (i < 0) i = -i - 2;
        return i >= 0 && offset < b.ends[i] ? child(b.definitions[i]).innermost(offset) : this;
    }

    /** The bodies of {@link #definitions} by start (a module's scope is asked for thousands of offsets, one per call followed). */
    private record Bodies(int[] starts, int[] ends, Node[] definitions) {}

    private volatile Bodies bodies;

    /** {@link #bodies}, read once: the definitions are all known when the scope is made. */
    private Bodies bodies() {
        Bodies b = bodies;
        if (b != null) return b;
        List<Node[]> found = new ArrayList<>();
        for (Node d : definitions) {
            Node body = d.field("body");
            if (body != null) found.add(new Node[] {d, body});
        }
        found.sort(java.util.Comparator.comparingInt(e -> e[1].start()));
        b = new Bodies(new int[found.size()], new int[found.size()], new Node[found.size()]);
        for (int i = 0; i < found.size(); i++) {
            b.starts[i] = found.get(i)[1].start();
            b.ends[i] = found.get(i)[1].end();
            b.definitions[i] = found.get(i)[0];
        }
        bodies = b;
        return b;
    }

    /** True when this is a method defined in a class body and {@code name} is its first parameter (its self). */
    public boolean ownSelf(String name) {
        if (kind != Kind.FUNCTION || parent == null || parent.kind != Kind.CLASS) return false;
        List<Binding> parameters = parametersInOrder();
        return !parameters.isEmpty() && parameters.get(0).name().equals(name);
    }

    /** The methods of a class scope, by name. */
    public Map<String, Node> methods() {
        Map<String, Node> out = new LinkedHashMap<>();
        if (kind != Kind.CLASS) return out;
        for (Map.Entry<String, List<Binding>> e : bindings.entrySet()) {
            for (Binding b : e.getValue()) if (b.kind() == Binding.Kind.DEF) out.put(e.getKey(), b.value());
        }
        return out;
    }

    /**
     * The bindings a name may have at {@code offset} in this scope, by LEGB: this function's, the enclosing functions',
     * the module's (class bodies are skipped from inside their methods), then star imports; empty for a builtin or an
     * unknown name.
     */
    public List<Binding> lookup(String name, int offset) {
        if (globals.contains(name)) return module().rebound(name, module().reaching(name, Integer.MAX_VALUE));
        List<Binding> here = rebound(name, reaching(name, offset));
        if (!here.isEmpty()) return here;
        for (Scope s = parent; s != null; s = s.parent) {
            if (s.kind == Kind.CLASS) continue;
            List<Binding> found = s.rebound(name, s.reaching(name, Integer.MAX_VALUE));
            if (!found.isEmpty()) return s.parent == null ? withRedefined(found, s, name) : found;
        }
        return List.of();
    }

    /**
     * The bindings found here, and those a function nested here makes through {@code global name} (this scope the module)
     * or {@code nonlocal name} (this scope the function it is defined in): they run when that function is called, so each
     * is one more candidate (a None set before it is a placeholder the join drops).
     */
    private List<Binding> rebound(String name, List<Binding> found) {
        if (kind == Kind.CLASS) return found;
        List<Binding> out = found;
        for (Scope s : rebinders()) {
            if (!(kind == Kind.MODULE ? s.globals : s.nonlocals).contains(name)) continue;
            if (out == found) out = new ArrayList<>(found);
            out.addAll(s.bindings(name));
        }
        return out;
    }

    /** The functions nested here that declare a name global (any depth, methods too) or nonlocal (defined directly here). */
    private List<Scope> rebinders() {
        List<Scope> known = rebinders; // read without a lock on every look-up once set; worked out under the lock once
        if (known != null) return known;
        synchronized (this) {
            if (rebinders != null) return rebinders;
            List<Scope> out = new ArrayList<>();
            boolean module = kind == Kind.MODULE;
            if (file.tree().source().holds(module ? "global" : "nonlocal", node.start(), node.end())) nested(this, module, out);
            rebinders = List.copyOf(out);
            return rebinders;
        }
    }

    private static void nested(Scope s, boolean global, List<Scope> out) {
        for (Node d : s.definitions) {
            Scope child = s.child(d);
            if (child.kind == Kind.FUNCTION && !(global ? child.globals : child.nonlocals).isEmpty()) out.add(child);
            if (global) nested(child, true, out);
        }
    }

    /**
     * A module's name read from a function defined before the module binds it again (a notebook's cell redefining a
     * helper, or setting nb_classes = 10 after a cell whose function was run with 2): a call made before the new binding
     * reads the one that reached the reader's definition, so that one stays a candidate beside the last.
     */
    private List<Binding> withRedefined(List<Binding> found, Scope module, String name) {
        Scope top = this;
        while (top.parent != module) top = top.parent;
        List<Binding> seen = module.reaching(name, top.node.start());
        Binding before = seen.isEmpty() ? null : seen.get(seen.size() - 1);
        if (before == null || found.contains(before)) return found;
        List<Binding> out = new ArrayList<>(found);
        out.add(0, before);
        return out;
    }

    public Scope module() {
        Scope s = this;
        while (s.parent != null) s = s.parent;
        return s;
    }

    /**
     * The bindings that reach {@code offset}: the last one before it that certainly ran (it always runs, or it sits
     * earlier in the same loop body or branch as the use) and every conditional one after that; all of them when none
     * comes before (a loop, or a use from a later call).
     */
    List<Binding> reaching(String name, int offset) {
        List<Binding> all = bindings.get(name);
        if (all == null) return List.of();
        if (all.stream().anyMatch(b -> comprehension(b) && !inside(b.block(), offset))) { // a comprehension's target is unseen outside it
            all = all.stream().filter(b -> !comprehension(b) || inside(b.block(), offset)).toList();
            if (all.isEmpty()) return List.of();
        }
        int last = -1;
        int firstUnconditional = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).offset() >= offset) break;
            last = i;
            if (all.get(i).runsBefore(offset)) firstUnconditional = i;
        }
        if (last < 0) return all;
        return all.subList(Math.max(0, firstUnconditional), last + 1);
    }

    private static boolean comprehension(Binding b) {
        return b.kind() == Binding.Kind.FOR && b.block() != null && COMPREHENSIONS.contains(b.block().type());
    }

    private static boolean inside(Node block, int offset) {
        return block.start() <= offset && offset < block.end();
    }

    private void bind(Binding.Kind k, String name, Node value, List<Integer> path, int offset, boolean conditional, String module) {
        bindings.computeIfAbsent(name, n -> new ArrayList<>()).add(new Binding(k, name, value, path, offset, conditional, this, module, currentBlock));
    }

    private void parameters() {
        Node params = node.field("parameters");
        if (params == null) return;
        int i = 0;
        for (Node written : params.named()) {
            Node p = unannotated(written);
            Node id = p.is("identifier") ? p : p.field("name");
            if (id == null && !p.named().isEmpty() && p.named().get(0).is("identifier")) id = p.named().get(0);
            if (p.is("tuple_pattern")) {
                target(p, Binding.Kind.TUPLE_PARAMETER, null, List.of(), node.start(), false);
                i++;
                continue;
            }
            if (p.is("list_splat_pattern") || p.is("dictionary_splat_pattern")) {
                if (p.is("dictionary_splat_pattern") && id != null && id.is("identifier")) bind(Binding.Kind.KEYWORDS, id.text(), null, List.of(i), node.start(), false, null);
                if (p.is("list_splat_pattern") && id != null && id.is("identifier")) bind(Binding.Kind.REST, id.text(), null, List.of(i), node.start(), false, null);
                i++;
                continue;
            }
            if (id == null || !id.is("identifier")) continue;
            bind(Binding.Kind.PARAMETER, id.text(), p.field("value"), List.of(i++), node.start(), false, null);
        }
    }

    /** A parameter without its annotation when it is a splat ({@code **kwargs: Any} is {@code **kwargs}); else the parameter. */
    public static Node unannotated(Node parameter) {
        if (!parameter.is("typed_parameter") || parameter.named().isEmpty()) return parameter;
        Node inner = parameter.named().get(0);
        return inner.is("list_splat_pattern") || inner.is("dictionary_splat_pattern") ? inner : parameter;
    }

    private void block(Node block, boolean conditional) {
        Node outer = currentBlock;
        currentBlock = block;
        for (Node s : block.named()) statement(s, conditional);
        currentBlock = outer;
    }

    /** Binds in {@code clause} as the current block (a loop's target in its body, an elif's walrus in its clause). */
    private void within(Node clause, Runnable binding) {
        Node outer = currentBlock;
        currentBlock = clause;
        binding.run();
        currentBlock = outer;
    }

    private void statement(Node s, boolean conditional) {
        switch (s.type()) {
            case "expression_statement" -> {
                for (Node e : s.named()) expression(e, conditional);
            }
            case "if_statement" -> {
                walrus(s.field("condition"), conditional);
                for (Node c : s.named()) {
                    if (c.is("block")) block(c, true);
                    else if (c.is("elif_clause") || c.is("else_clause")) {
                        within(c, () -> walrus(c.field("condition"), true));
                        Node b = c.is("elif_clause") ? c.field("consequence") : c.field("body");
                        if (b != null) block(b, true);
                    }
                }
            }
            case "for_statement" -> {
                within(s.field("body"), () -> target(s.field("left"), Binding.Kind.FOR, s.field("right"), List.of(), s.field("left").start(), true));
                blocks(s, true);
            }
            case "while_statement" -> {
                walrus(s.field("condition"), conditional);
                blocks(s, true);
            }
            case "try_statement" -> {
                for (Node c : s.named()) {
                    if (c.is("block")) block(c, conditional);
                    else if (c.is("except_clause") || c.is("except_group_clause")) {
                        List<Node> parts = c.named();
                        for (int i = 0; i < parts.size(); i++) {
                            Node e = parts.get(i);
                            if (e.is("as_pattern") && e.field("alias") != null) within(c, () -> target(e.field("alias"), Binding.Kind.EXCEPT, null, List.of(), e.start(), true));
                            // Python 2's except ValueError, e: the second expression is the target
                            if (i == 1 && !e.is("block")) within(c, () -> target(e, Binding.Kind.EXCEPT, null, List.of(), e.start(), true));
                            if (e.is("block")) block(e, true);
                        }
                    } else if (c.is("else_clause") || c.is("finally_clause")) {
                        blocks(c, conditional);
                    }
                }
            }
            case "with_statement" -> {
                for (Node c : s.named()) {
                    if (c.is("with_clause")) {
                        for (Node item : c.named()) {
                            Node v = item.field("value");
                            if (v != null && v.is("as_pattern") && v.field("alias") != null) {
                                Node used = v.named().isEmpty() ? null : v.named().get(0);
                                target(v.field("alias"), Binding.Kind.WITH, used, List.of(), v.start(), conditional);
                            }
                        }
                    } else if (c.is("block")) {
                        block(c, conditional);
                    }
                }
            }
            case "function_definition", "class_definition" -> definitions.add(s);
            default -> { }
        }
        switch (s.type()) {
            case "function_definition", "class_definition" -> bind(s.is("class_definition") ? Binding.Kind.CLASS : Binding.Kind.DEF, s.field("name").text(), s, List.of(), s.start(), conditional, null);
            case "decorated_definition" -> {
                Node def = s.field("definition");
                if (def != null) definitions.add(def);
                if (def != null) bind(def.is("class_definition") ? Binding.Kind.CLASS : Binding.Kind.DEF, def.field("name").text(), def, List.of(), s.start(), conditional, null);
            }
            case "import_statement" -> imports(s, conditional);
            case "import_from_statement" -> fromImport(s, conditional);
            case "global_statement", "nonlocal_statement" -> {
                for (Node id : s.named()) if (id.is("identifier")) (s.is("global_statement") ? globals : nonlocals).add(id.text());
            }
            case "delete_statement" -> deletions(s, s);
            case "return_statement" -> {
                returns.add(s);
                for (Node e : s.named()) walrus(e, conditional);
            }
            case "match_statement" -> {
                Node body = s.field("body");
                if (body != null) for (Node c : body.named()) blocks(c, true);
            }
            default -> { }
        }
    }

    /** The blocks directly under a compound statement (the body, an else clause's body). */
    private void blocks(Node s, boolean conditional) {
        for (Node c : s.named()) {
            if (c.is("block")) block(c, conditional);
            else if (c.is("else_clause") || c.is("case_clause")) blocks(c, conditional);
        }
    }

    private void expression(Node e, boolean conditional) {
        switch (e.type()) {
            case "assignment" -> assignment(e, conditional);
            case "augmented_assignment" -> {
                Node left = e.field("left");
                Node op = e.field("operator");
                if (left != null && left.is("identifier") && op != null && op.text().equals("+=")) {
                    stores.add(new ItemStore(left.text(), "extend", null, e.field("right"), e.start())); // a list grown, a tensor shifted
                } else if (left != null && left.is("identifier")) {
                    bind(Binding.Kind.AUGMENTED, left.text(), e, List.of(), e.end(), conditional, null);
                }
                else if (left != null && left.is("attribute")) {
                    attribute(left, Binding.Kind.AUGMENTED, e, List.of(), conditional);
                    // self.layers += [...]: a list grown (a list written on the right: nothing else adds a list to a number or tensor)
                    if (ItemStore.grows(e)) stores.add(new ItemStore(left.text(), "extend", null, e.field("right"), e.start()));
                }
            }
            case "call" -> {
                mutation(e);
                registered(e, conditional);
                walrus(e, conditional); // model.compile(loss=lambda y_true, y_pred: ...): its lambdas are scopes too
            }
            case "yield" -> yields.add(e);
            default -> walrus(e, conditional);
        }
    }

    /** a = b = value; a: int = value; a, (b, c) = value; self.x = value; d[k] = value. */
    private void assignment(Node e, boolean conditional) {
        Node right = e.field("right");
        Binding.Kind kind = e.field("type") != null ? Binding.Kind.ANNOTATED : Binding.Kind.ASSIGNMENT;
        Node value = right;
        while (value != null && value.is("assignment")) value = value.field("right");
        for (Node a = e; a != null && a.is("assignment"); a = a.field("right")) {
            Node left = a.field("left");
            if (left != null && (kind == Binding.Kind.ASSIGNMENT || value != null)) target(left, kind, value, List.of(), e.end(), conditional);
        }
        if (value != null && value.is("call") && value.field("function").is("attribute") && value.field("function").field("attribute") != null
                && value.field("function").field("attribute").text().equals("register_forward_hook")) mutation(value); // handle = model.register_forward_hook(fn)
        walrus(value, conditional);
    }

    /** Binds an assignment target: names, unpacking with its index path, attributes, subscripts. */
    private void target(Node t, Binding.Kind kind, Node value, List<Integer> path, int offset, boolean conditional) {
        if (t == null) return;
        switch (t.type()) {
            case "identifier" -> bind(kind, t.text(), value, path, offset, conditional, null);
            case "pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "expression_list" -> {
                List<Node> items = t.named();
                boolean starred = false;
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i).is("list_splat_pattern")) {
                        starred = true;
                        continue;
                    }
                    List<Integer> p = new ArrayList<>(path);
                    p.add(starred ? i - items.size() : i); // after *rest, a target counts from the end: -1 is the last
                    target(items.get(i), kind, value, List.copyOf(p), offset, conditional);
                }
            }
            case "parenthesized_expression", "as_pattern_target" -> {
                if (!t.named().isEmpty()) target(t.named().get(0), kind, value, path, offset, conditional);
            }
            case "attribute" -> attribute(t, kind, value, path, conditional);
            case "subscript" -> {
                String base = container(t.field("value"));
                // ret["a"], ret["b"] = a, b: each entry takes the item written at its place
                Node item = path.isEmpty() ? value : path.size() == 1 ? written(value, path.get(0)) : null;
                if (base != null && item != null) stores.add(new ItemStore(base, "item", t.field("subscript"), item, offset));
            }
            default -> { }
        }
    }

    /** The item at a place of a tuple written out (a, b on the right of an unpacking, no starred item), else null. */
    private static Node written(Node value, int place) {
        if (value == null || !value.is("expression_list") && !value.is("tuple")) return null;
        List<Node> items = value.named();
        if (place < 0 || place >= items.size() || items.stream().anyMatch(n -> n.is("list_splat"))) return null;
        return items.get(place);
    }

    /** self.x = value; in an unpacking (self.model, self.opt = accelerator.prepare(model, opt)) only the object's own attribute, with its index path. */
    private void attribute(Node t, Binding.Kind kind, Node value, List<Integer> path, boolean conditional) {
        Node object = t.field("object");
        Node attr = t.field("attribute");
        String base = container(object);
        Node layers = object != null && object.is("subscript") ? object.field("value") : null;
        if (layers != null && layers.is("attribute") && layers.field("object").is("identifier") && layers.field("attribute") != null
                && layers.field("attribute").text().equals("layers") && attr != null) {
            // model.layers[-1].activation = None: a change to the model's layer, kept whole (the index and the attribute)
            stores.add(new ItemStore(layers.field("object").text(), "layer", t, kind != Binding.Kind.AUGMENTED && !conditional ? value : null, t.start()));
            return;
        }
        if (base == null || attr == null || !path.isEmpty() && !object.is("identifier")) return;
        // args.num_classes = len(classes) after parse_args(): the namespace's entry; one set by +=, or under an if, not known
        boolean plain = kind != Binding.Kind.AUGMENTED && !conditional;
        if (path.isEmpty()) {
            stores.add(new ItemStore(base, "attribute", attr, plain ? value : null, t.start())); // self.backbone.fc = head: a change to self.backbone
            if (attr.text().equals("requires_grad") && value != null && value.is("true") && object.is("identifier")) { // w.requires_grad = True, as w.requires_grad_()
                stores.add(new ItemStore(base, "requires_grad_", null, t, t.start()));
                trainedEach(base, t);
                trainsInPlace = true;
            }
        }
        if (!object.is("identifier")) return;
        attributeStores.add(Map.entry(object.text(), new Binding(kind, attr.text(), value, path, t.start(), conditional, this, null, currentBlock)));
    }

    /**
     * Changes whose whole call is kept: a tensor filled in place, through a sigmoid or made trainable, an argparse parser
     * given an option or defaults, a module given a forward hook.
     */
    private static final Set<String> WHOLE_CALL = Set.of("zero_", "scatter_", "sigmoid_", "requires_grad_", "add_argument", "set_defaults", "register_forward_hook");

    /**
     * xs.append(v), xs.extend(vs), d.update(other), xs.insert(i, v), seq.add_module(name, m), t.zero_(), t.scatter_(...), t.sigmoid_(),
     * t.requires_grad_(), parser.add_argument(...), parser.set_defaults(...), model.register_forward_hook(fn) on a name or on self.attr.
     */
    private void mutation(Node call) {
        Node fn = call.field("function");
        if (fn == null || !fn.is("attribute")) return;
        String object = container(fn.field("object"));
        String how = fn.field("attribute") == null ? "" : fn.field("attribute").text();
        if (object != null && WHOLE_CALL.contains(how)) {
            stores.add(new ItemStore(object, how, null, call, call.start())); // a tensor filled in place, a parser's option: the call says how
            if (how.equals("requires_grad_")) {
                trainedEach(object, call);
                trainsInPlace = true;
            }
            return;
        }
        if (object == null && SUBMODULE_CHANGES.contains(how)) { // model.get_submodule("head").append(m): a change to model not followed
            String root = submoduleOwner(fn.field("object"));
            if (root != null) stores.add(new ItemStore(root, "changed", null, call, call.start()));
            return;
        }
        if (object == null || !Set.of("append", "extend", "update", "insert", "add", "add_module").contains(how)) return;
        Node args = call.field("arguments");
        if (args == null || args.named().isEmpty()) return;
        Node v = args.named().get(args.named().size() - 1);
        Node index = how.equals("insert") && args.named().size() == 2 ? args.named().get(0) : null; // net.insert(i, m): where it goes
        stores.add(new ItemStore(object, how, index, v, call.start()));
    }

    /** Changes to a module reached through a call: a child appended, inserted or added, a forward hook registered. */
    private static final Set<String> SUBMODULE_CHANGES = Set.of("append", "extend", "insert", "add_module", "register_forward_hook");

    /** The container whose child a call reaches, {@code model.get_submodule("head")} or {@code getattr(model, name)}: model; else null. */
    private static String submoduleOwner(Node reached) {
        Node fn = reached == null || !reached.is("call") ? null : reached.field("function");
        Node args = fn == null ? null : reached.field("arguments");
        if (fn == null || args == null) return null;
        if (fn.is("attribute") && fn.field("attribute") != null && fn.field("attribute").text().equals("get_submodule")) return container(fn.field("object"));
        return fn.is("identifier") && fn.text().equals("getattr") && !args.named().isEmpty() ? container(args.named().get(0)) : null;
    }

    /** for p in params: p.requires_grad_(): the call is a change to every item of the list {@code params} too. */
    private void trainedEach(String item, Node call) {
        Node loop = call.ancestor("for_statement", "function_definition", "class_definition");
        Node target = loop == null || !loop.is("for_statement") ? null : loop.field("left");
        Node list = target == null ? null : loop.field("right");
        if (target != null && list != null && target.is("identifier") && target.text().equals(item) && list.is("identifier")) stores.add(new ItemStore(list.text(), "requires_grad_", null, call, call.start()));
    }

    /**
     * self.register_module("head", m), self.add_module("head", m) or setattr(self, "head", m) on a name: the attribute
     * self.head bound to m, as {@code self.head = m} binds it (nn.Module keeps both as the same submodule); a name that is
     * not a plain string is not, but setattr's is kept as a {@link KeyedStore} for the evaluator to compute.
     */
    private void registered(Node call, boolean conditional) {
        Node fn = call.field("function");
        Node args = call.field("arguments");
        boolean set = fn != null && fn.is("identifier") && fn.text().equals("setattr"); // setattr(self, "head", m) is self.head = m
        if (fn == null || !(set || fn.is("attribute")) || args == null || args.named().size() != (set ? 3 : 2)) return;
        Node object = set ? args.named().get(0) : fn.field("object");
        String how = set ? "setattr" : fn.field("attribute") == null ? "" : fn.field("attribute").text();
        Node key = args.named().get(set ? 1 : 0);
        Node value = args.named().get(set ? 2 : 1);
        if (!object.is("identifier") || !(set || how.equals("register_module") || how.equals("add_module"))) return;
        if (args.named().stream().anyMatch(a -> a.is("keyword_argument") || a.is("list_splat") || a.is("dictionary_splat"))) return;
        boolean plain = key.is("string") && key.named().stream().noneMatch(n -> n.is("interpolation"));
        if (set && !plain) { // setattr(self, f"fc{i}", m), setattr(self, name, m): the evaluator computes the name
            keyedStores.add(new KeyedStore(object.text(), key, new Binding(Binding.Kind.ASSIGNMENT, key.text(), value, List.of(), call.start(), conditional, this, null, currentBlock)));
            return;
        }
        if (!plain) return;
        String name = key.text().replaceAll("^[rRbBuU]?(['\"])(.*)\\1$", "$2");
        if (name.isEmpty() || !name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) return;
        attributeStores.add(Map.entry(object.text(), new Binding(Binding.Kind.ASSIGNMENT, name, value, List.of(), call.start(), conditional, this, null, currentBlock)));
    }

    /** The name a container is stored under: a name, or "self.blocks" for an attribute of a name (a ModuleList filled in __init__). */
    private static String container(Node object) {
        if (object == null) return null;
        if (object.is("identifier")) return object.text();
        Node base = object.is("attribute") ? object.field("object") : null;
        // model.classifier._modules["7"] = m: torch's own dict of the module's children, an item of the module itself
        if (base != null && object.field("attribute") != null && object.field("attribute").text().equals("_modules")) return container(base);
        return base != null && base.is("identifier") && object.field("attribute") != null ? base.text() + "." + object.field("attribute").text() : null;
    }

    /** x := value inside a condition or an expression statement (a few levels deep: if (m := f(x)) is not None), comprehension targets and lambdas. */
    private void walrus(Node e, boolean conditional) {
        if (e == null) return;
        // most expressions hold none of these, and walking their nodes crosses into the parser at each one
        SourceText text = e.tree().source();
        if (text.holds(":=", e.start(), e.end())) walrus(e, conditional, 0);
        if (REMOVALS.stream().anyMatch(r -> text.holds(r, e.start(), e.end()))) removals(e, 0);
        if (text.holds("for", e.start(), e.end()) || text.holds("lambda", e.start(), e.end())) comprehensions(e, 0);
    }

    private static final Set<String> COMPREHENSIONS = Set.of("generator_expression", "list_comprehension", "set_comprehension", "dictionary_comprehension");

    /**
     * sum(criterion(o, y) for o in outputs): a comprehension's for target, bound for the comprehension only (its block,
     * from its start, so the element before the for sees it; see {@link #reaching}) to an element of the iterable.
     */
    private void comprehensions(Node e, int depth) {
        if (e != null && e.is("lambda")) definitions.add(e); // a scope of its own, read when asked about
        if (e == null || depth > 6 || e.is("lambda") || e.is("string")) return;
        if (COMPREHENSIONS.contains(e.type())) {
            for (Node c : e.named()) {
                if (c.is("for_in_clause")) within(e, () -> target(c.field("left"), Binding.Kind.FOR, c.field("right"), List.of(), e.start(), true));
            }
        }
        for (Node c : e.named()) comprehensions(c, depth + 1);
    }

    /** Calls that take entries out of a container (or put one in only when it is missing), read as changes to it. */
    public static final Set<String> REMOVALS = Set.of("pop", "popitem", "clear", "setdefault");

    /**
     * kind = cfg.pop("type"), LOSSES[spec.pop("name")](**spec), layers.pop(): a call that changes a container as it is read,
     * anywhere in an expression (not in a lambda, a scope of its own); the whole call is the store's value.
     */
    private void removals(Node e, int depth) {
        if (e == null || depth > 12 || e.is("lambda") || e.is("string")) return;
        Node fn = e.is("call") ? e.field("function") : null;
        Node how = fn != null && fn.is("attribute") ? fn.field("attribute") : null;
        String object = how != null && REMOVALS.contains(how.text()) ? container(fn.field("object")) : null;
        if (object != null) stores.add(new ItemStore(object, how.text(), null, e, e.end())); // taken out once the call has read it
        for (Node c : e.named()) removals(c, depth + 1);
    }

    /** del cfg["name"], del layers[-1], del a[k], b[j]: an entry taken out of a container, the whole statement the store's value. */
    private void deletions(Node targets, Node statement) {
        for (Node t : targets.named()) {
            if (t.is("expression_list")) deletions(t, statement);
            String base = t.is("subscript") ? container(t.field("value")) : null;
            if (base != null) stores.add(new ItemStore(base, "del", t.field("subscript"), statement, statement.end()));
        }
    }

    private void walrus(Node e, boolean conditional, int depth) {
        if (e == null || depth > 3) return;
        if (e.is("named_expression")) {
            Node name = e.field("name");
            if (name != null) bind(Binding.Kind.WALRUS, name.text(), e.field("value"), List.of(), e.end(), conditional, null);
            return;
        }
        if (e.is("identifier") || e.is("string") || e.is("integer") || e.is("attribute")) return;
        for (Node c : e.named()) walrus(c, conditional, depth + 1);
    }

    private void imports(Node s, boolean conditional) {
        for (Node c : s.named()) {
            if (c.is("aliased_import")) {
                bind(Binding.Kind.IMPORT, c.field("alias").text(), c, List.of(), s.start(), conditional, c.field("name").text());
            } else if (c.is("dotted_name")) {
                String full = c.text();
                String head = full.contains(".") ? full.substring(0, full.indexOf('.')) : full;
                bind(Binding.Kind.IMPORT, head, c, List.of(), s.start(), conditional, head);
            }
        }
    }

    private void fromImport(Node s, boolean conditional) {
        Node moduleNode = s.field("module_name");
        if (moduleNode == null) return;
        String module = moduleNode.text("");
        for (Node c : s.named()) {
            if (c.equals(moduleNode)) continue;
            if (c.is("wildcard_import")) {
                Binding b = new Binding(Binding.Kind.STAR_IMPORT, "*", c, List.of(), s.start(), conditional, this, module, currentBlock);
                starImports.add(b);
            } else if (c.is("aliased_import")) {
                bind(Binding.Kind.FROM_IMPORT, c.field("alias").text(), c.field("name"), List.of(), s.start(), conditional, module);
            } else if (c.is("dotted_name")) {
                bind(Binding.Kind.FROM_IMPORT, c.text(), c, List.of(), s.start(), conditional, module);
            }
        }
    }
}
