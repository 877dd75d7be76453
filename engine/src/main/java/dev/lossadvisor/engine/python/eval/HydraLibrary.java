package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.eval.Value.Items;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.Project;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.semantic.SourceFile;
import dev.lossadvisor.engine.python.syntax.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Hydra: the config a {@code @hydra.main(config_path="conf", config_name="config")} function is given, composed from
 * its {@code defaults:} list as Hydra 1.1+ composes it (the file of each {@code - group: option} under the group's key,
 * the primary file's own keys where {@code _self_} stands, else last), and {@code instantiate(cfg.model)}: what the
 * class or function {@code _target_} names gives when called with the other keys (nested targets made first). An
 * override, a package directive or a nested defaults list leaves the config unknown; a library target given keys the
 * rules read (a loss's reduction or weight) is not followed, as they would be dropped.
 */
final class HydraLibrary implements Library {
    private static final int MAX_DEPTH = 8;
    /** The keys a library target may be given and still be followed: loss options no rule reads. */
    private static final Set<String> FREE_KEYS = Set.of("label_smoothing", "ignore_index");

    @Override
    public Value call(String name, Args args, Node call) {
        return name.equals("hydra.utils.instantiate") ? instantiated(args.value(0, "config"), args, call, 0) : null;
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }

    /** instantiate(cfg, **kwargs): the _target_ called with the config's keys, those given to instantiate replacing them. */
    private static Value instantiated(Value cfg, Args args, Node call, int depth) {
        if (depth > MAX_DEPTH || !(cfg instanceof Dict d) || !(d.entries().get("_target_") instanceof Literal t && t.value() instanceof String target)) return Value.UNKNOWN;
        Value partial = d.entries().getOrDefault("_partial_", new Literal(false));
        boolean bound = partial instanceof Literal p && Boolean.TRUE.equals(p.value());
        if (d.entries().containsKey("_args_") || !bound && !(partial instanceof Literal p && Boolean.FALSE.equals(p.value()))) {
            return Value.UNKNOWN; // positional arguments, or a partial not known to be one: not followed
        }
        boolean recursive = !(d.entries().get("_recursive_") instanceof Literal r && Boolean.FALSE.equals(r.value()));
        Map<String, Value> given = new LinkedHashMap<>();
        d.entries().forEach((k, v) -> {
            if (k.startsWith("_") && k.endsWith("_")) return;
            given.put(k, recursive && v instanceof Dict nested && nested.entries().containsKey("_target_") ? instantiated(nested, args, call, depth + 1) : v);
        });
        if (depth == 0) {
            if (args.positional().size() > 1) return Value.UNKNOWN;
            for (Node k : args.keywords()) {
                String key = k.field("name").text();
                if (key.equals("_partial_") || key.equals("_args_")) return Value.UNKNOWN;
                if (!(key.startsWith("_") && key.endsWith("_"))) given.put(key, args.evaluator().eval(k.field("value"), args.context()));
            }
        }
        Value callee = target(target, args);
        Args config = Args.config(given, args.context(), args.evaluator());
        if (callee instanceof Value.Lib && !FREE_KEYS.containsAll(given.keySet())) return Value.UNKNOWN;
        if (bound) return partial(callee, config);
        return args.evaluator().apply(callee, config, call, args.context());
    }

    /**
     * _partial_: true: functools.partial(target, **keys), called later (a loss function, a loss class, a project
     * function; a library target's keys are among those no rule reads).
     */
    private static Value partial(Value callee, Args config) {
        if (callee instanceof Value.ClassDef || callee instanceof Value.Function) return new Value.Bound(callee, config);
        if (!(callee instanceof Value.Lib l)) return Value.UNKNOWN;
        String last = l.name().substring(l.name().lastIndexOf('.') + 1);
        if (!last.isEmpty() && Character.isUpperCase(last.charAt(0))) return new Value.Bound(l, config);
        return new Value.Partial(l, config);
    }

    /** A dotted _target_: a class or function of a project module, else the library name. */
    private static Value target(String target, Args args) {
        int dot = target.lastIndexOf('.');
        if (dot <= 0) return Value.UNKNOWN;
        SourceFile from = args.context().scope().file();
        Project project = from.project();
        String module = target.substring(0, dot);
        SourceFile f = project.module(project.resolve(from, module));
        if (f != null) return args.evaluator().attributeOf(new Value.Module(f), target.substring(dot + 1), args.context());
        return project.isModule(module) ? Value.UNKNOWN : new Value.Lib(target);
    }

    /** The config a {@code @hydra.main(config_path="conf", config_name="train")} function gets, or null for another function. */
    static Value config(Scope fn, Evaluator evaluator) {
        Node def = fn.node().parent();
        if (def == null || !def.is("decorated_definition")) return null;
        for (Node d : def.named()) {
            Node e = d.is("decorator") && !d.named().isEmpty() ? d.named().get(0) : null;
            if (e == null || !e.is("call")) continue;
            Context at = Context.at(fn.parent(), def.start());
            if (!(evaluator.eval(e.field("function"), at) instanceof Value.Lib l) || !l.name().equals("hydra.main")) continue;
            Args args = evaluator.arguments(e, at);
            Value folder = args.value(0, "config_path");
            Value name = args.value(1, "config_name");
            if (!(folder instanceof Literal f && f.value() instanceof String dir) || !(name instanceof Literal n && n.value() instanceof String config)) return Value.UNKNOWN;
            return composed(fn, evaluator, dir, config);
        }
        return null;
    }

    /** The primary config with its defaults list composed in. */
    private static Value composed(Scope fn, Evaluator evaluator, String folder, String name) {
        SourceFile from = fn.file();
        if (!(read(from, folder, name) instanceof Dict own)) return Value.UNKNOWN;
        Value defaults = own.entries().get("defaults");
        if (defaults == null) return own;
        if (!(defaults instanceof Items list)) return Value.UNKNOWN;
        Map<String, Value> self = new LinkedHashMap<>(own.entries());
        self.remove("defaults");
        Map<String, Value> merged = new LinkedHashMap<>();
        boolean selfPlaced = false;
        for (Value item : list.items()) {
            if (item instanceof Literal l && "_self_".equals(l.value())) {
                merged = ConfigLibrary.merge(merged, self);
                selfPlaced = true;
                continue;
            }
            Map<String, Value> part = part(fn, evaluator, folder, item);
            if (part == null) return Value.UNKNOWN;
            merged = ConfigLibrary.merge(merged, part);
        }
        return new Dict(selfPlaced ? merged : ConfigLibrary.merge(merged, self));
    }

    /**
     * The keys one entry of a defaults list adds: {@code - model: convnet} puts conf/model/convnet.yaml under
     * {@code model}, {@code - base} merges conf/base.yaml at the top; Hydra's own groups add nothing; null when not followed.
     */
    private static Map<String, Value> part(Scope fn, Evaluator evaluator, String folder, Value item) {
        SourceFile from = fn.file();
        if (item instanceof Literal l && l.value() instanceof String config) {
            return read(from, folder, config) instanceof Dict d && !d.entries().containsKey("defaults") ? d.entries() : null;
        }
        if (!(item instanceof Dict d) || d.entries().size() != 1) return null;
        Map.Entry<String, Value> e = d.entries().entrySet().iterator().next();
        String group = e.getKey();
        boolean optional = group.startsWith("optional ");
        if (optional) group = group.substring("optional ".length()).strip();
        if (group.equals("hydra") || group.startsWith("hydra/") || group.startsWith("override hydra/")) return Map.of();
        if (group.contains(" ") || group.contains("@")) return null; // an override of a nested default, a package given in the list
        if (e.getValue() instanceof Literal o && o.value() == null) return Map.of(); // - model: null
        if (!(e.getValue() instanceof Literal o && o.value() instanceof String given)) return null;
        String option = chosen(fn, evaluator, folder, group, given);
        Path file = ConfigLibrary.located(from, group + "/" + option + ".yaml", folder);
        if (file == null && optional) return Map.of();
        Value v = file == null || packaged(file) ? null : YamlConfig.read(file);
        if (!(v instanceof Dict c) || c.entries().containsKey("defaults")) return null;
        Value placed = c;
        String[] keys = group.split("/");
        for (int i = keys.length - 1; i >= 0; i--) placed = new Dict(Map.of(keys[i], placed));
        return ((Dict) placed).entries();
    }

    /**
     * The config a group's entry picks in this run: the one the defaults list names ({@code - model: convnet}), or the
     * one the run pins the group to (the user's {@code model=transformer}); the group's other configs (the .yaml files
     * of its folder, a few) are its other values (see {@link Options}).
     */
    private static String chosen(Scope fn, Evaluator evaluator, String folder, String group, String given) {
        Options.Option o = new Options.Option(fn.file().path() + ":" + folder + ":" + group, group + "=");
        Value v = evaluator.option(o, new Literal(given), fn);
        Path file = ConfigLibrary.located(fn.file(), group + "/" + given + ".yaml", folder);
        if (file != null && file.getParent() != null) {
            try (java.util.stream.Stream<Path> configs = java.nio.file.Files.list(file.getParent())) {
                evaluator.options().values(v, configs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                        .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().limit(16).toList());
            } catch (java.io.IOException | RuntimeException ignored) {
                // a folder that cannot be listed: no other values
            }
        }
        return v instanceof Literal l && l.value() instanceof String s ? s : given;
    }

    /** A config of the config folder (its keys at the top, whatever its package line says), or null. */
    private static Value read(SourceFile from, String folder, String name) {
        Path file = ConfigLibrary.located(from, name.endsWith(".yaml") ? name : name + ".yaml", folder);
        return file == null ? null : YamlConfig.read(file);
    }

    /** True when a group's file puts its keys elsewhere than under the group ({@code # @package _global_}). */
    private static boolean packaged(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.limit(64).anyMatch(l -> l.startsWith("#") && l.contains("@package") && !l.contains("_group_"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return true;
        }
    }
}
