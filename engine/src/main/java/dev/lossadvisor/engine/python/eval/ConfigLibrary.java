package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.eval.Value.Loss;
import dev.lossadvisor.engine.python.semantic.Project;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.semantic.SourceFile;
import dev.lossadvisor.engine.python.syntax.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configs read through attributes: an mmcv/mmengine {@code Config.fromfile("configs/x.py")} is the config module
 * itself (its names are the keys, {@code cfg.model.head} reads them), an {@code OmegaConf.load("conf/x.yaml")} and
 * the config a {@code @hydra.main} function is given ({@link HydraLibrary}) are the YAML file's mapping, an
 * {@code OmegaConf.structured(TrainConf)} is an object of that dataclass; and the
 * OpenMMLab loss builders, whose {@code dict(type="CrossEntropyLoss", use_sigmoid=True)} is a loss on logits. A
 * config that cannot be found is not known.
 */
final class ConfigLibrary implements Library {

    @Override
    public Value call(String name, Args args, Node call) {
        if (name.endsWith("Config.fromfile")) return pythonConfig(args);
        if (name.endsWith("OmegaConf.load")) return yaml(args, args.value(0, "file_"), null);
        if (name.endsWith("OmegaConf.create") || name.endsWith("OmegaConf.structured")) return args.isEmpty() ? new Dict(Map.of()) : structured(args.value(0, "obj"), args, call);
        if (name.startsWith("mm") && (name.endsWith(".build_loss") || name.endsWith("registry.MODELS.build") || name.endsWith("registry.LOSSES.build"))) {
            return mmLoss(args.value(0, "cfg"), call);
        }
        return null;
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }

    /** OmegaConf.structured(TrainConf): a config made from a dataclass is an object of it with its defaults; an object or dict is itself. */
    private static Value structured(Value obj, Args args, Node call) {
        return obj instanceof Value.ClassDef k ? args.evaluator().apply(k, Args.NONE, call, args.context()) : obj;
    }

    /**
     * Config.fromfile("configs/cub_r50.py"): the project module at that path, found as an import of it would be; one
     * with {@code _base_ = [...]} is its bases' names merged with its own, as mmcv merges them.
     */
    static Value pythonConfig(Args args) {
        Value file = args.value(0, "filename");
        if (file instanceof Value.Required given) { // Config.fromfile(args.config): a run for each config module of the project
            args.evaluator().options().values(given, modules(args.context().scope().file().project()));
            return Value.UNKNOWN;
        }
        if (!(file instanceof Literal l && l.value() instanceof String path) || !path.endsWith(".py") || path.contains("..")) return Value.UNKNOWN;
        String module = path.replaceFirst("^\\./", "").replaceFirst("\\.py$", "").replace('/', '.');
        SourceFile from = args.context().scope().file();
        SourceFile f = from.project().module(from.project().resolve(from, module));
        if (f == null) return Value.UNKNOWN;
        return f.scope().bindings("_base_").isEmpty() ? new Value.Module(f) : inherited(f, args.evaluator(), args.context(), 0);
    }

    private static final int MAX_BASES = 6;
    /** Config modules are small: a larger file is not one. */
    private static final long MAX_CONFIG_BYTES = 16 << 10;
    private static final Map<Project, List<String>> MODULES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * The project's config modules, as paths from its root a user passes ("configs/resa/culane.py"), in order: files
     * holding only assignments and imports at their top level, one of them a registry config ({@code dict(type=...)}
     * or {@code {"type": ...}}); not tests, and not the {@code _base_} pieces that whole configs merge.
     */
    static List<String> modules(Project project) {
        return MODULES.computeIfAbsent(project, p -> {
            List<String> out = new ArrayList<>();
            for (Path path : p.files()) {
                String module = p.moduleOf(path);
                if (module == null || !path.toString().endsWith(".py") || module.isEmpty() || List.of(module.split("\\.")).contains("_base_") || size(p, path) > MAX_CONFIG_BYTES) continue;
                SourceFile f = p.module(module);
                if (f != null && !f.isTest() && !f.isPackage() && configShaped(f.tree().root())) out.add(module.replace('.', '/') + ".py");
            }
            out.sort(null);
            return List.copyOf(out);
        });
    }

    private static long size(Project p, Path path) {
        try {
            return p.inFolder(path) != null ? java.nio.file.Files.size(path) : 0;
        } catch (java.io.IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static final java.util.Set<String> CONFIG_STATEMENTS = java.util.Set.of("expression_statement", "import_statement", "import_from_statement",
            "future_import_statement", "comment");

    private static boolean configShaped(Node module) {
        boolean registry = false;
        for (Node statement : module.named()) {
            if (!CONFIG_STATEMENTS.contains(statement.type())) return false;
            registry = registry || typed(statement);
        }
        return registry;
    }

    /** A dict(type=...) call or a {"type": ...} literal under {@code n}. */
    private static boolean typed(Node n) {
        if (n.is("call") && n.field("function") != null && n.field("function").text().equals("dict") && n.field("arguments") != null) {
            for (Node a : n.field("arguments").named()) if (a.is("keyword_argument") && a.field("name") != null && a.field("name").text().equals("type")) return true;
        }
        if (n.is("pair") && Literals.of(n.field("key")) instanceof Literal k && "type".equals(k.value())) return true;
        for (Node child : n.named()) if (typed(child)) return true;
        return false;
    }

    /**
     * A project class's {@code fromfile} that loads the file as Python (its class imports or execs modules:
     * {@code import_module}, {@code exec}, {@code runpy.run_path}), as mmcv's Config does, of which projects keep copies.
     */
    static boolean readsPythonConfig(Value.Function f) {
        Scope owner = f.scope().parent();
        return f.scope().name().equals("fromfile") && owner != null && owner.kind() == Scope.Kind.CLASS && loads(owner.node());
    }

    private static boolean loads(Node n) {
        Node fn = n.is("call") ? n.field("function") : null;
        if (fn != null) {
            String name = fn.is("attribute") && fn.field("attribute") != null ? fn.field("attribute").text() : fn.text();
            if (name.equals("import_module") || name.equals("exec") || name.equals("run_path") || name.equals("exec_module")) return true;
        }
        for (Node child : n.named()) if (loads(child)) return true;
        return false;
    }

    /** A config module with _base_ files ("../_base_/models/r50.py", relative to its folder): their dicts merged, its own last. */
    private static Value inherited(SourceFile f, Evaluator evaluator, Context c, int depth) {
        if (depth > MAX_BASES) return Value.UNKNOWN;
        Value.Module self = new Value.Module(f);
        Value bases = evaluator.attributeOf(self, "_base_", c);
        List<Value> paths = bases instanceof Value.Items items ? items.items() : List.of(bases);
        Map<String, Value> merged = new LinkedHashMap<>();
        for (Value p : paths) {
            if (!(p instanceof Literal l && l.value() instanceof String path) || !path.endsWith(".py")) return Value.UNKNOWN;
            List<String> parts = new ArrayList<>(List.of(f.module().split("\\.")));
            parts.remove(parts.size() - 1);
            for (String step : path.replaceFirst("\\.py$", "").split("/")) {
                if (step.equals("..") && !parts.isEmpty()) parts.remove(parts.size() - 1);
                else if (!step.equals(".") && !step.equals("..")) parts.add(step);
            }
            SourceFile base = f.project().module(String.join(".", parts));
            if (base == null) return Value.UNKNOWN;
            Value v = base.scope().bindings("_base_").isEmpty() ? names(new Value.Module(base), evaluator, c) : inherited(base, evaluator, c, depth + 1);
            if (!(v instanceof Dict d)) return Value.UNKNOWN;
            merged = merge(merged, d.entries());
        }
        return names(self, evaluator, c) instanceof Dict own ? new Dict(merge(merged, own.entries())) : Value.UNKNOWN;
    }

    /** A config module's names (those not starting with "_") as a dict. */
    private static Value names(Value.Module m, Evaluator evaluator, Context c) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (String n : m.file().scope().names()) if (!n.startsWith("_")) out.put(n, evaluator.attributeOf(m, n, c));
        return new Dict(out);
    }

    /** mmcv's merge: a dict given over a dict is merged key by key (unless it says _delete_=True); anything else replaces. */
    static Map<String, Value> merge(Map<String, Value> base, Map<String, Value> over) {
        Map<String, Value> out = new LinkedHashMap<>(base);
        over.forEach((k, v) -> {
            boolean delete = v instanceof Dict d && d.entries().get("_delete_") instanceof Literal l && Boolean.TRUE.equals(l.value());
            if (!delete && v instanceof Dict d && out.get(k) instanceof Dict b) out.put(k, new Dict(merge(b.entries(), d.entries())));
            else out.put(k, v);
        });
        return out;
    }

    /** The mapping of a YAML file found as {@link #located} finds it; unknown when there is none. */
    private static Value yaml(Args args, Value file, String folder) {
        Path yaml = file instanceof Literal l && l.value() instanceof String path ? located(args.context().scope().file(), path, folder) : null;
        Value v = yaml == null ? null : YamlConfig.read(yaml);
        return v == null ? Value.UNKNOWN : v;
    }

    /**
     * A file named relative to the calling file's folder or a folder above it up to the project's root (the working
     * folder), or under {@code folder} beside the calling file (Hydra's config_path); null when there is none in the
     * project's tree on disk.
     */
    static Path located(SourceFile from, String path, String folder) {
        Path relative;
        try {
            relative = Path.of(folder == null ? path : folder + "/" + path);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        for (Path dir = from.path().toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path found = from.project().inFolder(dir.resolve(relative));
            if (found != null && java.nio.file.Files.isRegularFile(found)) return found;
            if (folder != null) break; // Hydra's config_path is relative to the file
        }
        return null;
    }

    /**
     * OpenMMLab's CrossEntropyLoss config: with use_sigmoid=True it is binary cross-entropy on logits, else softmax
     * cross-entropy on logits; another type, or one not known, is not followed.
     */
    private static Value mmLoss(Value cfg, Node call) {
        if (!(cfg instanceof Dict d) || !(d.entries().get("type") instanceof Literal t) || !"CrossEntropyLoss".equals(t.value())) return Value.UNKNOWN;
        Value sigmoid = d.entries().get("use_sigmoid");
        if (sigmoid != null && !(sigmoid instanceof Literal s && s.value() instanceof Boolean)) return Value.UNKNOWN;
        boolean binary = sigmoid instanceof Literal s && Boolean.TRUE.equals(s.value());
        String name = binary ? "BCEWithLogitsLoss" : "CrossEntropyLoss";
        Map<String, Object> options = new LinkedHashMap<>();
        return new Loss("pytorch", name, "CrossEntropyLoss(use_sigmoid=" + (binary ? "True" : "False") + ")", new LossOptions(options), call.place());
    }
}
