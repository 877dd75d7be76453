package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.eval.Value.Items;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Python builtins and standard library calls a model or a loss passes through: copies, dicts, their items, modules imported by name. */
final class BuiltinsLibrary implements Library {

    @Override
    public Value call(String name, Args args, Node call) {
        return switch (name) {
            case "copy.deepcopy", "copy.copy" -> args.value(0, null);
            // typing.cast(nn.Module, model) is model; staticmethod(fn) in a class body is fn (not bound to the object, see Evaluator)
            case "typing.cast" -> args.value(1, "val");
            case "staticmethod" -> args.value(0, null);
            case "dataclasses.replace" -> replaced(args, call);
            // itertools.chain(*blocks, head): the items of known lists one after another
            case "itertools.chain" -> chained(args.values());
            // dict(zip(TASKS, heads)): the pairs of known lists, as many as the shorter has
            case "zip" -> zipped(args);
            case "dict", "collections.OrderedDict", "OrderedDict" -> {
                if (args.positional().size() == 1 && args.keywords().isEmpty()) {
                    Value given = args.value(0, null);
                    if (given instanceof Dict) yield given; // dict(cfg): a copy
                    Value named = given instanceof Items ? null : namedParts(args.positional().get(0), args);
                    yield named != null ? named : pairs(given);
                }
                yield args.positional().isEmpty() ? new Dict(keywords(args)) : Value.UNKNOWN;
            }
            // SimpleNamespace(out_act="sigmoid"), argparse.Namespace(loss="nll") made by hand: read by attribute as a config
            // dict is; a **splat may add any entry
            case "types.SimpleNamespace", "argparse.Namespace" -> args.positional().isEmpty() ? args.rest(List.of()) : Value.UNKNOWN;
            // getattr(applications, args.model), getattr(models, args.arch): the library's or the project module's name the string picks
            case "getattr" -> args.value(1, null) instanceof Literal l && l.value() instanceof String a && a.matches("[A-Za-z_]\\w*") ? named(args.value(0, null), a, args)
                    : args.positional().size() == 2 && args.value(0, null) instanceof Value.Module m ? ModuleNames.anyName(m, args.evaluator(), args.context()) : null;
            // vars(models)[args.arch]: the module's namespace, read by key as models.__dict__[...] is; vars(args) of an
            // argparse namespace (main(**vars(parser.parse_args()))): its options by name
            case "vars" -> args.value(0, null) instanceof Value.Module || args.value(0, null) instanceof Dict ? args.value(0, null) : null;
            // pytest.param(x, id="a") in a parametrize list: the value x, pytest.param(32, "softmax") the row
            case "pytest.param" -> args.values() != null && !args.values().isEmpty()
                    ? (args.values().size() == 1 ? args.values().get(0) : new Value.Items(args.values())) : null;
            case "importlib.import_module" -> imported(args);
            case "collections.namedtuple" -> tupleType(args.value(1, "field_names"));
            // list(weights), tuple(losses): a copy of a known list or of a literal list of numbers
            case "list", "tuple" -> args.positional().size() == 1 && args.keywords().isEmpty() && (args.value(0, null) instanceof Value.Items
                    || args.value(0, null) instanceof Literal l && l.value() instanceof java.util.List) ? args.value(0, null) : keys(args);
            // sorted(MODELS), list(REGISTRY): a dict's keys, a closed registry's names (choices=sorted(MODELS) lists them)
            case "sorted" -> keys(args);
            // criterion: nn.Module = field(default_factory=nn.CrossEntropyLoss): what an object made without it holds
            case "dataclasses.field" -> args.keyword("default") != null ? args.value(-1, "default")
                    : args.keyword("default_factory") != null ? args.evaluator().apply(args.value(-1, "default_factory"), new Args(null, args.context(), args.evaluator()), call, args.context())
                    : Value.UNKNOWN;
            // len(self.layers): the size of a known list (l != len(self.layers) - 1 tests for its last layer); not when a loop
            // appended to it (but in the last pass of a loop enumerating it), nor when an item is unknown: one item stands
            // for however many the loop adds
            case "len" -> args.positional().size() == 1 && args.value(0, "obj") instanceof Items items && args.evaluator().counted(items)
                    && items.items().stream().noneMatch(v -> v instanceof Value.Unknown) ? new Literal((double) items.items().size())
                    : args.positional().size() == 1 && args.value(0, "obj") instanceof Value.Layer l && l.modules() != null ? new Literal((double) l.modules().size()) : null; // len(net) of an nn.Sequential
            case "int" -> args.value(0, null) instanceof Literal l && l.value() instanceof Double ? args.value(0, null) : Value.UNKNOWN;
            case "isinstance" -> instance(args);
            // os.environ.get("LOSS", "bce"), os.getenv("HEAD", "softmax"): the run a script makes as written, as argparse's default= is
            case "os.environ.get", "os.getenv" -> args.positional().size() == 2 || args.keyword("default") != null ? args.value(1, "default") : Value.UNKNOWN;
            default -> null;
        };
    }

    /**
     * dataclasses.replace(cfg, loss="nll"): a copy of the object with those fields set, read as attributes set on it
     * after it was made; a **splat may set any field, so the copy is not known then.
     */
    private static Value replaced(Args args, Node call) {
        Node list = call.field("arguments");
        if (!(args.value(0, "obj") instanceof Value.Instance i) || args.positional().size() != 1 || list == null
                || list.named().stream().anyMatch(a -> a.is("dictionary_splat"))) return Value.UNKNOWN;
        for (Node kw : args.keywords()) i = Patches.patched(i, kw.field("name").text(), args.value(-1, kw.field("name").text()));
        return i;
    }

    private static Value chained(List<Value> lists) {
        if (lists == null) return Value.UNKNOWN;
        List<Value> out = new ArrayList<>();
        for (Value v : lists) {
            if (!(v instanceof Items items) || !items.counted()) return Value.UNKNOWN;
            out.addAll(items.items());
        }
        return new Items(out);
    }

    /** The builtin types {@link #instance} decides against. */
    private static final java.util.Set<String> TYPES = java.util.Set.of("str", "int", "float", "bool", "dict", "list", "tuple");

    /**
     * isinstance(obj_type, str) on a value whose builtin type is known: a string, a number, a bool, None (a literal), a
     * project class or function (none of those types), a mapping or a list. mmcv's build_from_cfg, copied into many
     * projects, tests the config so: {@code if isinstance(cfg, list): ... nn.Sequential(...)} and {@code if
     * isinstance(obj_type, str): obj_cls = registry.get(obj_type) elif inspect.isclass(...)}, which then take the
     * registry's class alone. Null for other values and types, for dict on a mapping (a config object may be none), list
     * or tuple on a list, and int or float on a number (the values keep no such difference).
     */
    private static Value instance(Args args) {
        if (args.positional().size() != 2 || !args.keywords().isEmpty()) return null;
        Value v = args.value(0, null);
        Value t = args.value(1, null);
        List<Value> types = t instanceof Items items ? items.items() : List.of(t);
        boolean any = false;
        for (Value type : types) {
            // six.string_types is (str,) on Python 3: the is_str(x) of the same copied code
            String name = type instanceof Value.Lib l ? (l.name().equals("six.string_types") ? "str" : l.name().replaceFirst("^builtins\\.", "")) : null;
            if (name == null || !TYPES.contains(name)) return null;
            // a mapping (a dict, or a config object read as one) is no list, string or number; a list or tuple is no
            // dict, string or number; which of the two each is, is not known
            Boolean is = v instanceof Value.ClassDef || v instanceof Value.Function ? Boolean.FALSE
                    : v instanceof Dict ? (name.equals("dict") ? null : Boolean.FALSE)
                    : v instanceof Items ? (name.equals("list") || name.equals("tuple") ? null : Boolean.FALSE)
                    : v instanceof Literal l ? literalIs(l.value(), name) : null;
            if (is == null) return null;
            any |= is;
        }
        return new Literal(any);
    }

    /** Whether a literal's value is of the builtin type (a bool is an int too); null when the literal cannot tell. */
    private static Boolean literalIs(Object value, String type) {
        if (value == null) return false;
        if (value instanceof String) return type.equals("str");
        if (value instanceof Boolean) return type.equals("bool") || type.equals("int");
        if (value instanceof Double) return type.equals("int") || type.equals("float") ? null : false;
        return null;
    }

    /** The keys of the one dict or closed registry given, sorted (as sorted() gives them; the order is not read); null for anything else. */
    private static Value keys(Args args) {
        if (args.positional().size() != 1 || !args.keywords().isEmpty()) return null;
        Value v = args.value(0, null);
        java.util.Set<String> keys = v instanceof Dict d && !ComputedKeys.any(d) ? d.entries().keySet()
                : v instanceof Value.Registry r && !r.open() ? r.entries().keySet() : null;
        return keys == null ? null : new Items(new java.util.TreeSet<>(keys).stream().map(k -> (Value) new Literal(k)).toList());
    }

    /** owner.name for getattr: a library's dotted name, a project module's binding, a project object's method or attribute; null for other owners. */
    private static Value named(Value owner, String name, Args args) {
        if (owner instanceof Value.Lib lib) return new Value.Lib(lib.name() + "." + name);
        if (owner instanceof Value.ClassDef k) { // getattr(cls, "NAME", cls.__name__.lower()): a registry's key for a class
            Evaluator ev = args.evaluator();
            boolean defined = ev.mro(k, args.context()).stream().anyMatch(cls -> !cls.scope().bindings(name).isEmpty());
            return defined ? ev.attributeOf(owner, name, args.context()) : args.positional().size() == 3 ? args.value(2, null) : null;
        }
        return owner instanceof Value.Module || owner instanceof Value.Instance ? args.evaluator().attributeOf(owner, name, args.context()) : null;
    }

    /** importlib.import_module("archs." + args.arch): the project module of that absolute name; a relative one, or one not known, is not followed. */
    private static Value imported(Args args) {
        if (args.positional().size() != 1 || !args.keywords().isEmpty() || !(args.value(0, "name") instanceof Literal l && l.value() instanceof String m) || m.startsWith(".")) return Value.UNKNOWN;
        var from = args.context().scope().file();
        var f = from.project().module(from.project().resolve(from, m));
        return f == null ? Value.UNKNOWN : new Value.Module(f);
    }

    /** namedtuple("Out", ["probs", "feats"]) or ("Out", "probs feats"): the type of those fields; other field lists are not known. */
    private static Value tupleType(Value names) {
        List<String> fields = new ArrayList<>();
        if (names instanceof Literal l && l.value() instanceof String s) {
            for (String f : s.split("[,\\s]+")) if (!f.isEmpty()) fields.add(f);
        } else if (names instanceof Items items) {
            for (Value v : items.items()) {
                if (!(v instanceof Literal l && l.value() instanceof String f)) return Value.UNKNOWN;
                fields.add(f);
            }
        }
        return fields.isEmpty() ? Value.UNKNOWN : new Value.TupleType(List.copyOf(fields));
    }

    /** Out(F.softmax(z, 1), h): its fields, from their places or keywords (out.probs, probs, feats = out, out[0]). */
    static Value made(Value.TupleType type, Args args) {
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < type.fields().size(); i++) {
            String f = type.fields().get(i);
            values.add(args.node(i, f) == null ? Value.UNKNOWN : args.value(i, f));
        }
        return new Value.Fields(type.fields(), List.copyOf(values), true);
    }

    /** class Out(NamedTuple): logits: Tensor; probs: Tensor, made as Out(z, p): the same fields as namedtuple("Out", "logits probs") gives. */
    static Value namedTuple(Value.ClassDef k, Args args) {
        List<String> names = new ArrayList<>();
        for (Node statement : k.scope().node().field("body").named()) {
            Node e = statement.is("expression_statement") && !statement.named().isEmpty() ? statement.named().get(0) : null;
            if (e != null && e.is("assignment") && e.field("type") != null && e.field("left").is("identifier")) names.add(e.field("left").text());
        }
        return names.isEmpty() ? null : made(new Value.TupleType(List.copyOf(names)), args);
    }

    /** A TypedDict class called with keywords only (HeadOutput(logits=z, probs=p)): a dict of them; after a **splat, not known. */
    static Value typedDict(Args args) {
        boolean splat = args.node() != null && args.node().named().stream().anyMatch(a -> a.is("dictionary_splat"));
        return args.positional().isEmpty() && !splat ? new Dict(keywords(args)) : Value.UNKNOWN;
    }

    /** A call's keywords by name, evaluated (a **splat's entries are not among them). */
    private static Map<String, Value> keywords(Args args) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Node k : args.keywords()) out.put(k.field("name").text(), args.evaluator().eval(k.field("value"), args.context()));
        return out;
    }

    /** zip(a, b) of lists whose items are all known, counted: a list of their rows; else null (not known). */
    private static Value zipped(Args args) {
        List<Items> lists = new java.util.ArrayList<>();
        for (int i = 0; i < args.positional().size(); i++) {
            if (!(args.value(i, null) instanceof Items items) || !args.evaluator().counted(items) || args.positional().get(i).is("list_splat")) return null;
            lists.add(items);
        }
        if (lists.isEmpty() || !args.keywords().isEmpty()) return null;
        int n = lists.stream().mapToInt(l -> l.items().size()).min().orElse(0);
        List<Value> rows = new java.util.ArrayList<>();
        for (int r = 0; r < n; r++) {
            int row = r;
            rows.add(new Items(lists.stream().map(l -> l.items().get(row)).toList()));
        }
        return new Items(rows);
    }

    /**
     * dict(zip(names, parts)) with the names known and the parts not (a zip of known lists is a list of rows, read by
     * pairs): each name paired with an unknown part ({@code torch.split(out, sizes, dim)}), so later stores are read back.
     */
    private static Value namedParts(Node arg, Args args) {
        Node a = Node.bare(arg);
        if (a == null || !a.is("call") || !(args.evaluator().eval(a.field("function"), args.context()) instanceof Value.Lib l) || !l.name().equals("zip")) return null;
        Args inner = new Args(a.field("arguments"), args.context(), args.evaluator());
        if (inner.positional().size() != 2 || !inner.keywords().isEmpty() || !(inner.value(0, null) instanceof Items names)) return null;
        List<Value> parts = inner.value(1, null) instanceof Items p ? p.items() : null;
        int n = parts == null ? names.items().size() : Math.min(parts.size(), names.items().size());
        Map<String, Value> entries = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (!(names.items().get(i) instanceof Literal k && k.value() instanceof String key)) return null;
            entries.put(key, parts == null ? Value.UNKNOWN : parts.get(i));
        }
        return new Dict(entries);
    }

    /** OrderedDict([("fc", nn.Linear(84, 10)), ("softmax", nn.Softmax(1))]): a dict of string keys, in their order. */
    private static Value pairs(Value list) {
        if (!(list instanceof Items items)) return Value.UNKNOWN;
        Map<String, Value> entries = new LinkedHashMap<>();
        for (Value pair : items.items()) {
            if (!(pair instanceof Items kv && kv.items().size() == 2 && kv.items().get(0) instanceof Literal l && l.value() instanceof String k)) return Value.UNKNOWN;
            entries.put(k, kv.items().get(1));
        }
        return new Dict(entries);
    }

    /** A dict method named as Python 3 names it: Python 2's iteritems, itervalues and iterkeys walk what items, values and keys list. */
    static String dictView(String method) {
        return switch (method) {
            case "iteritems" -> "items";
            case "itervalues" -> "values";
            case "iterkeys" -> "keys";
            default -> method;
        };
    }

    /** cfg.get("final_act") on a dict known whole that lacks the key: None (a pop without default raises: not known). */
    private static Value absent(Dict d, String method) {
        return method.equals("get") && !ComputedKeys.any(d) ? new Literal(null) : Value.UNKNOWN;
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        if (receiver instanceof Literal l && l.value() instanceof String s && args.isEmpty()) { // REGISTRY[cls.__name__.lower()] = cls
            return switch (method) {
                case "lower" -> new Literal(s.toLowerCase(java.util.Locale.ROOT));
                case "upper" -> new Literal(s.toUpperCase(java.util.Locale.ROOT));
                case "strip" -> new Literal(s.strip());
                default -> null;
            };
        }
        if (!(receiver instanceof Dict d)) return null;
        return switch (dictView(method)) {
            case "get", "pop" -> args.value(0, null) instanceof Literal l && l.value() instanceof String k
                    ? d.entries().getOrDefault(k, args.node(1, null) != null ? args.value(1, null) : absent(d, method)) : null;
            // for name, member in members.items(): the loop's element is the join of the entries
            case "copy" -> d;
            case "values" -> new Items(List.copyOf(d.entries().values()));
            case "keys" -> new Items(d.entries().keySet().stream().map(k -> (Value) new Literal(k)).toList());
            case "items" -> new Items(d.entries().entrySet().stream().map(e -> (Value) new Items(List.of(new Literal(e.getKey()), e.getValue()))).toList());
            default -> null;
        };
    }
}
